import { Entity, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

/**
 * The bookkeeping every editable record carries: an optimistic-lock version
 * and when it was created and last changed. Written once here so each entity
 * that people edit (units, users, editions) keeps it the same way: a write
 * names the `version` it was made against, and a stale one is refused
 * (VERSION_CONFLICT); MikroORM bumps it on every flush that changes the row.
 * The columns are the entities' own (`version`, `created_at`, `updated_at`),
 * so the database is as before.
 */
@Entity({ abstract: true })
// Registered so subclasses inherit its fields; it is never returned itself, so the schema does not list it.
@ObjectType()
export abstract class Bookkept {
  /** Optimistic lock: every write names the version it was made against. */
  @Property({ type: 'integer', version: true })
  @Field(() => Int)
  version!: number;

  @Property({ type: 'datetime' })
  @Field(() => Date)
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  @Field(() => Date)
  updatedAt: Date = new Date();
}
