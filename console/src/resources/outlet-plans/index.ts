import { createElement } from 'react';
import { Route } from 'react-router-dom';
import { ReviewPage } from './ReviewPage';
import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import { OutletPlanList } from './OutletPlanList';
import { WizardPage } from './WizardPage';

/**
 * 落地方案: the outlet head's wizard and the approver's review. Paths are the
 * ones the inbox links to (`:code` is the outlet's code); custom routes, since
 * plans are keyed by outlet, not listed as a react-admin resource.
 */
export const outletPlanRoutes = [
  createElement(Route, { key: 'op-review', path: '/outlet-plans/:code/review', element: createElement(ReviewPage) }),
  createElement(Route, { key: 'op-wizard', path: '/outlet-plans/:code', element: createElement(WizardPage) }),
];
export { OutletPlanMenuItem } from './OutletPlanMenuItem';

/**
 * The branches' list of their outlets' plans, as a react-admin resource at
 * /outlet-plans (its menu entry comes with it). The wizard's and the review's
 * routes above rank before the resource's `outlet-plans/*`, so they keep
 * their paths.
 */
export const outletPlanResource = {
  list: OutletPlanList,
  icon: FactCheckOutlinedIcon,
  options: { label: 'op.list.menu' },
};
