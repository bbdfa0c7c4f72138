import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Violations, inputError } from './errors.js';

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

export interface PageRequest {
  first: number;
  after: unknown[] | null;
  offset: number;
}

/** Checks paging arguments and decodes the cursor, naming the argument at fault. */
export function readPageArgs(args: PageArgs): PageRequest {
  const v = new Violations();
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    v.add('first', 'range', `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  if (args.offset != null && args.offset < 0) v.add('offset', 'range', 'must not be negative');
  if (args.offset != null && args.after) v.add('after', 'exclusive', 'give either after or offset, not both');
  let after: unknown[] | null = null;
  if (args.after) {
    after = decodeCursor(args.after);
    if (!after) v.add('after', 'cursor', 'is not a cursor this API issued');
  }
  v.throwIfAny();
  return { first, after, offset: args.offset ?? 0 };
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
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
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(cursorOf(node)) }));
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
 * with the filters (scope included) applied. `sort` lists SQL expressions whose
 * combination is unique (end with the primary key). Two statements: the page
 * and the count.
 */
export async function fetchPage<T extends object>(
  em: import('@mikro-orm/postgresql').EntityManager,
  entity: import('@mikro-orm/core').EntityName<T>,
  base: import('@mikro-orm/postgresql').Knex.QueryBuilder,
  sort: string[],
  descending: boolean,
  page: PageRequest,
): Promise<Connection<T>> {
  const knex = em.getKnex();
  const dir = descending ? 'desc' : 'asc';
  const rowsQuery = base.clone().select('t.*', ...sort.map((expr, i) => knex.raw(`${expr} as _sort${i}`)));
  if (page.after) {
    if (page.after.length !== sort.length) throw inputError('after', 'cursor', 'is not a cursor for this list');
    rowsQuery.whereRaw(`(${sort.join(', ')}) ${descending ? '<' : '>'} (${sort.map(() => '?').join(', ')})`, page.after as never[]);
  }
  rowsQuery.orderByRaw(sort.map((expr) => `${expr} ${dir}`).join(', ')).limit(page.first + 1).offset(page.offset);
  const [rows, [{ n }]] = await Promise.all([rowsQuery, base.clone().clearSelect().clearOrder().count('* as n')]);
  const mapped = (rows as Record<string, unknown>[]).map((row) => {
    const keys = sort.map((_, i) => row[`_sort${i}`]);
    const columns = Object.fromEntries(Object.entries(row).filter(([k]) => !k.startsWith('_sort')));
    return { entity: em.map(entity, columns as never), keys };
  });
  const connection = toConnection(mapped, page, Number(n), (r) => r.keys.map((k) => (k instanceof Date ? k.toISOString() : k)));
  return {
    ...connection,
    nodes: connection.nodes.map((r) => r.entity),
    edges: connection.edges.map((e) => ({ cursor: e.cursor, node: e.node.entity })),
  };
}
