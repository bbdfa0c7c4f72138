import type { EntityManager } from '@mikro-orm/postgresql';
import { escapeLike } from '../../shared/sql.js';
import { GAP_KINDS, type GapKind } from './gaps.js';

/**
 * Roll-ups of outlets' plans and compliance over any unit's subtree, in one
 * statement whatever the subtree's size.
 *
 * It sums a tally each outlet's parent unit keeps of its open outlets
 * (migration 20261205300000): outlets by plan status, compliance, gap kind and
 * category, and open actions by due date. Triggers on the plans and the org
 * tree recount a parent's tally in the very transaction that moves one of its
 * outlets (a plan written or approved, a gap summary refreshed after a
 * standard change, an outlet recategorized, closed or moved), so nothing is
 * cached beside it: a roll-up read after an approval commits sees it. A
 * head-office roll-up thus reads about fifteen rows per parent branch rather
 * than every plan of the bank.
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
  /**
   * Outlets by rollout wave, as the tally keys them (`<rollout id>/<wave>/<wave
   * end>/<compliant>`), for every rollout; `rollout-progress.ts` reads them.
   */
  waves: { key: string; outlets: number }[];
}

export interface ChildRollup extends RollupCounts {
  unitId: string;
}

export interface Rollup extends RollupCounts {
  children: ChildRollup[];
}

/** One (dimension, key) count for one child (or '' for the unit itself). */
interface Row {
  child: string;
  dimension: 'outlets' | 'status' | 'compliance' | 'category' | 'kind' | 'due' | 'wave';
  key: string;
  n: number;
}

function empty(): RollupCounts {
  return {
    outlets: 0,
    byPlanStatus: PLAN_STATUSES.map((status) => ({ status, outlets: 0 })),
    byCompliance: COMPLIANCES.map((compliance) => ({ compliance, outlets: 0 })),
    gapsByKind: GAP_KINDS.map((kind) => ({ kind, outlets: 0 })),
    byCategory: [],
    overdueActions: 0,
    waves: [],
  };
}

function add(into: RollupCounts, row: Row): void {
  switch (row.dimension) {
    case 'outlets':
      into.outlets += row.n;
      break;
    case 'status': {
      const s = into.byPlanStatus.find((x) => x.status === row.key);
      if (s) s.outlets += row.n;
      break;
    }
    case 'compliance': {
      const c = into.byCompliance.find((x) => x.compliance === row.key);
      if (c) c.outlets += row.n;
      break;
    }
    case 'kind': {
      const k = into.gapsByKind.find((x) => x.kind === row.key);
      if (k) k.outlets += row.n;
      break;
    }
    case 'category': {
      const category = row.key === '' ? null : row.key;
      const cat = into.byCategory.find((c) => c.category === category);
      if (cat) cat.outlets += row.n;
      else into.byCategory.push({ category, outlets: row.n });
      break;
    }
    case 'due':
      into.overdueActions += row.n;
      break;
    case 'wave': {
      const w = into.waves.find((x) => x.key === row.key);
      if (w) w.outlets += row.n;
      else into.waves.push({ key: row.key, outlets: row.n });
      break;
    }
  }
}

/**
 * The roll-up of the subtree at `unitPath` (a materialized path, `/<id>/…/`),
 * with one entry per direct child that has outlets under it. `today` is an ISO
 * date; actions due before it and not done are overdue.
 */
export async function complianceRollup(em: EntityManager, unitPath: string, today: string): Promise<Rollup> {
  const unitId = unitPath.split('/').at(-2)!;
  // Outlets below a child of the unit come from their parents' tallies (one
  // row per parent and key, kept by triggers in the transaction that moved
  // them); the unit's own outlets (or the outlet itself) are counted live by
  // the same function the triggers use, since each is a child of its own.
  const { rows } = await em.getKnex().raw<{ rows: Row[] }>(
    // The parents are found from the tally's few hundred distinct ids, each
    // looked up by key; filtering org_unit by path first would hash every unit.
    `with parents as materialized (
       select p.id, split_part(substr(p.path, ?::int), '/', 1) as child
         from (select distinct parent_id from compliance_tally) d join org_unit p on p.id = d.parent_id
        where p.path like ? and p.id <> ?::uuid)
     select p.child, t.dimension, t.key, sum(t.n)::int as n
       from compliance_tally t join parents p on p.id = t.parent_id
      where t.dimension <> 'due' or t.key < ?
      group by 1, 2, 3
     union all
     select case when f.outlet_id = ?::uuid then '' else f.outlet_id::text end, f.dimension, f.key, sum(f.n)::int
       from compliance_outlet_facts(array[?::uuid], array[?::uuid]) f
      where f.dimension <> 'due' or f.key < ?
      group by 1, 2, 3`,
    [unitPath.length + 1, escapeLike(unitPath) + '%', unitId, today, unitId, unitId, unitId, today],
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
  // Rows arrive in no particular order (a hash aggregate): sort the keyed lists so equal roll-ups read the same.
  for (const r of [total, ...total.children]) {
    r.byCategory.sort(byCode);
    r.waves.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
  return total;
}
