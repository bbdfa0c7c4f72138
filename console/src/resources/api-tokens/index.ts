import VpnKeyIcon from '@mui/icons-material/VpnKey';
import { ApiTokenList } from './ApiTokenList';

/** A list with "issue" and "revoke"; tokens have no page of their own and are never edited. */
export default {
  list: ApiTokenList,
  icon: VpnKeyIcon,
};
