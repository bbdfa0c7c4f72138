import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { OrgUnitCreate } from './OrgUnitCreate';
import { OrgUnitEdit } from './OrgUnitEdit';
import { OrgUnitList } from './OrgUnitList';
import { OrgUnitShow } from './OrgUnitShow';

export default {
  list: OrgUnitList,
  show: OrgUnitShow,
  edit: OrgUnitEdit,
  create: OrgUnitCreate,
  icon: AccountBalanceIcon,
  recordRepresentation: 'code',
};
