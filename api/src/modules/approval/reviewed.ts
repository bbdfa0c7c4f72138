import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Bookkept } from '../../shared/bookkeeping.js';

/**
 * What every subject of the approval workflow records about its own review
 * (local versions, outlet plans, head-office editions): who created it, who made the current
 * submission, and who decided on it last. Written once here so each subject
 * keeps the same columns; the history of every step is in approval_event.
 */
@Entity({ abstract: true })
// Registered so subclasses inherit its fields; it is never returned itself, so the schema does not list it.
@ObjectType()
export abstract class Reviewed extends Bookkept {
  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  createdBy!: string;

  /** The submitter's user id: nobody approves their own submission. */
  @Property({ type: 'uuid', nullable: true })
  submittedById?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who made the current submission' })
  submittedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who approved or returned it last' })
  decidedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  decidedAt?: Date | null;
}
