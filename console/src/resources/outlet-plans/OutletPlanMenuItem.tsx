import AssignmentTurnedInOutlinedIcon from '@mui/icons-material/AssignmentTurnedInOutlined';
import { Menu } from 'react-admin';
import { useConsolePermissions } from '../../auth/permissions';
import { outletPlanPath } from './WizardPage';

/** 我的落地方案: an outlet head's own outlet's plan. */
export const OutletPlanMenuItem = () => {
  const { permissions } = useConsolePermissions();
  if (!permissions?.unit || permissions.readOnly || !permissions.roles.includes('OUTLET_HEAD')) return null;
  return <Menu.Item to={outletPlanPath(permissions.unit.code)} primaryText="op.menu" leftIcon={<AssignmentTurnedInOutlinedIcon />} data-testid="menu-outlet-plan" />;
};
