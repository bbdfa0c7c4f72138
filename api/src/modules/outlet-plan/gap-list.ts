import type { EntityManager } from '@mikro-orm/postgresql';
import type { Scope } from '../../shared/auth/scope.js';
import { inputError } from '../../shared/errors.js';
import { toConnection, type Connection, type ListOrder, type PageRequest } from '../../shared/pagination.js';
import type { ApprovalState } from '../approval/workflow.js';
import { GAP_KINDS, type GapKind, type Gap, type OutletFacts } from '../compliance/gaps.js';
import type { GapJustification, PlanAction } from './outlet-plan.entity.js';
import type { GapView, OutletGap } from './outlet-plan.types.js';
import { currentPlansUnder, gapsAgainst, parentPathOf, requirementName, standardsAbove, unaddressed } from './outlet-plan.service.js';

/**
 * 差距清单: the gaps of the current plans of the outlets under a unit, one row
 * per gap, for the branches' list and its export.
 *
 * Gaps are not stored one per row: they are the engine's answer against the
 * standard in force, and only each plan's summary (how many gaps of each kind)
 * is kept beside its facts, refreshed whenever the facts or the standard move
 * (gap-summaries.ts). The list pages over those stored counts: one statement
 * numbers the gaps plan by plan (a running sum in outlet-code order) and
 * returns only the plans whose gaps fall on the page, with the total beside
 * them; those plans' gaps are then computed live with the standard folded once
 * per branch chain. So a page costs the same few statements whether it holds
 * five gaps or five hundred, under one branch or many.
 *
 * A cursor carries the position of the page's last gap: the order (outlet
 * code, plan, requirement path) is stable, but a gap opened or closed
 * meanwhile shifts the rows after it, as an offset would.
 */
export const GAP_LIST_ORDER: ListOrder = {
  name: 'outletGaps:position',
  keys: [{ sql: 'position', type: 'integer' }],
  descending: false,
};

/** A gap as the API shows it, flattened for GraphQL. */
export function gapView(g: Gap, addressed: boolean): GapView {
  return {
    kind: g.kind,
    path: g.path,
    expectedMin: 'min' in g.expected ? g.expected.min : null,
    expectedMax: 'max' in g.expected ? g.expected.max : null,
    expectedRequirement: 'requirement' in g.expected ? g.expected.requirement : null,
    actualCount: 'count' in g.actual ? g.actual.count : null,
    actualZone: 'zone' in g.actual ? g.actual.zone : null,
    setBy: g.setBy,
    addressed,
  };
}

/** The action item closing a gap at `path`: among those with a due date, the earliest due. */
export function closingAction(actions: readonly PlanAction[], path: string): PlanAction | null {
  const dated = actions.filter((a) => a.path === path && /^\d{4}-\d{2}-\d{2}$/.test(a.dueDate));
  return dated.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))[0] ?? null;
}

interface PlanSlice {
  id: string;
  status: ApprovalState;
  version: number;
  facts: OutletFacts;
  actions: PlanAction[];
  justifications: GapJustification[];
  outlet_code: string;
  outlet_zh: string;
  outlet_en: string;
  branch_code: string;
  branch_zh: string;
  branch_en: string;
  outlet_path: string;
  outlet_category: string | null;
  /** Gaps of this plan counted (stored summary, of the kind asked for). */
  n: number;
  /** Gaps counted up to and including this plan. */
  upto: number;
  gap_total: number | string;
}

/**
 * A page of the gaps of the current plans under `orgUnitCode` that the actor
 * may read, optionally of one kind and of plans in one state, ordered by
 * outlet code, then requirement path.
 */
export async function gapsUnder(
  em: EntityManager,
  scope: Scope,
  orgUnitCode: string,
  kind: string | null,
  status: string | null,
  page: PageRequest,
): Promise<Connection<OutletGap>> {
  if (kind !== null && !GAP_KINDS.includes(kind as GapKind)) throw inputError('kind', 'one-of', `must be one of ${GAP_KINDS.join(', ')}`);
  const { filtered } = await currentPlansUnder(em, scope, orgUnitCode, status, 'planStatus');
  const knex = em.getKnex();
  const counted = kind ? knex.raw(`coalesce((p.gap_kinds->>?)::int, 0)`, [kind]) : knex.raw('p.gap_count');
  // Numbered over the light columns only: under head office that is every plan with a gap, and their facts are not needed
  // until a plan is known to fall on the page.
  const numbered = filtered.clone().select('p.id', 'u.code as outlet_code', knex.raw('? as n', [counted])).where(counted, '>', 0);
  // The page's first row is the gap after the cursor's, else the offset's.
  const start = page.after ? (page.after[0] as number) + 1 : page.offset;
  const end = start + page.first + 1; // one more than the page: it tells whether there is a next page
  // A plan is on the page when its gaps [upto - n, upto) meet [start, end). The total comes back on every row,
  // and on a lone empty row when nothing falls on the page (left join), so page and count are one statement.
  const rows: PlanSlice[] = await em.execute(
    knex.raw(
      `with numbered as (
         select q.*, sum(q.n) over (order by q.outlet_code, q.id) as upto, sum(q.n) over () as total from (?) as q
       )
       select x.*, t.gap_total from (select coalesce(max(total), 0) as gap_total from numbered) as t
       left join lateral (
         select c.n, c.upto, p.id, p.status, p.version, p.facts, p.actions, p.justifications,
                u.code as outlet_code, u.path as outlet_path, u.category as outlet_category, u.name_zh as outlet_zh, u.name_en as outlet_en,
                b.code as branch_code, b.name_zh as branch_zh, b.name_en as branch_en
           from numbered c
           join outlet_plan p on p.id = c.id
           join org_unit u on u.id = p.unit_id
           join org_unit b on b.id = u.parent_id
          where c.upto > ? and c.upto - c.n < ?
       ) as x on true
       order by x.outlet_code, x.id`,
      [numbered as never, start, end],
    ),
  );
  const total = Number(rows[0]?.gap_total ?? 0);
  const onPage = rows.filter((r) => r.id != null);
  const standards = onPage.length ? await standardsAbove(em, onPage.map((r) => parentPathOf(r.outlet_path))) : new Map();
  const found: { gap: OutletGap; position: number }[] = [];
  for (const plan of onPage) {
    const standard = standards.get(parentPathOf(plan.outlet_path)) ?? null;
    const all = gapsAgainst(plan, { category: plan.outlet_category }, standard);
    const gaps = kind ? all.filter((g) => g.kind === kind) : all;
    const open = new Set(unaddressed(gaps, plan));
    let position = Number(plan.upto) - Number(plan.n);
    for (const g of gaps) {
      const here = position++;
      if (here < start || here >= end) continue;
      const justification = plan.justifications.find((j) => j.path === g.path && j.text.trim())?.text ?? null;
      found.push({
        position: here,
        gap: {
          ...gapView(g, !open.has(g)),
          outletCode: plan.outlet_code,
          outletName: { zh: plan.outlet_zh, en: plan.outlet_en },
          branchCode: plan.branch_code,
          branchName: { zh: plan.branch_zh, en: plan.branch_en },
          planId: plan.id,
          planStatus: plan.status,
          planVersion: plan.version,
          requirementName: requirementName(standard, g.path),
          action: closingAction(plan.actions, g.path),
          justification,
        },
      });
    }
  }
  const connection = toConnection(found, { ...page, after: null, offset: start }, total, (r) => [r.position]);
  return {
    ...connection,
    nodes: connection.nodes.map((r) => r.gap),
    edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.gap })),
    pageInfo: { ...connection.pageInfo, hasPreviousPage: start > 0 },
  };
}
