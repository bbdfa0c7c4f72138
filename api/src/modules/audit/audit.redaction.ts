import DataLoader from 'dataloader';
import type { AuditEvent, FieldChange } from './audit-event.entity.js';
import { AUDIT_OPERATIONS, type AuditOperationSpec as ListedSpec } from './audit-operations.js';

/** What redaction needs of an operation (the object type is the row's own). */
type AuditOperationSpec = Omit<ListedSpec, 'objectType'>;
import type { LoaderContext } from '../../shared/loaders.js';
import type { Scope } from '../../shared/auth/scope.js';

/** What a redacted value reads as; `redactedFields` names every field that holds it. */
export const REDACTED = '[redacted: outside your scope]';

/** An event as one caller may read it. */
export interface AuditView {
  actorName: string;
  objectLabel: string | null;
  changes: Record<string, FieldChange>;
  /** `actorName`, `objectLabel` or `changes.<field>`: what was withheld from this caller. */
  redactedFields: string[];
}

interface UnitRow {
  id: string;
  code: string;
  path: string;
}

/** Where the things a page of events refers to sit today, looked up in one statement. */
interface Lookup {
  /** Units by code and by id (older snapshots may hold either). */
  units: Map<string, UnitRow>;
  /** The unit of each user and the scope unit of each API token, by their id. */
  unitOfUser: Map<string, UnitRow>;
  unitOfToken: Map<string, UnitRow>;
  unitOfLayer: Map<string, UnitRow>;
}

// Ids are stored lower-case; unit codes are upper-case, so the two never mix.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A stored row whose operation is no longer listed (recording refuses unlisted
 * ones): nobody knows what its fields refer to, so only callers who see the
 * whole network read it; everyone else gets it withheld.
 */
const UNLISTED: AuditOperationSpec = { subject: 'unit', unitRefs: [], internal: [] };
const specOf = (event: AuditEvent) => AUDIT_OPERATIONS[event.operation] ?? UNLISTED;
const seesWholeNetwork = (scope: Scope) => scope.unrestricted || (scope.subtreePath !== null && scope.ancestorIds.length === 0);

/** The values of the unit-reference fields of an event's changes (codes, or ids in older rows). */
function unitRefValues(event: AuditEvent, spec: AuditOperationSpec): string[] {
  const out: string[] = [];
  for (const field of spec.unitRefs) {
    const change = event.changes[field];
    for (const v of [change?.before, change?.after]) if (typeof v === 'string') out.push(v);
  }
  return out;
}

async function lookUp({ em }: LoaderContext, events: readonly AuditEvent[]): Promise<Lookup> {
  const refs = new Set<string>();
  const unitIds = new Set<string>();
  const userIds = new Set<string>();
  const tokenIds = new Set<string>();
  const layerIds = new Set<string>();
  for (const e of events) {
    const spec = specOf(e);
    for (const v of unitRefValues(e, spec)) (UUID.test(v) ? unitIds : refs).add(v);
    if (spec.subject === 'unit') unitIds.add(e.objectId);
    if (spec.subject === 'user') userIds.add(e.objectId);
    if (spec.subject === 'apiToken') tokenIds.add(e.objectId);
    if (spec.subject === 'layer') layerIds.add(e.objectId);
    // An actor id is a user's or a token's; asking both tables costs nothing extra.
    if (e.actorId) {
      userIds.add(e.actorId);
      tokenIds.add(e.actorId);
    }
  }
  const lookup: Lookup = { units: new Map(), unitOfUser: new Map(), unitOfToken: new Map(), unitOfLayer: new Map() };
  if (!refs.size && !unitIds.size && !userIds.size && !tokenIds.size && !layerIds.size) return lookup;
  const ids = (s: Set<string>) => [...s].filter((v) => UUID.test(v));
  const { rows } = await em.getKnex().raw<{ rows: (UnitRow & { kind: string; key: string })[] }>(
    `select 'unit' as kind, u.id::text as key, u.id, u.code, u.path from org_unit u where u.code = any(?::text[]) or u.id = any(?::uuid[])
     union all
     select 'user', a.id::text, u.id, u.code, u.path from app_user a join org_unit u on u.id = a.org_unit_id where a.id = any(?::uuid[])
     union all
     select 'token', t.id::text, u.id, u.code, u.path from api_token t join org_unit u on u.id = t.scope_unit_id where t.id = any(?::uuid[])
     union all
     select 'layer', l.id::text, u.id, u.code, u.path from local_version l join org_unit u on u.id = l.unit_id where l.id = any(?::uuid[])
     union all
     select 'layer', p.id::text, u.id, u.code, u.path from outlet_plan p join org_unit u on u.id = p.unit_id where p.id = any(?::uuid[])
     union all
     select 'layer', r.id::text, u.id, u.code, u.path from rollout_plan r join org_unit u on u.id = r.unit_id where r.id = any(?::uuid[])
     union all
     select 'layer', r.id::text, u.id, u.code, u.path from rollout r join org_unit u on u.level = 'HEAD_OFFICE' where r.id = any(?::uuid[])`,
    [[...refs], ids(unitIds), ids(userIds), ids(tokenIds), ids(layerIds), ids(layerIds), ids(layerIds), ids(layerIds)],
  );
  for (const { kind, key, id, code, path } of rows) {
    const unit = { id, code, path };
    if (kind === 'unit') {
      lookup.units.set(id, unit);
      lookup.units.set(code, unit);
    } else if (kind === 'layer') lookup.unitOfLayer.set(key, unit);
    else (kind === 'user' ? lookup.unitOfUser : lookup.unitOfToken).set(key, unit);
  }
  return lookup;
}

/**
 * Whether the caller may read the subject of an event today, by the same rule
 * as the subject's own query: units in sight (own subtree and the chain above),
 * users and API tokens of the own subtree. Something that no longer exists is
 * not in sight.
 */
function subjectVisible(event: AuditEvent, spec: AuditOperationSpec, lookup: Lookup, scope: Scope): boolean {
  switch (spec.subject) {
    case 'unit': {
      const unit = lookup.units.get(event.objectId);
      return !!unit && scope.canReadUnit(unit);
    }
    case 'user': {
      const unit = lookup.unitOfUser.get(event.objectId);
      return !!unit && scope.inSubtree(unit.path);
    }
    case 'apiToken': {
      const unit = lookup.unitOfToken.get(event.objectId);
      return !!unit && scope.inSubtree(unit.path);
    }
    case 'layer': {
      // A branch's local version or rollout plan, an outlet's plan, or head office's rollout: in sight with its unit (the unit's own subtree and the chain above).
      const unit = lookup.unitOfLayer.get(event.objectId);
      return !!unit && scope.canReadUnit(unit);
    }
    case 'standard':
      // Kept at head office's path: the row itself is only listed to head-office callers.
      return true;
  }
}

/**
 * The actor is named when the caller can see the unit the actor sits in (or the
 * token is scoped to) today, the chain above included: whoever changed the
 * caller's part of the network had authority over it, so head office's
 * administrators stay accountable by name, while someone since moved to another
 * branch is not revealed. System work has no actor id and is always named.
 */
function actorVisible(event: AuditEvent, lookup: Lookup, scope: Scope): boolean {
  if (!event.actorId) return true;
  const unit = lookup.unitOfUser.get(event.actorId) ?? lookup.unitOfToken.get(event.actorId);
  return !!unit && scope.canReadUnit(unit);
}

/** Redacts one event for one caller. Pure: everything it needs is in `lookup`. */
function redact(event: AuditEvent, lookup: Lookup, scope: Scope): AuditView {
  const spec = specOf(event);
  const redactedFields: string[] = [];
  const changes: Record<string, FieldChange> = {};
  const subjectShown = spec === UNLISTED ? seesWholeNetwork(scope) : scope.unrestricted || subjectVisible(event, spec, lookup, scope);

  const unitRef = (value: unknown, field: string): unknown => {
    if (typeof value !== 'string') return value ?? null;
    const unit = lookup.units.get(value);
    if (unit && (scope.unrestricted || scope.canReadUnit(unit))) return unit.code; // a code, even where an old row kept the id
    if (!redactedFields.includes(field)) redactedFields.push(field);
    return REDACTED;
  };

  for (const [field, change] of Object.entries(event.changes ?? {})) {
    if (spec.internal.includes(field)) continue;
    const name = `changes.${field}`;
    const out: FieldChange = {};
    if (!subjectShown) {
      if ('before' in change) out.before = REDACTED;
      if ('after' in change) out.after = REDACTED;
      redactedFields.push(name);
    } else if (spec.unitRefs.includes(field)) {
      if ('before' in change) out.before = unitRef(change.before, name);
      if ('after' in change) out.after = unitRef(change.after, name);
    } else {
      Object.assign(out, change);
    }
    changes[field] = out;
  }

  let objectLabel = event.objectLabel ?? null;
  if (!subjectShown) {
    objectLabel = REDACTED;
    redactedFields.unshift('objectLabel');
  }
  let actorName = event.actorName;
  if (!scope.unrestricted && !actorVisible(event, lookup, scope)) {
    actorName = REDACTED;
    redactedFields.unshift('actorName');
  }
  return { actorName, objectLabel, changes, redactedFields };
}

/**
 * Audit events as the request's caller may read them. One statement per batch
 * (a page of events, whatever they refer to), so the trail has no N+1.
 */
export const auditView = (ctx: LoaderContext) =>
  new DataLoader<AuditEvent, AuditView, string>(
    async (events) => {
      const lookup = await lookUp(ctx, events);
      return events.map((e) => redact(e, lookup, ctx.scope));
    },
    { cacheKeyFn: (e) => e.id },
  );
