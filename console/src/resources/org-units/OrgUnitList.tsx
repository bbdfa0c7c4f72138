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
import type { ExportColumn } from '../../data/exporting';
import { ListExportButtons } from '../../layout/ListExportButtons';
import type { OrgUnitRecord } from '../../types';

/** The Excel workbook's columns: stable English headers, both names. */
const EXCEL_COLUMNS: ExportColumn<OrgUnitRecord>[] = [
  { header: 'code', value: (r) => r.code },
  { header: 'name_zh', value: (r) => r.name.zh },
  { header: 'name_en', value: (r) => r.name.en },
  { header: 'level', value: (r) => r.level },
  { header: 'tier_two_kind', value: (r) => r.tierTwoKind },
  { header: 'category', value: (r) => r.category },
  { header: 'city', value: (r) => r.city },
  { header: 'status', value: (r) => r.status },
  { header: 'parent_code', value: (r) => r.parentCode },
];

const ListActions = () => (
  <TopToolbar>
    <CreateButton />
    {/* Every unit in scope, however many: the data provider reads them through the API's 500-row cap. */}
    <ExportButton maxResults={EVERY_ROW} />
    <ListExportButtons<OrgUnitRecord> name="org-units" columns={EXCEL_COLUMNS} formats={['xlsx']} labels={{ xlsx: 'resources.org-units.export_xlsx' }} />
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
