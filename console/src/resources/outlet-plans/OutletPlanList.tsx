/**
 * 网点落地方案列表 (/outlet-plans): the current plans of the outlets under a
 * unit (the user's own by default), as the API scopes them, filtered by state;
 * a row opens the plan's review page. Exports to CSV and Excel.
 */
import { Datagrid, DateField, FunctionField, List, SelectInput, TopToolbar, useListContext, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { useConsolePermissions } from '../../auth/permissions';
import type { ExportColumn } from '../../data/exporting';
import { PLAN_LIST_STATES, type OutletPlanRow } from '../../data/outletPlans';
import { ListExportButtons } from '../../layout/ListExportButtons';
import { UnitInput } from '../org-units/UnitInput';
import { useLocalName } from './parts';
import { outletPlanPath } from './WizardPage';

export const reviewPlanPath = (code: string) => `${outletPlanPath(code)}/review`;

/** The columns of the exported file: stable English headers, both names, the state as the API says it. */
const EXPORT_COLUMNS: ExportColumn<OutletPlanRow>[] = [
  { header: 'code', value: (r) => r.orgUnit?.code },
  { header: 'name_zh', value: (r) => r.orgUnit?.name.zh },
  { header: 'name_en', value: (r) => r.orgUnit?.name.en },
  { header: 'tier_two_branch', value: (r) => r.orgUnit?.parent?.code },
  { header: 'category', value: (r) => r.orgUnit?.category },
  { header: 'status', value: (r) => r.status },
  { header: 'revision', value: (r) => r.version },
  { header: 'gaps', value: (r) => r.gapCount },
  { header: 'compliant', value: (r) => (r.compliant ? 'yes' : 'no') },
  { header: 'submitted_by', value: (r) => r.submittedBy },
  { header: 'submitted_at', value: (r) => r.submittedAt },
  { header: 'decided_by', value: (r) => r.decidedBy },
  { header: 'decided_at', value: (r) => r.decidedAt },
];

/** The export, its file named after the unit listed (the filter's, else the user's own). */
const Actions = ({ own }: { own: string }) => {
  const { filterValues } = useListContext();
  return (
    <TopToolbar>
      <ListExportButtons<OutletPlanRow>
        name={`outlet-plans-${String(filterValues.orgUnitCode || own)}`}
        columns={EXPORT_COLUMNS}
        formats={['csv', 'xlsx']}
        labels={{ csv: 'op.list.export_csv', xlsx: 'op.list.export_xlsx' }}
      />
    </TopToolbar>
  );
};

export const OutletPlanList = () => {
  const { permissions } = useConsolePermissions();
  const translate = useTranslate();
  const local = useLocalName();
  if (!permissions?.unit) return null;
  const filters = [
    <UnitInput key="unit" source="orgUnitCode" alwaysOn label="op.list.unit" sx={{ minWidth: 280 }} />,
    <SelectInput key="status" source="status" alwaysOn label="op.list.status" choices={PLAN_LIST_STATES.map((s) => ({ id: s, name: translate(`lv.states.${s}`) }))} />,
  ];
  return (
    <List
      title="op.list.title"
      filters={filters}
      filterDefaultValues={{ orgUnitCode: permissions.unit.code }}
      actions={<Actions own={permissions.unit.code} />}
      exporter={false}
      empty={false}
      sort={{ field: 'code', order: 'ASC' }}
    >
      <Datagrid
        rowClick={(_id, _resource, record) => reviewPlanPath((record as OutletPlanRow).orgUnit?.code ?? '')}
        bulkActionButtons={false}
        data-testid="op-list"
        empty={<Typography color="text.secondary" sx={{ p: 2 }} data-testid="op-list-empty">{translate('ra.navigation.no_results')}</Typography>}
      >
        <FunctionField<OutletPlanRow> label="op.list.outlet" render={(r) => <span data-testid={`op-list-row-${r.orgUnit?.code}`}>{r.orgUnit?.code}</span>} />
        <FunctionField<OutletPlanRow> label="op.list.name" render={(r) => local(r.orgUnit?.name)} />
        <FunctionField<OutletPlanRow> label="op.list.unit" render={(r) => r.orgUnit?.parent?.code ?? ''} />
        <FunctionField<OutletPlanRow> label="op.list.category" render={(r) => r.orgUnit?.category ?? ''} />
        <FunctionField<OutletPlanRow> label="op.list.status" render={(r) => translate(`lv.states.${r.status}`)} />
        <FunctionField<OutletPlanRow> label="op.list.gaps" render={(r) => r.gapCount} />
        <FunctionField<OutletPlanRow> label="op.list.compliant" render={(r) => translate(r.compliant ? 'op.list.yes' : 'op.list.no')} />
        <DateField source="submittedAt" label="op.list.submitted_at" showTime sortable={false} />
        <DateField source="decidedAt" label="op.list.decided_at" showTime sortable={false} />
      </Datagrid>
    </List>
  );
};
