import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/** One field's value before and after a change; absent side = field did not exist. */
export interface FieldChange {
  before?: unknown;
  after?: unknown;
}

/**
 * The audit trail: one row per mutation, written in the mutation's own
 * transaction, so a change without its audit row cannot exist. Rows are only
 * ever inserted; the API offers no way to change or remove them.
 *
 * `unitPath` is the materialized path of the unit the change belongs to, so
 * "everything that happened under branch X" is the same indexed prefix query
 * as the org tree's.
 */
@Entity({ tableName: 'audit_event' })
@Index({ name: 'audit_event_unit_path_idx', expression: 'create index "audit_event_unit_path_idx" on "audit_event" ("unit_path" text_pattern_ops, "occurred_at")' })
@Index({ name: 'audit_event_object_idx', properties: ['objectType', 'objectId'] })
@Index({ name: 'audit_event_occurred_at_idx', properties: ['occurredAt'] })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  occurredAt: Date = new Date();

  /** Who acted: a user id or an API token id; null for system work such as seeding. */
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  /** Human-readable actor name, kept even if the user is later renamed. */
  @Property({ type: 'string', length: 100 })
  actorName!: string;

  @Property({ type: 'string', length: 100 })
  operation!: string;

  @Property({ type: 'string', length: 60 })
  objectType!: string;

  @Property({ type: 'string', length: 100 })
  objectId!: string;

  /** Business key of the object (e.g. the unit code), for people reading the log. */
  @Property({ type: 'string', length: 100, nullable: true })
  objectLabel?: string | null;

  @Property({ type: 'text' })
  unitPath!: string;

  @Property({ type: 'json' })
  changes: Record<string, FieldChange> = {};

  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string | null;
}
