import { createElement } from 'react';
import { Route } from 'react-router-dom';
import { CompliancePage } from './CompliancePage';

/** The compliance dashboard's routes (the user's own unit, or any unit by code), mounted as custom routes in App.tsx. */
export const complianceRoutes = [
  createElement(Route, { key: 'compliance', path: '/compliance', element: createElement(CompliancePage) }),
  createElement(Route, { key: 'compliance-unit', path: '/compliance/:code', element: createElement(CompliancePage) }),
];
export { compliancePath } from './CompliancePage';
export { ComplianceSummaryCard } from './ComplianceSummaryCard';
export { ComplianceMenuItem } from './ComplianceMenuItem';
export { complianceEn, complianceZh } from './messages';
