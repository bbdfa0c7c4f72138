import { createElement } from 'react';
import { Route } from 'react-router-dom';
import { ImpactPreviewPage } from './ImpactPreviewPage';

/** The impact preview's routes, mounted as custom routes in App.tsx. */
export const impactRoutes = [
  createElement(Route, { key: 'impact-lv', path: '/impact/local-versions/:key', element: createElement(ImpactPreviewPage, { by: 'localVersion' }) }),
  createElement(Route, { key: 'impact-ed', path: '/impact/editions/:key', element: createElement(ImpactPreviewPage, { by: 'edition' }) }),
];
export { impactPath } from './ImpactPreviewPage';
export { impactEn, impactZh } from './messages';
