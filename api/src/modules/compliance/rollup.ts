import type { EntityManager } from '@mikro-orm/postgresql';
import { escapeLike } from '../../shared/sql.js';
import { GAP_KINDS, type GapKind } from './gaps.js';

/**
 * Roll-ups of outlets' plans and compliance over any unit's subtree, in one
 * statement whatever the subtree's size.
 *
 * It aggregates what each plan stores beside its facts (the engine's gap
 * summary, written in the same transaction as the facts, the approval or the
 * standard change that moved it), so nothing is folded per outlet at read time
 * and nothing is cached: a roll-up read after an approval commits sees it.
 *
 * Per outlet:
 * - plan status: its open plan's (draft, submitted, returned), else APPROVED
 *   if it has an approved plan, else NONE;
 * - compliance: from its recorded state, the approved plan's facts: COMPLIANT,
 *   WITH_GAPS (and which kinds), or NOT_ASSESSED when nothing is approved yet;
 * - overdue actions: items of its current plan (open, else approved) not done
 *   whose due date is before `today`.
 */

export type PlanStatus = 'NONE' | 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';
export const PLAN_STATUSES: readonly PlanStatus[] = ['NONE', 'DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'];
export type Compliance = 'COMPLIANT' | 'WITH_GAPS' | 'NOT_ASSESSED';
export const COMPLIANCES: readonly Compliance[] = ['COMPLIANT', 'WITH_GAPS', 'NOT_ASSESSED'];

export interface RollupCounts {
  outlets: number;
  byPlanStatus: { status: PlanStatus; outlets: number }[];
  byCompliance: { compliance: Compliance; outlets: number }[];
  /** Outlets with at least one gap of each kind (an outlet with two kinds counts under both). */
  gapsByKind: { kind: GapKind; outlets: number }[];
  /** Outlets by category code (null: no category recorded). */
  byCategory: { category: string | null; outlets: number }[];
  overdueActions: number;
}

export interface ChildRollup extends RollupCounts {
  unitId: string;
}

export interface Rollup extends RollupCounts {
  children: ChildRollup[];
}

interface Row {
  child: string;
  status: PlanStatus;
  category: string | null;
  compliance: Compliance;
  outlets: number;
  overdue: number;
  [kind: string]: unknown;
}

function empty(): RollupCounts {
  return {
    outlets: 0,
    byPlanStatus: PLAN_STATUSES.map((status) => ({ status, outlets: 0 })),
    byCompliance: COMPLIANCES.map((compliance) => ({ compliance, outlets: 0 })),
    gapsByKind: GAP_KINDS.map((kind) => ({ kind, outlets: 0 })),
    byCategory: [],
    overdueActions: 0,
  };
}

function add(into: RollupCounts, row: Row): void {
  into.outlets += row.outlets;
  into.overdueActions += row.overdue;
  into.byPlanStatus.find((s) => s.status === row.status)!.outlets += row.outlets;
  into.byCompliance.find((c) => c.compliance === row.compliance)!.outlets += row.outlets;
  for (const k of into.gapsByKind) k.outlets += Number(row[k.kind] ?? 0);
  const cat = into.byCategory.find((c) => c.category === row.category);
  if (cat) cat.outlets += row.outlets;
  else into.byCategory.push({ category: row.category, outlets: row.outlets });
}

/**
 * The roll-up of the subtree at `unitPath` (a materialized path, `/<id>/…/`),
 * with one entry per direct child that has outlets under it. `today` is an ISO
 * date; actions due before it and not done are overdue.
 */
export async function complianceRollup(em: EntityManager, unitPath: string, today: string): Promise<Rollup> {
  const kinds = GAP_KINDS.map((k) => `count(*) filter (where a.gap_kinds ->> '${k}' is not null)::int as "${k}"`).join(', ');
  const { rows } = await em.getKnex().raw<{ rows: Row[] }>(
    `select split_part(substr(u.path, ?::int), '/', 1) as child,
            coalesce(o.status, a.status, 'NONE') as status,
            u.category,
            case when a.id is null then 'NOT_ASSESSED' when a.compliant then 'COMPLIANT' else 'WITH_GAPS' end as compliance,
            count(*)::int as outlets,
            ${kinds},
            coalesce(sum((select count(*) from jsonb_array_elements(coalesce(o.actions, a.actions, '[]'::jsonb)) e
                          where e->>'done' = 'false' and e->>'dueDate' < ?)), 0)::int as overdue
       from org_unit u
       left join outlet_plan o on o.unit_id = u.id and o.status in ('DRAFT', 'SUBMITTED', 'RETURNED')
       left join outlet_plan a on a.unit_id = u.id and a.status = 'APPROVED'
      where u.level = 'OUTLET' and u.status = 'OPEN' and u.path like ?
      group by 1, 2, 3, 4`,
    [unitPath.length + 1, today, escapeLike(unitPath) + '%'],
  );
  const total: Rollup = { ...empty(), children: [] };
  const children = new Map<string, ChildRollup>();
  for (const row of rows) {
    add(total, row);
    // An outlet's own roll-up has no children: its row's child segment is empty.
    if (!row.child) continue;
    let child = children.get(row.child);
    if (!child) children.set(row.child, (child = { ...empty(), unitId: row.child }));
    add(child, row);
  }
  total.children = [...children.values()];
  const byCode = (a: { category: string | null }, b: { category: string | null }) => String(a.category).localeCompare(String(b.category));
  for (const r of [total, ...total.children]) r.byCategory.sort(byCode);
  return total;
}
