/**
 * The columns a list of gaps exports in, shared by the gap list (差距清单) and
 * the review page's export of one plan's gaps: the same file whichever way a
 * reader gets it. Stable English headers, both names, codes and states as the
 * API says them, so a workbook can be filtered and compared across exports.
 */
import type { ExportColumn } from '../../data/exporting';
import type { Localized } from './queries';
import { actualText, expectedText } from './parts';

/** What an exported gap row carries: a gap with its outlet, its plan and what closes it. */
export interface GapExportRow {
  outletCode: string;
  outletName?: Localized | null;
  branchCode?: string | null;
  planStatus: string;
  kind: string;
  path: string;
  requirementName?: Localized | null;
  expectedMin: number | null;
  expectedMax: number | null;
  expectedRequirement: string | null;
  actualCount: number | null;
  actualZone: string | null;
  addressed: boolean;
  setBy: { unitCode: string; layerCode: string };
  action?: { who: string; dueDate: string; what: string; expectedEffect: string; done: boolean } | null;
  justification?: string | null;
}

export const GAP_EXPORT_COLUMNS: ExportColumn<GapExportRow>[] = [
  { header: 'outlet_code', value: (r) => r.outletCode },
  { header: 'outlet_name_zh', value: (r) => r.outletName?.zh },
  { header: 'outlet_name_en', value: (r) => r.outletName?.en },
  { header: 'under', value: (r) => r.branchCode },
  { header: 'plan_status', value: (r) => r.planStatus },
  { header: 'kind', value: (r) => r.kind },
  { header: 'requirement', value: (r) => r.path },
  { header: 'requirement_name_zh', value: (r) => r.requirementName?.zh },
  { header: 'requirement_name_en', value: (r) => r.requirementName?.en },
  { header: 'expected', value: (r) => expectedText(r) },
  { header: 'actual', value: (r) => actualText(r) },
  { header: 'set_by', value: (r) => r.setBy.unitCode },
  { header: 'set_in', value: (r) => r.setBy.layerCode },
  { header: 'addressed', value: (r) => (r.addressed ? 'yes' : 'no') },
  { header: 'action_who', value: (r) => r.action?.who },
  { header: 'action_due', value: (r) => r.action?.dueDate },
  { header: 'action_what', value: (r) => r.action?.what },
  { header: 'action_expected_effect', value: (r) => r.action?.expectedEffect },
  { header: 'action_done', value: (r) => (r.action ? (r.action.done ? 'yes' : 'no') : '') },
  { header: 'justification', value: (r) => r.justification },
];
