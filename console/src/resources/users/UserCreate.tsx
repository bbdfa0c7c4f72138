import { Typography } from '@mui/material';
import {
  CheckboxGroupInput,
  Create,
  SimpleForm,
  TextInput,
  maxLength,
  regex,
  required,
  useTranslate,
} from 'react-admin';
import type { Role } from '../../auth/permissions';
import { NewPasswordInputs } from '../../auth/PasswordInputs';
import { UnitInput } from '../org-units/UnitInput';
import { useNotifyApiError } from '../org-units/useNotifyApiError';
import { RESOURCE, RoleOption, USERNAME_PATTERN, roleChoices } from './fields';

const validateUsername = [required(), regex(USERNAME_PATTERN, 'app.field_rules.username.format')];

/** Roles as checkboxes, each with the levels it fits. */
export const RolesInput = () => {
  const translate = useTranslate();
  return (
    <CheckboxGroupInput
      source="roles"
      choices={roleChoices}
      optionText={(choice: { id: Role }) => <RoleOption role={choice.id} />}
      row={false}
      validate={required()}
      helperText={translate('app.users.roles_hint')}
    />
  );
};

export const UserCreate = () => {
  const notifyError = useNotifyApiError(RESOURCE);
  const translate = useTranslate();
  return (
    <Create redirect="show" mutationOptions={{ onError: notifyError }}>
      <SimpleForm sx={{ maxWidth: 720 }} defaultValues={{ roles: [] }}>
        <TextInput
          source="username"
          validate={validateUsername}
          parse={(v: string) => (v ?? '').toLowerCase()}
          helperText="app.users.username_hint"
          autoComplete="off"
          fullWidth
        />
        <TextInput source="displayName" validate={[required(), maxLength(100)]} helperText="app.users.display_name_hint" fullWidth />
        <UnitInput source="orgUnitCode" validate={required()} helperText="app.users.unit_hint" />
        <RolesInput />
        <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('app.users.initial_password')}
        </Typography>
        <NewPasswordInputs source="password" label="resources.users.fields.password" confirmLabel="app.password.confirm_plain" />
      </SimpleForm>
    </Create>
  );
};
