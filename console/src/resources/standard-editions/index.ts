import { createElement } from 'react';
import { Route } from 'react-router-dom';
import LibraryBooksOutlinedIcon from '@mui/icons-material/LibraryBooksOutlined';
import { DiffPage } from './DiffPage';
import { EffectiveStandardPage } from './EffectiveStandardPage';
import { ItemEditPage } from './ItemEditPage';
import { StandardEditionCreate } from './StandardEditionCreate';
import { StandardEditionEdit } from './StandardEditionEdit';
import { StandardEditionList } from './StandardEditionList';
import { StandardEditionShow } from './StandardEditionShow';

/**
 * The head-office standard. Besides list / show / create / edit (a draft's
 * title), the resource's own pages:
 *  - diff?from=X&to=Y                the changes between two editions
 *  - :id/items/:kind/:key            add (key "new") or change one item of a draft
 *  - effective/:unitCode             the standard that applies to a unit
 */
export default {
  list: StandardEditionList,
  show: StandardEditionShow,
  create: StandardEditionCreate,
  edit: StandardEditionEdit,
  icon: LibraryBooksOutlinedIcon,
  recordRepresentation: 'code',
  children: [
    createElement(Route, { key: 'diff', path: 'diff', element: createElement(DiffPage) }),
    createElement(Route, { key: 'item', path: ':id/items/:kind/:key', element: createElement(ItemEditPage) }),
    createElement(Route, { key: 'effective', path: 'effective/:unitCode', element: createElement(EffectiveStandardPage) }),
  ],
};
