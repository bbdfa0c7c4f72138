import { forwardRef } from 'react';
import { Box, Divider, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import PasswordIcon from '@mui/icons-material/Password';
import { Link, Logout, UserMenu as RaUserMenu, useGetIdentity, useTranslate, useUserMenu } from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { useOrgUnitLabel } from '../resources/org-units/fields';

/** Who is signed in: their unit and roles, above the menu's actions. */
const IdentitySummary = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const label = useOrgUnitLabel();
  const me = identity as ConsoleIdentity | undefined;
  if (!me) return null;
  return (
    <Box sx={{ px: 2, py: 1, maxWidth: 320 }} data-testid="user-menu-identity">
      <Typography variant="subtitle2">{me.fullName}</Typography>
      <Typography variant="caption" color="text.secondary" component="div">
        {me.username}
        {me.unit ? ` · ${label(me.unit)}` : ''}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div">
        {me.roles.map((r) => translate(`app.roles.${r}`, { _: r })).join(translate('app.list_separator'))}
      </Typography>
    </Box>
  );
};

const ChangePasswordItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      ref={ref}
      component={Link}
      to="/change-password"
      onClick={() => userMenu?.onClose()}
      data-testid="menu-change-password"
      {...props}
    >
      <ListItemIcon>
        <PasswordIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.password.change_mine')}</ListItemText>
    </MenuItem>
  );
});

export const UserMenu = () => (
  <RaUserMenu>
    <IdentitySummary />
    <Divider />
    <ChangePasswordItem />
    <Logout />
  </RaUserMenu>
);
