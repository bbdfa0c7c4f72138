import { Box, Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { ROLES, type Role } from '../../auth/permissions';
import { USER_STATUSES, type UserRecord } from '../../types';

export const RESOURCE = 'users';

export const roleChoices = ROLES.map((id) => ({ id, name: `app.roles.${id}` }));
export const userStatusChoices = USER_STATUSES.map((id) => ({ id, name: `resources.users.statuses.${id}` }));

/** A role with a line on what it is for and at which levels it fits (for checkbox lists). */
export const RoleOption = ({ role }: { role: Role }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ py: 0.25 }}>
      <Typography variant="body2" component="span">
        {translate(`app.roles.${role}`)}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="span" sx={{ ml: 1 }}>
        {translate(`app.role_hints.${role}`)}
      </Typography>
    </Box>
  );
};

export const RolesField = (_props: FieldProps<UserRecord>) => {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  if (!record?.roles?.length) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
      {record.roles.map((r) => (
        <Chip
          key={r}
          size="small"
          variant="outlined"
          color={r === 'ADMIN' ? 'error' : r === 'AUDITOR' ? 'secondary' : 'default'}
          label={translate(`app.roles.${r}`, { _: r })}
          sx={{ height: 20, fontSize: '0.72rem' }}
        />
      ))}
    </Stack>
  );
};

export const UserStatusField = (_props: FieldProps<UserRecord>) => {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  if (!record?.status) return null;
  const active = record.status === 'ACTIVE';
  return (
    <Chip
      size="small"
      color={active ? 'success' : 'default'}
      variant={active ? 'filled' : 'outlined'}
      label={translate(`resources.users.statuses.${record.status}`)}
      sx={{ height: 20, fontSize: '0.72rem' }}
    />
  );
};

/** "用户 王敏 (ho_staff)". */
export const UserTitle = () => {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  const resourceName = translate('resources.users.name', { smart_count: 1 });
  return <span>{record ? `${resourceName} ${record.displayName} (${record.username})` : resourceName}</span>;
};

/** Lower-case letters, digits, ".", "_" or "-"; 3-64 characters, starting with a letter. */
export const USERNAME_PATTERN = /^[a-z][a-z0-9._-]{2,63}$/;
