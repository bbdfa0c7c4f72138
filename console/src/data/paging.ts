/**
 * Reading react-admin's pages through the API's page cap. The API answers at
 * most MAX_PAGE rows a request; react-admin asks for more than that when it
 * exports a list (ExportButton asks for page 1 of `maxResults` rows). A page
 * larger than the cap is read as its first slice by `offset`, then the rest by
 * keyset (`after` the previous slice's endCursor), which stays exact while
 * rows are added meanwhile. Kept free of react-admin so a test can drive it
 * against the real API.
 */

/** The API pages at most this many rows (api/src/shared/pagination.ts, MAX_PAGE_SIZE). */
export const MAX_PAGE = 500;

/** What an export asks for: every row, however many (the pager reads until the API says there is no more). */
export const EVERY_ROW = Number.MAX_SAFE_INTEGER;

export interface SliceArgs {
  first: number;
  offset?: number;
  after?: string;
}

export interface Slice<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

export interface ReadPage<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
}

/** One react-admin page (number and size), in as many requests as the API's cap needs. */
export async function readPage<T>(
  pagination: { page: number; perPage: number } | undefined,
  fetchSlice: (args: SliceArgs) => Promise<Slice<T>>,
): Promise<ReadPage<T>> {
  const page = Math.max(1, pagination?.page ?? 1);
  const perPage = Math.max(1, pagination?.perPage ?? 25);
  // EVERY_ROW times a page number would overflow: only page 1 of an export is ever asked for.
  const offset = perPage >= EVERY_ROW ? 0 : (page - 1) * perPage;
  const head = await fetchSlice({ first: Math.min(perPage, MAX_PAGE), offset });
  const nodes = [...head.nodes];
  let last = head;
  while (nodes.length < perPage && last.pageInfo.hasNextPage && last.pageInfo.endCursor) {
    last = await fetchSlice({ first: Math.min(perPage - nodes.length, MAX_PAGE), after: last.pageInfo.endCursor });
    nodes.push(...last.nodes);
  }
  return {
    nodes,
    totalCount: head.totalCount,
    pageInfo: { hasNextPage: last.pageInfo.hasNextPage && nodes.length >= perPage, hasPreviousPage: page > 1 },
  };
}
