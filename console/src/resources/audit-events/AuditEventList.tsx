import { Box, Chip, Typography } from '@mui/material';
import {
  Datagrid,
  DateField,
  DateInput,
  List,
  SelectInput,
  TextInput,
  TopToolbar,
  FilterButton,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import { intlLocale } from '../../i18nProvider';
import type { AuditEventRecord } from '../../types';
import { useAuditOperations, useObjectTypeLabel } from './operations';
import { UnitRefField } from '../org-units/fields';
import { UnitInput } from '../org-units/UnitInput';
import { ChangesTable } from './ChangesTable';
import { Redacted, isRedacted } from './Redacted';


/** The operations the API's audit registry lists (the standard's included), labelled. */
const OperationInput = (props: { source: string; alwaysOn?: boolean }) => {
  const { choices } = useAuditOperations();
  return <SelectInput {...props} choices={choices} translateChoice={false} />;
};

/** The object types the API's audit registry lists (the standard's edition and content kinds included), labelled. */
const ObjectTypeInput = (props: { source: string; alwaysOn?: boolean }) => {
  const { objectTypeChoices } = useAuditOperations();
  return <SelectInput {...props} choices={objectTypeChoices} translateChoice={false} />;
};

const filters = [
  <UnitInput key="under" source="under" label="resources.audit-events.fields.under" openOnly={false} alwaysOn sx={{ minWidth: 240 }} />,
  <TextInput key="actorName" source="actorName" alwaysOn helperText={false} />,
  <ObjectTypeInput key="objectType" source="objectType" alwaysOn />,
  <OperationInput key="operation" source="operation" alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <TextInput key="objectLabel" source="objectLabel" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
  </TopToolbar>
);

const OperationField = (_props: FieldProps<AuditEventRecord>) => {
  const record = useRecordContext<AuditEventRecord>();
  const { label } = useAuditOperations();
  if (!record) return null;
  return (
    <Box>
      <Typography variant="body2" component="span">
        {label(record.operation)}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div" sx={{ fontFamily: 'monospace' }}>
        {record.operation}
      </Typography>
    </Box>
  );
};

const ObjectField = (_props: FieldProps<AuditEventRecord>) => {
  const record = useRecordContext<AuditEventRecord>();
  const objectTypeLabel = useObjectTypeLabel();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Chip
        size="small"
        variant="outlined"
        label={objectTypeLabel(record.objectType)}
        sx={{ height: 20, fontSize: '0.72rem' }}
      />
      {isRedacted(record.objectLabel) ? <Redacted /> : <span>{record.objectLabel ?? '—'}</span>}
    </Box>
  );
};

const ActorField = (_props: FieldProps<AuditEventRecord>) => {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (isRedacted(record.actorName)) return <Redacted />;
  return <span>{record.actorName === 'system' ? translate('app.audit.system_actor') : record.actorName}</span>;
};

/**
 * The audit trail of the user's part of the network, newest first. Read-only:
 * a row expands to show what changed, field by field.
 */
export const AuditEventList = () => {
  const [locale] = useLocaleState();
  return (
    <List
      filters={filters}
      actions={<ListActions />}
      perPage={25}
      sort={{ field: 'occurredAt', order: 'DESC' }}
      exporter={false}
    >
      <Datagrid
        rowClick="expand"
        expand={<ChangesTable />}
        bulkActionButtons={false}
        data-testid="audit-events"
        sx={{ '& .column-occurredAt': { whiteSpace: 'nowrap' } }}
      >
        <DateField source="occurredAt" showTime locales={intlLocale(locale)} sortable={false} />
        <ActorField source="actorName" sortable={false} />
        <OperationField source="operation" sortable={false} />
        <ObjectField source="objectLabel" label="resources.audit-events.fields.object" sortable={false} />
        <UnitRefField source="unit" label="resources.audit-events.fields.unit" sortable={false} />
      </Datagrid>
    </List>
  );
};
