import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { v7 as uuidv7 } from 'uuid';
import { ApprovalAction, ApprovalState } from './workflow.js';

/** What kind of thing went through the workflow. Rollout schemes join here. */
export enum ApprovalSubjectType {
  LOCAL_VERSION = 'LOCAL_VERSION',
  OUTLET_PLAN = 'OUTLET_PLAN',
  STANDARD_EDITION = 'STANDARD_EDITION',
  ROLLOUT_PLAN = 'ROLLOUT_PLAN',
}

registerEnumType(ApprovalSubjectType, {
  name: 'ApprovalSubjectType',
  description: 'What was sent up for approval',
  valuesConfig: {
    LOCAL_VERSION: { description: '本地化版本: a branch’s local version of the standard' },
    OUTLET_PLAN: { description: '落地方案: an outlet’s implementation plan' },
    STANDARD_EDITION: { description: '总行标准版本: a head-office edition of the standard, approved at head office before publication' },
    ROLLOUT_PLAN: { description: '分行推广方案/实施方案: a branch’s localization or implementation scheme of a rollout' },
  },
});
registerEnumType(ApprovalState, {
  name: 'ApprovalState',
  description: 'Where something sent up for approval stands',
  valuesConfig: {
    DRAFT: { description: '草稿 being written by its unit' },
    SUBMITTED: { description: '已提交 awaiting the approving unit' },
    APPROVED: { description: '已批准 approved and in force' },
    RETURNED: { description: '已退回 returned with comments, to be changed and resubmitted' },
    WITHDRAWN: { description: '已撤回 withdrawn by its unit (final)' },
    SUPERSEDED: { description: '已替代 replaced by a newer approved version (final, kept as history)' },
  },
});
registerEnumType(ApprovalAction, {
  name: 'ApprovalAction',
  description: 'A step of the approval workflow',
  valuesConfig: {
    EDIT: { description: 'changed by its unit' },
    SUBMIT: { description: 'sent up (or sent up again after a return)' },
    WITHDRAW: { description: 'taken back by its unit' },
    APPROVE: { description: 'approved by the approving unit' },
    RETURN: { description: 'returned with comments' },
    SUPERSEDE: { description: 'replaced by a newer approved version' },
  },
});

/** A reviewer's comment on one item (a value path) of what was reviewed. */
@ObjectType({ description: 'A comment on one value or item, by its path' })
export class ItemComment {
  @Field(() => String)
  path!: string;

  @Field(() => String)
  comment!: string;
}

/**
 * One transition, kept for good: the workflow's history. Append-only; the
 * subject's current state lives on the subject itself. The audit trail gets
 * its own row for the same transition (who may read which is the audit's rule).
 */
@Entity({ tableName: 'approval_event' })
@Index({ name: 'approval_event_subject_idx', properties: ['subjectType', 'subjectId', 'occurredAt'] })
@ObjectType({ description: 'One step in the approval history of something sent up' })
export class ApprovalEvent {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id: string = uuidv7();

  @Enum({ items: () => ApprovalSubjectType, type: 'string' })
  @Field(() => ApprovalSubjectType)
  subjectType!: ApprovalSubjectType;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'uuid', comment: 'the unit that owns the subject' })
  unitId!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'The subject’s revision the step applied to (for an approval: the revision reviewed)' })
  revision!: number;

  @Enum({ items: () => ApprovalAction, type: 'string' })
  @Field(() => ApprovalAction)
  action!: ApprovalAction;

  @Enum({ items: () => ApprovalState, type: 'string' })
  @Field(() => ApprovalState)
  fromState!: ApprovalState;

  @Enum({ items: () => ApprovalState, type: 'string' })
  @Field(() => ApprovalState)
  toState!: ApprovalState;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'Who took the step (username, or system)' })
  actorName!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Property({ type: 'json' })
  @Field(() => [ItemComment])
  itemComments: ItemComment[] = [];

  @Property({ type: 'datetime' })
  @Field(() => Date)
  occurredAt: Date = new Date();
}
