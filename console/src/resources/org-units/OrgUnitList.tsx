import {
  CreateButton,
  Datagrid,
  ExportButton,
  List,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import {
  CategoryField,
  LevelField,
  NameField,
  StatusField,
  TierTwoKindField,
  levelChoices,
  statusChoices,
} from './fields';
import { ParentCodeField } from './ParentCodeField';
import { EVERY_ROW } from '../../data/paging';

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
    {/* Every unit in scope, however many: the data provider reads them through the API's 500-row cap. */}
    <ExportButton maxResults={EVERY_ROW} />
  </TopToolbar>
);

const useFilters = () => {
  const translate = useTranslate();
  return [
    <SearchInput
      key="q"
      source="q"
      alwaysOn
      placeholder={translate('resources.org-units.search_placeholder')}
    />,
    <SelectInput key="level" source="level" choices={levelChoices} alwaysOn />,
    <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  ];
};

export const OrgUnitList = () => {
  const filters = useFilters();
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      sort={{ field: 'code', order: 'ASC' }}
      perPage={25}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <NameField source="name" sortBy="name" />
        <LevelField source="level" />
        <TierTwoKindField source="tierTwoKind" sortable={false} />
        <CategoryField source="category" sortable={false} />
        <TextField source="city" />
        <StatusField source="status" sortable={false} />
        <ParentCodeField source="parentCode" sortable={false} />
      </Datagrid>
    </List>
  );
};
