import {
  DateField,
  EditButton,
  Labeled,
  Show,
  TextField,
  TopToolbar,
  useLocaleState,
  useRecordContext,
} from 'react-admin';
import { Box } from '@mui/material';
import { intlLocale } from '../../i18nProvider';
import type { UserRecord } from '../../types';
import { UnitRefField } from '../org-units/fields';
import { RolesField, UserStatusField, UserTitle } from './fields';
import { SetPasswordButton } from './SetPasswordButton';

const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <SetPasswordButton />
  </TopToolbar>
);

const UserShowLayout = () => {
  const record = useRecordContext<UserRecord>();
  const [locale] = useLocaleState();
  const dateLocale = intlLocale(locale);
  if (!record) return null;
  return (
    <Box sx={{ p: 2, display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
      <Labeled source="username"><TextField source="username" /></Labeled>
      <Labeled source="displayName"><TextField source="displayName" /></Labeled>
      <Labeled source="orgUnit"><UnitRefField source="orgUnit" /></Labeled>
      <Labeled source="roles"><RolesField source="roles" /></Labeled>
      <Labeled source="status"><UserStatusField source="status" /></Labeled>
      <Labeled source="lastSignInAt"><DateField source="lastSignInAt" showTime locales={dateLocale} emptyText="—" /></Labeled>
      <Labeled source="createdAt"><DateField source="createdAt" showTime locales={dateLocale} /></Labeled>
      <Labeled source="updatedAt"><DateField source="updatedAt" showTime locales={dateLocale} /></Labeled>
      <Labeled source="version"><TextField source="version" /></Labeled>
    </Box>
  );
};

export const UserShow = () => (
  <Show actions={<ShowActions />} title={<UserTitle />}>
    <UserShowLayout />
  </Show>
);
