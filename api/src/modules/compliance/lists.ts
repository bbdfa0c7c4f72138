import type { EntityManager } from '@mikro-orm/postgresql';
import { inputError } from '../../shared/errors.js';
import { escapeLike } from '../../shared/sql.js';
import { GAP_KINDS, type GapKind } from './gaps.js';
import type { Compliance, PlanStatus } from './rollup.js';

/**
 * The dashboard's lists under a unit: its outlets with their plan status and
 * compliance, and the overdue action items. Each page is one statement over
 * the same stored plan columns the roll-up aggregates, so a list agrees with
 * the chart it was opened from, and its total comes with the page (a window
 * count) rather than from a second query.
 *
 * An outlet's "current" plan is the open one (draft, submitted, returned),
 * else the approved one, as in the roll-up; compliance always reads the
 * approved plan, the outlet's recorded state.
 */

/** The largest page a list request may ask for; exports read page after page. */
export const MAX_LIST_PAGE = 500;

export interface OutletRow {
  code: string;
  nameZh: string;
  nameEn: string | null;
  category: string | null;
  planStatus: PlanStatus;
  compliance: Compliance;
  gapCount: number;
  gapKinds: GapKind[];
  overdueActions: number;
}

export interface OverdueActionRow {
  outletCode: string;
  outletNameZh: string;
  outletNameEn: string | null;
  actionId: string;
  who: string;
  what: string;
  dueDate: string;
  path: string;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export interface PageArgs {
  offset: number;
  limit: number;
}

/**
 * Rejects a page outside the bounds before any statement runs. The total
 * rides on the page's rows, so a page past the end reports a total of 0.
 */
export function checkPage(page: PageArgs): void {
  if (!Number.isInteger(page.offset) || page.offset < 0) throw inputError('offset', 'non-negative', 'offset must be 0 or more');
  if (!Number.isInteger(page.limit) || page.limit < 1 || page.limit > MAX_LIST_PAGE) {
    throw inputError('limit', 'range', `limit must be between 1 and ${MAX_LIST_PAGE}`);
  }
}

const CURRENT_PLANS = `
  left join outlet_plan o on o.unit_id = u.id and o.status in ('DRAFT', 'SUBMITTED', 'RETURNED')
  left join outlet_plan a on a.unit_id = u.id and a.status = 'APPROVED'`;

/** Outlets under `unitPath`, by code, optionally only those in one compliance state or plan status. */
export async function outletsUnder(
  em: EntityManager,
  unitPath: string,
  today: string,
  filter: { compliance?: Compliance | null; planStatus?: PlanStatus | null },
  page: PageArgs,
): Promise<Page<OutletRow>> {
  const where: string[] = [`u.level = 'OUTLET'`, `u.status = 'OPEN'`, `u.path like ?`];
  const params: unknown[] = [today, escapeLike(unitPath) + '%'];
  if (filter.compliance) {
    where.push(`(case when a.id is null then 'NOT_ASSESSED' when a.compliant then 'COMPLIANT' else 'WITH_GAPS' end) = ?`);
    params.push(filter.compliance);
  }
  if (filter.planStatus) {
    where.push(`coalesce(o.status, a.status, 'NONE') = ?`);
    params.push(filter.planStatus);
  }
  params.push(page.limit, page.offset);
  const rows: (Omit<OutletRow, 'gapKinds'> & { gapKinds: Record<string, number> | null; total: number })[] = await em.execute(
    `select u.code, u.name_zh as "nameZh", u.name_en as "nameEn", u.category,
            coalesce(o.status, a.status, 'NONE') as "planStatus",
            case when a.id is null then 'NOT_ASSESSED' when a.compliant then 'COMPLIANT' else 'WITH_GAPS' end as compliance,
            coalesce(a.gap_count, 0)::int as "gapCount",
            a.gap_kinds as "gapKinds",
            (select count(*) from jsonb_array_elements(coalesce(o.actions, a.actions, '[]'::jsonb)) e
              where e->>'done' = 'false' and e->>'dueDate' < ?)::int as "overdueActions",
            count(*) over ()::int as total
       from org_unit u ${CURRENT_PLANS}
      where ${where.join(' and ')}
      order by u.code
      limit ? offset ?`,
    params,
  );
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map(({ total: _total, gapKinds, ...r }) => ({
      ...r,
      gapKinds: GAP_KINDS.filter((k) => (gapKinds?.[k] ?? 0) > 0),
    })),
  };
}

/** Action items of current plans under `unitPath`, not done and due before `today`, oldest due first. */
export async function overdueActionsUnder(em: EntityManager, unitPath: string, today: string, page: PageArgs): Promise<Page<OverdueActionRow>> {
  const rows: (OverdueActionRow & { total: number })[] = await em.execute(
    `select u.code as "outletCode", u.name_zh as "outletNameZh", u.name_en as "outletNameEn",
            e->>'id' as "actionId", e->>'who' as who, e->>'what' as what, e->>'dueDate' as "dueDate", e->>'path' as path,
            count(*) over ()::int as total
       from org_unit u ${CURRENT_PLANS}
       cross join lateral jsonb_array_elements(coalesce(o.actions, a.actions, '[]'::jsonb)) e
      where u.level = 'OUTLET' and u.status = 'OPEN' and u.path like ?
        and e->>'done' = 'false' and e->>'dueDate' < ?
      order by e->>'dueDate', u.code, e->>'id'
      limit ? offset ?`,
    [escapeLike(unitPath) + '%', today, page.limit, page.offset],
  );
  return { total: rows[0]?.total ?? 0, items: rows.map(({ total: _total, ...r }) => r) };
}
