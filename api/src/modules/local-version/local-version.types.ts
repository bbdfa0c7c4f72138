import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { LocalizedText } from '../../shared/localized-text.js';
import { Policy } from '../standard/standard.types.js';
import { StandardItemKind } from '../standard/standard.kinds.js';
import { ItemComment } from '../approval/approval-event.entity.js';
import { LocalVersion } from './local-version.entity.js';
import { StandardEdition } from '../standard/standard.entities.js';
import { PolicedValue } from '../standard/effective-standard.types.js';

@ObjectType({ description: 'Why a change no longer fits what the branch inherits (found when head office published a new edition)' })
export class ChangeConflictView {
  @Field(() => String, { description: 'The policy rule it now breaks, e.g. policy-raise-only' })
  rule!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType({ description: 'A value a local version changes' })
export class LocalChangeView {
  @Field(() => String, { description: 'Value path, e.g. customerTiers/MID_HIGH_END/assetsFrom' })
  path!: string;

  @Field(() => String, { description: 'The value kind (INTEGER, RANGE, MONEY, CODE_LIST, TEXT_LIST, TEXT, REQUIREMENT)' })
  kind!: string;

  @Field(() => GraphQLJSON, { description: 'The local value, in the kind’s shape (a number, { min, max }, { amount, currency }, …)' })
  value!: unknown;

  @Field(() => Policy, { description: 'The policy this branch hands down to the levels below' })
  policy!: Policy;

  @Field(() => ChangeConflictView, { nullable: true, description: 'Set when the change no longer fits; it then has no effect until resolved' })
  conflict!: ChangeConflictView | null;
}

@ObjectType({ description: 'An inherited item a local version marks not applicable' })
export class LocalRemovalView {
  @Field(() => String)
  path!: string;

  @Field(() => ChangeConflictView, { nullable: true })
  conflict!: ChangeConflictView | null;
}

@ObjectType({ description: 'An item a local version adds that the inherited standard lacks (a local position, service rule…)' })
export class LocalItemView {
  @Field(() => StandardItemKind)
  kind!: StandardItemKind;

  @Field(() => String, { description: 'Its key within its kind, e.g. WEALTH_MANAGER' })
  key!: string;

  @Field(() => String, { description: 'Its path, e.g. positions/WEALTH_MANAGER; its policed values are under it' })
  path!: string;

  @Field(() => GraphQLJSON, { description: 'The item as its kind stores it (the fields of Position, ServiceRule, …)' })
  data!: Record<string, unknown>;

  @Field(() => ChangeConflictView, { nullable: true, description: 'Set when the inherited standard now has an item with this key; it then has no effect until resolved' })
  conflict!: ChangeConflictView | null;
}

@InputType()
export class CreateLocalVersionInput {
  @Field(() => String, { description: 'The tier-one or tier-two branch localizing the standard' })
  orgUnitCode!: string;

  @Field(() => String, { description: 'A-Z, 0-9 and "-", e.g. GD-2026-01' })
  code!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;
}

@InputType()
export class SetLocalValueInput {
  @Field(() => String)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { description: 'Value path, as effectiveStandard lists them' })
  path!: string;

  @Field(() => GraphQLJSON, { description: 'The local value, in the shape of the value’s kind' })
  value!: unknown;

  @Field(() => Policy, {
    nullable: true,
    description: 'The policy for the levels below: the inherited one, or stricter; the inherited one when left out. Required for a keyed entry the unit adds (a staffing row for its own position)',
  })
  policy?: Policy | null;
}

@InputType()
export class ItemCommentInput implements ItemComment {
  @Field(() => String)
  path!: string;

  @Field(() => String)
  comment!: string;
}

@ObjectType({ description: 'One path a local version changes or removes, beside what its unit inherits now (the reviewer’s diff)' })
export class LocalChangeReview {
  @Field(() => String)
  path!: string;

  @Field(() => PolicedValue, { nullable: true, description: 'The inherited value, its policy and who set it; null if nothing is inherited there any more' })
  inherited!: PolicedValue | null;

  @Field(() => LocalChangeView, { nullable: true, description: 'The local value; null when the path is marked not applicable' })
  change!: LocalChangeView | null;

  @Field(() => Boolean)
  notApplicable!: boolean;
}
