import { createElement } from 'react';
import { Route } from 'react-router-dom';
import { InboxPage } from './InboxPage';

/**
 * 待办: one inbox for everything sent up for approval (local versions,
 * head-office editions, outlet plans). Not a react-admin resource (it lists
 * no records of its own), so the app mounts `inboxRoutes` as custom routes.
 */
export const inboxRoutes = [createElement(Route, { key: 'inbox', path: '/inbox', element: createElement(InboxPage) })];
export { InboxMenuItem } from './InboxMenuItem';
export { announceInboxChange } from './inboxCount';
export { inboxMethods } from './queries';
