import { Alert, Box } from '@mui/material';
import {
  Edit,
  Labeled,
  RadioButtonGroupInput,
  SaveButton,
  ShowButton,
  SimpleForm,
  TextField,
  TextInput,
  Toolbar,
  TopToolbar,
  maxLength,
  required,
  useTranslate,
} from 'react-admin';
import { UnitInput } from '../org-units/UnitInput';
import { useNotifyApiError } from '../org-units/useNotifyApiError';
import { RESOURCE, UserTitle, userStatusChoices } from './fields';
import { SetPasswordButton } from './SetPasswordButton';
import { RolesInput } from './UserCreate';

const EditActions = () => (
  <TopToolbar>
    <ShowButton />
    <SetPasswordButton />
  </TopToolbar>
);

const EditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

const SessionsEndNotice = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 2, width: '100%', boxSizing: 'border-box' }}>
      {translate('app.users.edit_ends_sessions')}
    </Alert>
  );
};

/**
 * Display name, unit, roles and status; the username stays. The version the
 * form was loaded at goes along (expectedVersion), so a change someone else
 * made meanwhile is not overwritten.
 */
export const UserEdit = () => {
  const notifyError = useNotifyApiError(RESOURCE);
  return (
    <Edit mutationMode="pessimistic" actions={<EditActions />} title={<UserTitle />} redirect="show" mutationOptions={{ onError: notifyError }}>
      <SimpleForm toolbar={<EditToolbar />} sx={{ maxWidth: 720 }}>
        <SessionsEndNotice />
        <Box sx={{ display: 'flex', columnGap: 4, mb: 2 }}>
          <Labeled source="username"><TextField source="username" /></Labeled>
          <Labeled source="version"><TextField source="version" /></Labeled>
        </Box>
        <TextInput source="displayName" validate={[required(), maxLength(100)]} fullWidth />
        <UnitInput source="orgUnitCode" validate={required()} helperText="app.users.unit_hint" />
        <RolesInput />
        <RadioButtonGroupInput source="status" choices={userStatusChoices} validate={required()} helperText="app.users.status_hint" />
      </SimpleForm>
    </Edit>
  );
};
