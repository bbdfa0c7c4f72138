import HistoryIcon from '@mui/icons-material/History';
import { AuditEventList } from './AuditEventList';

/** Read-only: a list whose rows expand to show the changes; no create, edit or delete. */
export default {
  list: AuditEventList,
  icon: HistoryIcon,
};
