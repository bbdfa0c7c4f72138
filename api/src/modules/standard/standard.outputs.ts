import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { StandardItemKind } from './standard.kinds.js';

/** What the standard reports back: publication problems and differences between editions. */

@ObjectType({ description: 'One problem that keeps a draft from being published' })
export class ValidationProblem {
  @Field(() => String, { description: 'Where: kind/code/field, e.g. outletCategory/GENERAL/staffing' })
  path!: string;

  @Field(() => String)
  rule!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType()
export class ValidationReport {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => [ValidationProblem])
  problems!: ValidationProblem[];
}

export enum ChangeType {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
registerEnumType(ChangeType, { name: 'ChangeType' });

@ObjectType({ description: 'One field that differs, with its old and new values (JSON)' })
export class FieldDiff {
  @Field(() => String)
  field!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before?: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after?: unknown;
}

@ObjectType({ description: 'One content item that was added, removed or changed' })
export class ItemDiff {
  @Field(() => StandardItemKind)
  kind!: StandardItemKind;

  @Field(() => String, { description: 'Item code (classifiers: KIND/CODE)' })
  code!: string;

  @Field(() => ChangeType)
  change!: ChangeType;

  @Field(() => [FieldDiff])
  fields!: FieldDiff[];
}

@ObjectType({ description: 'One kind of content an edition holds, and where it lives in this API (from the kind registry)' })
export class StandardKindInfo {
  @Field(() => StandardItemKind)
  kind!: StandardItemKind;

  @Field(() => String, { description: 'Its list field on StandardEdition, e.g. outletCategories' })
  listField!: string;

  @Field(() => String, { description: 'The mutation that adds or replaces one item, e.g. saveOutletCategory' })
  saveMutation!: string;

  @Field(() => String, { description: 'The input type of that mutation, e.g. OutletCategoryInput' })
  inputType!: string;

  @Field(() => [String], { description: 'Fields that identify an item in its edition; removeStandardItem and the diff join them with "/"' })
  keyFields!: string[];

  @Field(() => String, { description: 'First segment of validation problem paths, e.g. outletCategory' })
  reportKey!: string;

  @Field(() => [String], { description: 'Audit operations recorded when an item is saved or removed' })
  auditOperations!: string[];
}
