import InsightsOutlinedIcon from '@mui/icons-material/InsightsOutlined';
import { Menu } from 'react-admin';

/** The dashboard's menu entry; every signed-in user has a part of the network to look at. */
export const ComplianceMenuItem = () => (
  <Menu.Item to="/compliance" primaryText="compliance.menu" leftIcon={<InsightsOutlinedIcon />} data-testid="menu-compliance" />
);
