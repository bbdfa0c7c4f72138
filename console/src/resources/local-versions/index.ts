import { createElement } from 'react';
import { Route } from 'react-router-dom';
import TuneOutlinedIcon from '@mui/icons-material/TuneOutlined';
import { InboxPage } from './InboxPage';
import { LocalVersionCreate } from './LocalVersionCreate';
import { LocalVersionEdit } from './LocalVersionEdit';
import { LocalVersionList } from './LocalVersionList';
import { LocalVersionShow } from './LocalVersionShow';
import { ReviewPage } from './ReviewPage';

/**
 * A branch's local versions (本地化版本). Besides list / show / create / edit
 * (the value editor), the approver's review page at :id/review. The inbox is
 * not under the resource (it lists whatever awaits the user), so App.tsx
 * mounts `inboxRoutes` as custom routes.
 */
export default {
  list: LocalVersionList,
  show: LocalVersionShow,
  create: LocalVersionCreate,
  edit: LocalVersionEdit,
  icon: TuneOutlinedIcon,
  recordRepresentation: 'code',
  children: [createElement(Route, { key: 'review', path: ':id/review', element: createElement(ReviewPage) })],
};

export const inboxRoutes = [createElement(Route, { key: 'inbox', path: '/inbox', element: createElement(InboxPage) })];
export { InboxMenuItem } from './InboxMenuItem';
export { reviewPath } from './ReviewPage';
