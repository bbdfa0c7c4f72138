/** The menu's inbox entry, with a badge counting what awaits the user's decision. */
import { Badge } from '@mui/material';
import InboxOutlinedIcon from '@mui/icons-material/InboxOutlined';
import { Menu as RaMenu } from 'react-admin';
import { hasInbox, useConsolePermissions } from '../../auth/permissions';
import { useAwaitingCount } from './inboxCount';

export const InboxMenuItem = () => {
  const { permissions } = useConsolePermissions();
  const shown = hasInbox(permissions);
  const count = useAwaitingCount(shown);
  if (!shown) return null;
  return (
    <RaMenu.Item
      to="/inbox"
      primaryText="inbox.menu"
      data-testid="menu-inbox"
      leftIcon={
        <Badge badgeContent={count ?? 0} color="error" max={99} data-testid="inbox-badge" data-count={count ?? ''}>
          <InboxOutlinedIcon />
        </Badge>
      }
    />
  );
};
