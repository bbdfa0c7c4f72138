import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
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
@ObjectType({ description: 'One recorded change: who, when, what, before and after' })
export class AuditEvent {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = uuidv7();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  @Field(() => Date)
  occurredAt: Date = new Date();

  /** Who acted: a user id or an API token id; null for system work such as seeding. */
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  /** Human-readable actor name, kept even if the user is later renamed. */
  /** Shown through the audit resolver, which redacts it for callers who may not see the actor. */
  @Property({ type: 'string', length: 100 })
  actorName!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'e.g. orgUnit.create, user.update' })
  operation!: string;

  @Property({ type: 'string', length: 60 })
  @Field(() => String)
  objectType!: string;

  /** Internal id of the object: never shown; the audit trail names objects by `objectLabel`. */
  @Property({ type: 'string', length: 100 })
  objectId!: string;

  /** Business key of the object (e.g. the unit code), for people reading the log; shown redacted where out of scope. */
  @Property({ type: 'string', length: 100, nullable: true })
  objectLabel?: string | null;

  @Property({ type: 'text' })
  unitPath!: string;

  /** Shown through the audit resolver, without internal fields and with out-of-scope references redacted. */
  @Property({ type: 'json' })
  changes: Record<string, FieldChange> = {};

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => String, { nullable: true })
  requestId?: string | null;
}
