import type { GetListParams, GetListResult, GetOneParams, GetOneResult } from 'react-admin';
import { graphql } from '../gql';
import { gql } from '../graphql';
import { loadKinds, type KindMeta } from '../resources/standard-editions/kinds';
import type { AuditEventRecord } from '../types';
import { readPage } from './paging';
import { blankToNull, notFound, startOfDay, startOfNextDay } from './shared';

const LIST_QUERY = graphql(`
  query ConsoleAuditEvents($filter: AuditEventFilter, $first: Int!, $offset: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, offset: $offset, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      nodes {
        id
        occurredAt
        actorName
        operation
        objectType
        objectLabel
        redactedFields
        requestId
        changes
        unit { code name { zh en } level status }
      }
    }
  }
`);

/**
 * react-admin's filter as the API's AuditEventFilter. Dates come from date
 * inputs ("2026-03-05", the user's local day): `from` is the start of that
 * day, `to` the start of the day after, so both days are included.
 */
export function toAuditFilter(filter: Record<string, unknown> = {}) {
  const out: Record<string, string> = {};
  for (const key of ['under', 'actorName', 'objectType', 'operation', 'objectLabel'] as const) {
    const value = blankToNull(filter[key]);
    if (value) out[key] = value;
  }
  const from = typeof filter.from === 'string' ? startOfDay(filter.from) : null;
  if (from) out.from = from;
  const to = typeof filter.to === 'string' ? startOfNextDay(filter.to) : null;
  if (to) out.to = to;
  return out;
}

/** Events seen in lists, so a page of one event can be shown without a query of its own. */
const seen = new Map<string, AuditEventRecord>();

export const auditEvents = {
  /** Newest first: the only order the API offers. */
  async getList(params: GetListParams): Promise<GetListResult<AuditEventRecord>> {
    const filter = toAuditFilter(params.filter);
    const page = await readPage(params.pagination, async (slice) => (await gql(LIST_QUERY, { filter, ...slice }, { signal: params.signal })).auditEvents);
    // `changes` is a JSON object in the schema; the audit trail writes it as before/after per field.
    const rows = page.nodes as AuditEventRecord[];
    for (const e of rows) seen.set(e.id, e);
    return { data: rows, total: page.totalCount, pageInfo: page.pageInfo };
  },

  /** The API has no query for one event: serve the ones already listed. */
  async getOne(params: GetOneParams): Promise<GetOneResult<AuditEventRecord>> {
    const event = seen.get(String(params.id));
    if (!event) notFound('audit event', String(params.id));
    return { data: event };
  },
};

const AUDIT_OPERATIONS = graphql(`query ConsoleAuditOperations { auditOperations auditObjectTypes }`);

/** Every operation and object type the audit trail records (the API's audit registry), and the standard's kinds that name some of the operations. */
export interface AuditOperations {
  operations: string[];
  objectTypes: string[];
  kinds: KindMeta[];
}

let operations: Promise<AuditOperations> | null = null;

/** Asked once per page load: the registry changes only with the API. A failed answer is not kept. */
export function fetchAuditOperations(): Promise<AuditOperations> {
  operations ??= Promise.all([gql(AUDIT_OPERATIONS), loadKinds()]).then(([{ auditOperations, auditObjectTypes }, kinds]) => ({
    operations: auditOperations,
    objectTypes: auditObjectTypes,
    kinds,
  }));
  operations.catch(() => {
    operations = null;
  });
  return operations;
}
