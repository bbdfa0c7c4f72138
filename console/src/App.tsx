import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router-dom';
import { Dashboard } from './Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18nProvider';
import { Layout } from './layout/Layout';
import orgUnits from './resources/org-units';
import { OrgTreePage } from './tree/OrgTreePage';

// Sign-in arrives in a later issue: pass an authProvider to <Admin> here
// (and feed the signed-in user's own unit to <OrgTreePage rootCode=…>).
const authProvider = undefined;

export const App = () => (
  <Admin
    title="app.title"
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    authProvider={authProvider}
    dashboard={Dashboard}
    layout={Layout}
    disableTelemetry
  >
    <Resource name="org-units" {...orgUnits} />
    <CustomRoutes>
      <Route path="/tree" element={<OrgTreePage />} />
    </CustomRoutes>
  </Admin>
);

export default App;
