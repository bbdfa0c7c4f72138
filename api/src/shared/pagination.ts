import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Violations } from './errors.js';

/**
 * Cursor connections, one mechanism for every list in the API.
 *
 * Integrators page with `first`/`after` (keyset: stable under inserts, fast
 * at any depth). Screens that jump to page N may pass `offset` instead.
 * `totalCount` is counted with the same filter, so it never disagrees with the
 * rows a caller may see.
 */
@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XConnection` and `XEdge` GraphQL types for a node type. */
export function ConnectionType<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'All matching rows, not only this page' })
    totalCount!: number;
  }
  return ConnectionClass;
}

export const MAX_PAGE_SIZE = 500;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first: number = 50;

  @Field(() => String, { nullable: true, description: 'Return rows after this cursor (keyset paging)' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Skip this many rows instead of using a cursor (for page-numbered screens)' })
  offset?: number | null;
}

/** SQL type of one sort key: what a cursor's value for it must look like. */
export type SortKeyType = 'text' | 'integer' | 'timestamp' | 'uuid';

export interface SortKey {
  /** SQL expression over the list's table alias, e.g. `t.occurred_at`. */
  sql: string;
  type: SortKeyType;
}

/**
 * How one list is ordered. The combination of keys must be unique (end with
 * the primary key or another unique column). `name` goes into every cursor the
 * list issues, so a cursor from another list or another ordering is refused
 * instead of being compared against the wrong columns.
 */
export interface ListOrder {
  name: string;
  keys: SortKey[];
  descending: boolean;
}

export interface PageRequest {
  first: number;
  /** Sort-key values of the row to continue after, checked against `order`. */
  after: unknown[] | null;
  offset: number;
  order: ListOrder;
}

/**
 * Checks paging arguments and decodes the cursor against the list's ordering,
 * naming the argument at fault. Every list pages through here, so no list can
 * hand an unchecked cursor value to SQL.
 */
export function readPageArgs(args: PageArgs, order: ListOrder): PageRequest {
  const v = new Violations();
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    v.add('first', 'range', `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  if (args.offset != null && args.offset < 0) v.add('offset', 'range', 'must not be negative');
  if (args.offset != null && args.after) v.add('after', 'exclusive', 'give either after or offset, not both');
  let after: unknown[] | null = null;
  if (args.after) {
    const decoded = decodeCursor(args.after, order);
    if (typeof decoded === 'string') v.add('after', 'cursor', decoded);
    else after = decoded;
  }
  v.throwIfAny();
  return { first, after, offset: args.offset ?? 0, order };
}

/** Longest cursor worth decoding: the API's own are a few hundred characters. */
const MAX_CURSOR_LENGTH = 2048;
/** Longest text sort value a cursor may carry (sorted columns hold at most a few hundred). */
const MAX_TEXT_KEY = 1000;
const INT4_MIN = -(2 ** 31);
const INT4_MAX = 2 ** 31 - 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Only what `sortKeySql` writes for years 1-9999 (microseconds kept, as PostgreSQL stores them).
const ISO_TIMESTAMP = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why `value` cannot stand for a sort key of `type`, or null when it can. */
function badKeyValue(value: unknown, type: SortKeyType): string | null {
  switch (type) {
    case 'text':
      return typeof value === 'string' && value.length <= MAX_TEXT_KEY && !CONTROL.test(value) ? null : 'text';
    case 'integer':
      return Number.isInteger(value) && (value as number) >= INT4_MIN && (value as number) <= INT4_MAX ? null : 'a whole number';
    case 'uuid':
      return typeof value === 'string' && UUID.test(value) ? null : 'an id';
    case 'timestamp':
      // The round trip also refuses dates the calendar lacks (2026-02-30), which JavaScript would roll over.
      return typeof value === 'string' && ISO_TIMESTAMP.test(value) && new Date(value.slice(0, 23) + 'Z').toISOString() === value.slice(0, 23) + 'Z'
        ? null
        : 'a timestamp';
  }
}

/**
 * The SQL selecting a sort key's value for the cursor: timestamps as UTC ISO
 * text with microseconds, so a cursor compares exactly equal to the row it came from.
 */
export function sortKeySql(key: SortKey): string {
  return key.type === 'timestamp' ? `to_char(${key.sql} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : key.sql;
}

export function encodeCursor(order: ListOrder, values: unknown[]): string {
  return Buffer.from(JSON.stringify([order.name, ...values]), 'utf8').toString('base64url');
}

/** The cursor's sort-key values, or why the cursor is refused. */
export function decodeCursor(cursor: string, order: ListOrder): unknown[] | string {
  const foreign = 'is not a cursor this API issued for this list; take endCursor from the previous page of the same query';
  if (cursor.length > MAX_CURSOR_LENGTH) return foreign;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return foreign;
  }
  if (!Array.isArray(parsed) || parsed[0] !== order.name || parsed.length !== order.keys.length + 1) return foreign;
  const values = parsed.slice(1);
  for (let i = 0; i < values.length; i++) {
    const wanted = badKeyValue(values[i], order.keys[i].type);
    if (wanted) return `is not a cursor this API issued: its sort value ${i + 1} should be ${wanted}`;
  }
  return values;
}

/** Keyset condition "after the cursor row" for a where clause, with its bindings. */
export function afterCondition(page: PageRequest): [string, unknown[]] | null {
  if (!page.after) return null;
  const { keys, descending } = page.order;
  return [`(${keys.map((k) => k.sql).join(', ')}) ${descending ? '<' : '>'} (${keys.map(() => '?').join(', ')})`, page.after];
}

/** `order by` SQL for a list's ordering. */
export function orderBySql(order: ListOrder): string {
  const dir = order.descending ? 'desc' : 'asc';
  return order.keys.map((k) => `${k.sql} ${dir}`).join(', ');
}

/**
 * Assembles a connection from rows fetched with `first + 1` as the limit (the
 * extra row only tells whether there is a next page).
 */
export function toConnection<T>(
  rows: T[],
  page: PageRequest,
  totalCount: number,
  cursorOf: (row: T) => unknown[],
): Connection<T> {
  const hasNextPage = rows.length > page.first;
  const nodes = hasNextPage ? rows.slice(0, page.first) : rows;
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(page.order, cursorOf(node)) }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: page.after != null || page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * One page of a single-table list: `base` is a knex query over `<table> as t`
 * with the filters (scope included) applied; the page's ordering says how to
 * sort. Two statements: the page and the count.
 */
export async function fetchPage<T extends object>(
  em: import('@mikro-orm/postgresql').EntityManager,
  entity: import('@mikro-orm/core').EntityName<T>,
  base: import('@mikro-orm/postgresql').Knex.QueryBuilder,
  page: PageRequest,
): Promise<Connection<T>> {
  const knex = em.getKnex();
  const { keys } = page.order;
  const rowsQuery = base.clone().select('t.*', ...keys.map((key, i) => knex.raw(`${sortKeySql(key)} as _sort${i}`)));
  const after = afterCondition(page);
  if (after) rowsQuery.whereRaw(after[0], after[1] as never[]);
  rowsQuery.orderByRaw(orderBySql(page.order)).limit(page.first + 1).offset(page.offset);
  const [rows, [{ n }]] = await Promise.all([rowsQuery, base.clone().clearSelect().clearOrder().count('* as n')]);
  const mapped = (rows as Record<string, unknown>[]).map((row) => {
    const values = keys.map((_, i) => row[`_sort${i}`]);
    const columns = Object.fromEntries(Object.entries(row).filter(([k]) => !k.startsWith('_sort')));
    return { entity: em.map(entity, columns as never), values };
  });
  const connection = toConnection(mapped, page, Number(n), (r) => r.values);
  return {
    ...connection,
    nodes: connection.nodes.map((r) => r.entity),
    edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.entity })),
  };
}
