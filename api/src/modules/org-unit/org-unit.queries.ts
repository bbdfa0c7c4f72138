import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/postgresql';
import { LEVEL_ORDER } from './org-unit.entity.js';
import { OrgUnitView, unitColumns, unitFromRow, type UnitRow } from './org-unit.view.js';
import { OrgUnitOrderField, type OrgUnitFilter } from './org-unit.inputs.js';
import { afterCondition, orderBySql, sortKeySql, toConnection, type Connection, type ListOrder, type PageRequest, type SortKey } from '../../shared/pagination.js';
import { notFound } from '../../shared/errors.js';
import { containsPattern, escapeLike } from '../../shared/sql.js';
import type { LoaderContext, LoaderRegistry } from '../../shared/loaders.js';
import type { Scope } from '../../shared/auth/scope.js';

/** Path prefix that matches every unit (all paths start with '/'). */
export const ALL_UNITS = '/';

/**
 * "Strictly below the unit whose path is s.prefix", written as a range in the
 * text_pattern_ops operator class (~>~, ~<~) so the path index serves it even
 * though the prefix comes from a joined row (LIKE could only use the index for
 * a constant pattern). Paths hold only [0-9a-f-/], all of which sort below '~'.
 */
const BELOW_PREFIX = `u.path ~>~ s.prefix and u.path ~<~ (s.prefix || '~')`;

const SORT_KEY: Record<OrgUnitOrderField, SortKey> = {
  [OrgUnitOrderField.CODE]: { sql: 'u.code', type: 'text' },
  [OrgUnitOrderField.NAME]: { sql: 'u.name_zh', type: 'text' },
  [OrgUnitOrderField.NAME_EN]: { sql: 'lower(u.name_en)', type: 'text' },
  [OrgUnitOrderField.LEVEL]: {
    sql: `array_position(array[${LEVEL_ORDER.map((l) => `'${l}'`).join(',')}]::text[], u.level::text)`,
    type: 'integer',
  },
  [OrgUnitOrderField.CITY]: { sql: `coalesce(u.city, '')`, type: 'text' },
};

/**
 * The ordering of a unit list: the chosen field, ties broken by code. `orgUnits`
 * and `descendants` share it, so a cursor carries over between them only when
 * the ordering is the same.
 */
export function unitListOrder(orderBy: OrgUnitOrderField, descending: boolean): ListOrder {
  return {
    name: `orgUnits:${orderBy}:${descending ? 'desc' : 'asc'}`,
    keys: [SORT_KEY[orderBy], { sql: 'u.code', type: 'text' }],
    descending,
  };
}

export interface UnitListQuery {
  filter: OrgUnitFilter;
  /** Its ordering comes from `unitListOrder`. */
  page: PageRequest;
}

/**
 * Filter references by code (`under`, `parentCode`) resolved to what the SQL
 * compares: a path prefix and a parent id. One query for both.
 */
async function resolveFilterRefs(em: EntityManager, scope: Scope, filter: OrgUnitFilter, field: string) {
  const codes = [filter.under, filter.parentCode, filter.within].filter((c): c is string => !!c);
  if (!codes.length) return { underPath: null, parentId: null, withinPath: null };
  const rows: { id: string; code: string; path: string }[] = await em.getKnex()('org_unit').select('id', 'code', 'path').whereIn('code', codes);
  const byCode = new Map(rows.filter((u) => scope.canReadUnit(u)).map((u) => [u.code, u]));
  const under = filter.under ? byCode.get(filter.under) : undefined;
  const parent = filter.parentCode ? byCode.get(filter.parentCode) : undefined;
  const within = filter.within ? byCode.get(filter.within) : undefined;
  if (filter.under && !under) throw notFound(`${field}.under`, 'unit', filter.under);
  if (filter.parentCode && !parent) throw notFound(`${field}.parentCode`, 'unit', filter.parentCode);
  if (filter.within && !within) throw notFound(`${field}.within`, 'unit', filter.within);
  return { underPath: under?.path ?? null, parentId: parent?.id ?? null, withinPath: within?.path ?? null };
}

function applyFilter(
  qb: Knex.QueryBuilder,
  scope: Scope,
  filter: OrgUnitFilter,
  refs: { underPath: string | null; parentId: string | null; withinPath: string | null },
) {
  qb.whereRaw(...scope.visibleUnitsSql('u'));
  if (filter.level) qb.where('u.level', filter.level);
  if (filter.status) qb.where('u.status', filter.status);
  if (filter.codes) qb.whereIn('u.code', filter.codes);
  if (refs.parentId) qb.where('u.parent_id', refs.parentId);
  if (refs.underPath) qb.whereRaw(`u.path like ? and u.path <> ?`, [escapeLike(refs.underPath) + '%', refs.underPath]);
  if (refs.withinPath) qb.whereRaw(`u.path like ?`, [escapeLike(refs.withinPath) + '%']);
  const search = filter.search?.trim();
  if (search) {
    const pattern = containsPattern(search);
    qb.where((w) => w.whereILike('u.code', pattern).orWhereILike('u.name_zh', pattern).orWhereILike('u.name_en', pattern));
  }
}

/**
 * Pages of units below each of several path prefixes, with the same filter and
 * paging for all of them, in one statement whatever the number of prefixes:
 * per prefix, a LATERAL count and a LATERAL page of rows. This is what lets
 * `descendants` on a hundred units in one GraphQL response stay one query.
 * The count stays a subquery of its own rather than `count(*) over ()` in the
 * page: that would count only the rows after a cursor, nothing past the last
 * page, and make PostgreSQL read every matching row before the page's LIMIT.
 */
export async function pageUnitsUnder(
  { em, scope }: LoaderContext,
  prefixes: string[],
  query: UnitListQuery,
  field = 'filter',
): Promise<Map<string, Connection<OrgUnitView>>> {
  const knex = em.getKnex();
  const refs = await resolveFilterRefs(em, scope, query.filter, field);
  const dir = query.page.order.descending ? 'desc' : 'asc';
  // The whole network needs no path condition (it would only steer the planner
  // to scan the path index end to end instead of using the scope's).
  const below = prefixes.length === 1 && prefixes[0] === ALL_UNITS ? 'true' : BELOW_PREFIX;

  const rowsInner = knex('org_unit as u')
    .select(knex.raw(`${unitColumns('u')}, ${sortKeySql(query.page.order.keys[0])} as sort_key`))
    .whereRaw(below);
  applyFilter(rowsInner, scope, query.filter, refs);
  const after = afterCondition(query.page);
  if (after) rowsInner.whereRaw(after[0], after[1] as never[]);
  rowsInner.orderByRaw(orderBySql(query.page.order)).limit(query.page.first + 1).offset(query.page.offset);

  const countInner = knex('org_unit as u').count('* as total').whereRaw(below);
  applyFilter(countInner, scope, query.filter, refs);

  // A prefix with no rows on this page still comes back once (left join), carrying its count.
  const rows: (UnitRow & { _prefix: string; total: string | number; sort_key: unknown })[] = await knex
    .select('s.prefix as _prefix', 'c.total', 'x.*')
    .from(knex.raw('unnest(?::text[]) as s(prefix)', [prefixes]))
    .joinRaw('cross join lateral (?) as c', [countInner as never])
    .joinRaw('left join lateral (?) as x on true', [rowsInner as never])
    .orderByRaw(`x.sort_key ${dir}, x.code ${dir}`);

  const grouped = new Map<string, { rows: { unit: OrgUnitView; sortKey: unknown }[]; total: number }>();
  for (const row of rows) {
    let group = grouped.get(row._prefix);
    if (!group) grouped.set(row._prefix, (group = { rows: [], total: Number(row.total) }));
    if (row.id !== null) group.rows.push({ unit: unitFromRow(row), sortKey: row.sort_key });
  }
  const result = new Map<string, Connection<OrgUnitView>>();
  for (const prefix of prefixes) {
    const group = grouped.get(prefix) ?? { rows: [], total: 0 };
    const connection = toConnection(group.rows, query.page, group.total, (r) => [r.sortKey, r.unit.code]);
    result.set(prefix, {
      ...connection,
      nodes: connection.nodes.map((r) => r.unit),
      edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.unit })),
    });
  }
  return result;
}

// ---- request-scoped loaders -------------------------------------------------

// Every loader drops what the actor may not see: an invisible unit reads as absent.

/** Units by a column, as plain read-only views, in one statement; what the actor may not see is dropped. */
async function readUnits(em: EntityManager, scope: Scope, column: 'id' | 'code' | 'parent_id', values: readonly string[]): Promise<OrgUnitView[]> {
  const rows: UnitRow[] = await em
    .getKnex()('org_unit as u')
    .select(em.getKnex().raw(unitColumns('u')))
    .whereIn(`u.${column}`, [...values])
    .orderBy('u.code');
  const units: OrgUnitView[] = [];
  for (const row of rows) if (scope.canReadUnit(row)) units.push(unitFromRow(row));
  return units;
}

export const unitById = ({ em, scope }: LoaderContext) =>
  new DataLoader<string, OrgUnitView | null>(async (ids) => {
    const byId = new Map((await readUnits(em, scope, 'id', ids)).map((u) => [u.id, u]));
    return ids.map((id) => byId.get(id) ?? null);
  });

export const unitByCode = ({ em, scope }: LoaderContext) =>
  new DataLoader<string, OrgUnitView | null>(async (codes) => {
    const byCode = new Map((await readUnits(em, scope, 'code', codes)).map((u) => [u.code, u]));
    return codes.map((code) => byCode.get(code) ?? null);
  });

export const childrenByParentId = ({ em, scope }: LoaderContext) =>
  new DataLoader<string, OrgUnitView[]>(async (parentIds) => {
    const grouped = new Map<string, OrgUnitView[]>(parentIds.map((id) => [id, []]));
    for (const unit of await readUnits(em, scope, 'parent_id', parentIds)) grouped.get(unit.parentId!)!.push(unit);
    return parentIds.map((id) => grouped.get(id)!);
  });

/**
 * The units whose ids a materialized path lists, in path order (head office
 * first), those the actor may not see left out. Through the batched loader:
 * the chains of every unit in a response load in one statement together.
 */
export async function unitsOnPath(loaders: LoaderRegistry, ids: string[]): Promise<OrgUnitView[]> {
  const found = await loaders.get(unitById).loadMany(ids);
  return found.filter((u): u is OrgUnitView => u instanceof OrgUnitView);
}

/**
 * How many direct children of `unit` the actor may see, from the count stored
 * on the unit's row (no statement). Below or at the actor's own unit every
 * child is visible. Above it (a unit on the actor's parent chain) exactly one
 * child is: the next unit down the chain, which is either another visible
 * ancestor or the actor's own unit; its siblings lie outside the scope.
 */
export function visibleChildCount(scope: Scope, unit: Pick<OrgUnitView, 'id' | 'path' | 'storedChildCount'>): number {
  if (scope.inSubtree(unit.path)) return unit.storedChildCount;
  return scope.canReadUnit(unit) && unit.storedChildCount > 0 ? 1 : 0;
}

interface DescendantsKey {
  prefix: string;
  query: UnitListQuery;
}

/** Batches `descendants` connections that share arguments into one statement. */
export const descendantsOfUnit = (ctx: LoaderContext) =>
  new DataLoader<DescendantsKey, Connection<OrgUnitView>, string>(
    async (keys) => {
      const byQuery = new Map<string, { query: UnitListQuery; prefixes: string[] }>();
      for (const key of keys) {
        const queryKey = JSON.stringify(key.query);
        const group = byQuery.get(queryKey) ?? { query: key.query, prefixes: [] };
        group.prefixes.push(key.prefix);
        byQuery.set(queryKey, group);
      }
      const results = new Map<string, Connection<OrgUnitView>>();
      for (const [queryKey, group] of byQuery) {
        const pages = await pageUnitsUnder(ctx, group.prefixes, group.query);
        for (const [prefix, connection] of pages) results.set(queryKey + prefix, connection);
      }
      return keys.map((key) => results.get(JSON.stringify(key.query) + key.prefix)!);
    },
    { cacheKeyFn: (key) => JSON.stringify(key.query) + key.prefix },
  );
