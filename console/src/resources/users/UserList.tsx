import {
  CreateButton,
  Datagrid,
  DateField,
  List,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { intlLocale } from '../../i18nProvider';
import { UnitRefField } from '../org-units/fields';
import { UnitInput } from '../org-units/UnitInput';
import { RolesField, UserStatusField, roleChoices, userStatusChoices } from './fields';

const ListActions = () => (
  <TopToolbar>
    <CreateButton data-testid="create-user" />
  </TopToolbar>
);

const useFilters = () => {
  const translate = useTranslate();
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.users.search_placeholder')} />,
    <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
    <SelectInput key="status" source="status" choices={userStatusChoices} alwaysOn />,
    <UnitInput key="under" source="under" label="resources.users.fields.under" openOnly={false} alwaysOn sx={{ minWidth: 260 }} />,
  ];
};

/** Users of the signed-in administrator's or auditor's unit and below, by username. */
export const UserList = () => {
  const filters = useFilters();
  const [locale] = useLocaleState();
  return (
    <List filters={filters} actions={<ListActions />} perPage={25} sort={{ field: 'username', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="username" sortable={false} />
        <TextField source="displayName" sortable={false} />
        <UnitRefField source="orgUnit" label="resources.users.fields.orgUnit" sortable={false} />
        <RolesField source="roles" sortable={false} />
        <UserStatusField source="status" sortable={false} />
        <DateField source="lastSignInAt" showTime locales={intlLocale(locale)} emptyText="—" sortable={false} />
      </Datagrid>
    </List>
  );
};
