import {
  CreateButton,
  DatagridConfigurable,
  DateField,
  FunctionField,
  List,
  SearchInput,
  SelectInput,
  TextField,
  TopToolbar,
  useLocaleState,
} from 'react-admin';
import { Box } from '@mui/material';
import { intlLocale } from '../../i18nProvider';
import { CurrentChip, StatusChip, useText } from './fields';
import { ApprovalStateChip } from './EditionWorkflow';
import { EDITION_STATUSES, type EditionListRecord } from './types';

const statusChoices = EDITION_STATUSES.map((id) => ({ id, name: `std.status.${id}` }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
];

const ListActions = () => (
  <TopToolbar>
    <CreateButton label="std.actions.new_draft" data-testid="new-draft" />
  </TopToolbar>
);

const TitleField = (_: { label?: string; sortBy?: string }) => {
  const text = useText();
  return <FunctionField<EditionListRecord> render={(r) => text(r.title)} />;
};

export const StandardEditionList = () => {
  const [locale] = useLocaleState();
  return (
    <List
      actions={<ListActions />}
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
    >
      <DatagridConfigurable rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TitleField label="resources.standard-editions.fields.title" sortBy="title" />
        <FunctionField<EditionListRecord>
          source="status"
          render={(r) => (
            <Box sx={{ display: 'flex', gap: 0.5 }} data-testid={`edition-row-${r.code}`}>
              <StatusChip status={r.status} />
              {r.isCurrent && <CurrentChip />}
              {/* A draft's place in the approval workflow; published editions were all approved. */}
              {r.status === 'DRAFT' && <ApprovalStateChip state={r.approvalState} />}
            </Box>
          )}
        />
        <DateField source="publishedAt" showTime locales={intlLocale(locale)} emptyText="—" />
        <TextField source="publishedBy" emptyText="—" sortable={false} />
        <TextField source="basedOnCode" label="resources.standard-editions.fields.basedOn" emptyText="—" sortable={false} />
      </DatagridConfigurable>
    </List>
  );
};
