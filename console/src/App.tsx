import { Admin, CustomRoutes, Resource, localStorageStore, type Store } from 'react-admin';
import { Route } from 'react-router-dom';
import { authProvider } from './auth/authProvider';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { LoginPage } from './auth/LoginPage';
import { RESOURCES } from './auth/permissions';
import { Dashboard } from './Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18nProvider';
import { Layout } from './layout/Layout';
import apiTokens from './resources/api-tokens';
import auditEvents from './resources/audit-events';
import orgUnits from './resources/org-units';
import standardEditions from './resources/standard-editions';
import users from './resources/users';
import { impactRoutes } from './resources/impact';
import localVersions from './resources/local-versions';
import { inboxRoutes } from './resources/inbox';
import { outletPlanResource, outletPlanRoutes } from './resources/outlet-plans';
import { complianceRoutes } from './resources/dashboards';
import { OrgTreePage } from './tree/OrgTreePage';

/**
 * react-admin's preferences store. Signing out wipes it (the next user starts
 * afresh), except the language, which belongs to the device, not the user.
 */
function consoleStore(): Store {
  const store = localStorageStore(undefined, 'outlet-standards');
  return {
    ...store,
    reset() {
      const locale = store.getItem<string>('locale');
      store.reset();
      if (locale) store.setItem('locale', locale);
    },
  };
}

const store = consoleStore();

export const App = () => (
  <Admin
    title="app.title"
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    authProvider={authProvider}
    loginPage={LoginPage}
    requireAuth
    store={store}
    dashboard={Dashboard}
    layout={Layout}
    disableTelemetry
  >
    {/* Menus and pages show only what the signed-in user may use (auth/permissions.ts). */}
    <Resource name={RESOURCES.orgUnits} {...orgUnits} />
    <Resource name={RESOURCES.users} {...users} />
    <Resource name={RESOURCES.apiTokens} {...apiTokens} />
    <Resource name={RESOURCES.auditEvents} {...auditEvents} />
    <Resource name={RESOURCES.standardEditions} {...standardEditions} />
    <Resource name={RESOURCES.localVersions} {...localVersions} />
    <Resource name={RESOURCES.outletPlans} {...outletPlanResource} />
    <CustomRoutes>
      <Route path="/tree" element={<OrgTreePage />} />
      <Route path="/change-password" element={<ChangePasswordPage />} />
      {impactRoutes}
      {complianceRoutes}
      {inboxRoutes}
      {outletPlanRoutes}
    </CustomRoutes>
  </Admin>
);

export default App;
