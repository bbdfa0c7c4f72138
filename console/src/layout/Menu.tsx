import AccountTreeOutlinedIcon from '@mui/icons-material/AccountTreeOutlined';
import { Menu as RaMenu } from 'react-admin';
import { InboxMenuItem } from '../resources/inbox';
import { ComplianceMenuItem } from '../resources/dashboards';
import { OutletPlanMenuItem } from '../resources/outlet-plans';

/**
 * Home, the org tree, the approval inbox (with its badge, for those who have
 * one), then one entry per resource. react-admin leaves out the
 * resources the user may not list (authProvider.canAccess, see auth/permissions.ts).
 */
export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem primaryText="app.menu.dashboard" />
    <RaMenu.Item
      to="/tree"
      primaryText="app.menu.tree"
      leftIcon={<AccountTreeOutlinedIcon />}
      data-testid="menu-tree"
    />
    <InboxMenuItem />
    <OutletPlanMenuItem />
    <ComplianceMenuItem />
    <RaMenu.ResourceItems />
  </RaMenu>
);
