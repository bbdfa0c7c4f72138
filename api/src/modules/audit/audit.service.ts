import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent, type FieldChange } from './audit-event.entity.js';
import type { Actor } from '../../shared/actor.js';
import { auditOperation } from './audit-operations.js';
import { columnLength, fitColumn } from '../../shared/limits.js';

/** Values as JSON would store them, so before/after compare and print plainly. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') return JSON.parse(JSON.stringify(value));
  return value ?? null;
}

/**
 * The fields that differ between two snapshots, each with its before and after.
 * Pass `undefined` as `before` for a creation and as `after` for a removal.
 */
export function diffSnapshots(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const b = before ? plain(before[key]) : undefined;
    const a = after ? plain(after[key]) : undefined;
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    const change: FieldChange = {};
    if (before) change.before = b;
    if (after) change.after = a;
    changes[key] = change;
  }
  return changes;
}

export interface AuditEntry {
  operation: string;
  objectType: string;
  objectId: string;
  objectLabel?: string;
  unitPath: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

const ACTOR_NAME_MAX = columnLength(AuditEvent, 'actorName');
const OBJECT_LABEL_MAX = columnLength(AuditEvent, 'objectLabel');

/**
 * Adds the audit row for a mutation to the unit of work of `em`. Call it inside
 * the mutation's `em.transactional` so the row commits (or rolls back) with it.
 */
export function recordAudit(em: EntityManager, actor: Actor, entry: AuditEntry): AuditEvent {
  // Unlisted operations would be read without knowing which fields name units.
  const spec = auditOperation(entry.operation);
  // The registry's object type is what the audit filter offers: a row naming another would never be found by it.
  if (spec.objectType !== entry.objectType) {
    throw new Error(`audit operation "${entry.operation}" records ${spec.objectType} rows, not ${entry.objectType}`);
  }
  const event = em.create(AuditEvent, {
    occurredAt: new Date(),
    actorId: actor.id,
    // Labels are for people reading the log: a long business key is cut to fit, never fails the change.
    actorName: fitColumn(actor.name, ACTOR_NAME_MAX),
    operation: entry.operation,
    objectType: entry.objectType,
    objectId: entry.objectId,
    objectLabel: entry.objectLabel == null ? null : fitColumn(entry.objectLabel, OBJECT_LABEL_MAX),
    unitPath: entry.unitPath,
    changes: diffSnapshots(entry.before, entry.after),
    requestId: actor.requestId ?? null,
  });
  em.persist(event);
  return event;
}
