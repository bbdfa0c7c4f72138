/**
 * 差距清单 (/outlet-gaps): every gap of the current plans of the outlets under a
 * unit (the user's own by default), as the API scopes them, filtered by kind
 * and by the plan's state; each row names the outlet, the requirement and who
 * set it, and what closes the gap, and opens the plan's review page. Exports
 * to CSV and Excel in the columns the review page's export uses.
 */
import { Datagrid, FunctionField, List, SelectInput, TopToolbar, useListContext, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { useConsolePermissions } from '../../auth/permissions';
import { PLAN_LIST_STATES } from '../../data/outletPlans';
import type { OutletGapRow } from '../../data/outletGaps';
import { ListExportButtons } from '../../layout/ListExportButtons';
import { UnitInput } from '../org-units/UnitInput';
import { GAP_EXPORT_COLUMNS, type GapExportRow } from './gapExport';
import { reviewPlanPath } from './OutletPlanList';
import { NamedCode, actualText, expectedText, useLocalName } from './parts';

/** The gap kinds, in the order the wizard's labels list them. */
export const GAP_KINDS = ['STAFF_BELOW_MINIMUM', 'LOBBY_STAFF_OUT_OF_RANGE', 'POSITION_OUT_OF_RANGE', 'ZONE_MISSING', 'DEVICES_TOO_FEW', 'CORE_RULE_NOT_ACKNOWLEDGED'] as const;

const Actions = ({ own }: { own: string }) => {
  const { filterValues } = useListContext();
  const kind = filterValues.kind ? `-${String(filterValues.kind)}` : '';
  return (
    <TopToolbar>
      <ListExportButtons<GapExportRow>
        name={`gaps-${String(filterValues.orgUnitCode || own)}${kind}`}
        columns={GAP_EXPORT_COLUMNS}
        formats={['csv', 'xlsx']}
        labels={{ csv: 'op.gap_list.export_csv', xlsx: 'op.gap_list.export_xlsx' }}
      />
    </TopToolbar>
  );
};

/** What closes the gap: the action item (due date, who, what), else the justification, else that nothing does yet. */
const Closing = ({ row }: { row: OutletGapRow }) => {
  const translate = useTranslate();
  if (row.action) return <span>{`${row.action.dueDate} · ${row.action.who}: ${row.action.what}${row.action.done ? ` (${translate('op.gap_list.done')})` : ''}`}</span>;
  if (row.justification) return <span>{translate('op.justified', { text: row.justification })}</span>;
  return <Typography color="error" variant="body2">{translate('op.gap.open')}</Typography>;
};

export const OutletGapList = () => {
  const { permissions } = useConsolePermissions();
  const translate = useTranslate();
  const local = useLocalName();
  if (!permissions?.unit) return null;
  const filters = [
    <UnitInput key="unit" source="orgUnitCode" alwaysOn label="op.gap_list.unit" sx={{ minWidth: 280 }} />,
    <SelectInput key="kind" source="kind" alwaysOn label="op.gap_list.kind" choices={GAP_KINDS.map((k) => ({ id: k, name: translate(`op.kinds.${k}`) }))} />,
    <SelectInput key="planStatus" source="planStatus" alwaysOn label="op.gap_list.plan_status" choices={PLAN_LIST_STATES.map((s) => ({ id: s, name: translate(`lv.states.${s}`) }))} />,
  ];
  return (
    <List
      title="op.gap_list.title"
      filters={filters}
      filterDefaultValues={{ orgUnitCode: permissions.unit.code }}
      actions={<Actions own={permissions.unit.code} />}
      exporter={false}
      empty={false}
      sort={{ field: 'outletCode', order: 'ASC' }}
    >
      <Datagrid
        rowClick={(_id, _resource, record) => reviewPlanPath((record as OutletGapRow).outletCode)}
        bulkActionButtons={false}
        data-testid="gap-list"
        empty={<Typography color="text.secondary" sx={{ p: 2 }} data-testid="gap-list-empty">{translate('ra.navigation.no_results')}</Typography>}
      >
        <FunctionField<OutletGapRow>
          label="op.gap_list.outlet"
          render={(r) => <NamedCode name={r.outletName} code={r.outletCode} testId={`gap-list-row-${r.outletCode}`} />}
        />
        <FunctionField<OutletGapRow> label="op.gap_list.branch" render={(r) => <NamedCode name={r.branchName} code={r.branchCode} />} />
        <FunctionField<OutletGapRow> label="op.gap_list.plan_status" render={(r) => translate(`lv.states.${r.planStatus}`)} />
        <FunctionField<OutletGapRow> label="op.gap_list.kind" render={(r) => <span data-testid="gap-list-kind">{translate(`op.kinds.${r.kind}`)}</span>} />
        <FunctionField<OutletGapRow> label="op.gap_list.requirement" render={(r) => <NamedCode name={r.requirementName} code={r.path} />} />
        <FunctionField<OutletGapRow> label="op.gap.expected" render={(r) => expectedText(r, translate)} />
        <FunctionField<OutletGapRow> label="op.gap.actual" render={(r) => actualText(r, translate)} />
        <FunctionField<OutletGapRow> label="op.gap.source" render={(r) => (r.setBy.unit ? `${local(r.setBy.unit.name)} (${r.setBy.unitCode})` : r.setBy.unitCode)} />
        <FunctionField<OutletGapRow> label="op.gap_list.closing" render={(r) => <Closing row={r} />} />
      </Datagrid>
    </List>
  );
};
