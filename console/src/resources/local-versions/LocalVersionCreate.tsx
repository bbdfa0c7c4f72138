/** Starts a draft for the user's own branch (a copy of its approved version, if any). */
import { Create, SimpleForm, TextInput, required } from 'react-admin';
import { useConsolePermissions } from '../../auth/permissions';

export const LocalVersionCreate = () => {
  const { permissions } = useConsolePermissions();
  if (!permissions) return null;
  return (
    <Create redirect={(_r?: string, id?: unknown) => `local-versions/${encodeURIComponent(String(id))}`}>
      <SimpleForm defaultValues={{ orgUnitCode: permissions.unit?.code ?? '' }}>
        <TextInput source="orgUnitCode" validate={required()} />
        <TextInput source="code" validate={required()} />
        <TextInput source="title.zh" validate={required()} fullWidth />
        <TextInput source="title.en" validate={required()} fullWidth />
      </SimpleForm>
    </Create>
  );
};
