import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../../shared/localized-text.js';
import { ApprovalSubjectType } from '../approval/approval-event.entity.js';
import { ApprovalState } from '../approval/workflow.js';
import type { InboxEntry } from '../approval/inbox-source.js';

@ObjectType({ description: 'One thing sent up for approval, as the inbox lists it whatever its type' })
export class InboxItem implements InboxEntry {
  @Field(() => ApprovalSubjectType)
  subjectType!: ApprovalSubjectType;

  @Field(() => ID, { description: 'The subject’s id (a local version’s, an edition’s or a plan’s)' })
  id!: string;

  @Field(() => String, { description: 'The local version’s or edition’s code; for an outlet plan, its outlet’s code' })
  code!: string;

  @Field(() => LocalizedText, { nullable: true, description: 'Its title; for an outlet plan, its outlet’s name' })
  title!: LocalizedText | null;

  unitId!: string | null;

  @Field(() => ApprovalState)
  state!: ApprovalState;

  @Field(() => String, { nullable: true })
  submittedBy!: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => String, { nullable: true })
  decidedBy!: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => Int, { description: 'The revision to approve or return (the one reviewed)' })
  revision!: number;
}

@ObjectType({ description: 'What awaits the signed-in user, and what they sent that came back, across every subject type' })
export class Inbox {
  @Field(() => [InboxItem], { description: 'Sent up by the units directly below yours, for you to approve or return (never your own submissions); longest waiting first' })
  awaitingMe!: InboxItem[];

  @Field(() => [InboxItem], { description: 'Your unit’s submissions returned with comments, to change and resubmit; newest first' })
  returnedToMe!: InboxItem[];

  @Field(() => Int, { description: 'How many items await you (the menu badge)' })
  awaitingCount!: number;
}
