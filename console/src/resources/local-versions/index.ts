import { createElement } from 'react';
import { Route } from 'react-router-dom';
import TuneOutlinedIcon from '@mui/icons-material/TuneOutlined';
import { LocalVersionCreate } from './LocalVersionCreate';
import { LocalVersionEdit } from './LocalVersionEdit';
import { LocalVersionList } from './LocalVersionList';
import { LocalVersionShow } from './LocalVersionShow';
import { ReviewPage } from './ReviewPage';

/**
 * A branch's local versions (本地化版本). Besides list / show / create / edit
 * (the value editor), the approver's review page at :id/review. Their part of the
 * inbox lives in resources/inbox.
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

export { reviewPath } from './ReviewPage';
