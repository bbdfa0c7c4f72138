import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { LocalizedTextInput } from '../../shared/localized-text.js';
import { OrgLevel, OrgUnitStatus, TierTwoKind } from './org-unit.entity.js';

@InputType({ description: 'Which units to list' })
export class OrgUnitFilter {
  @Field(() => OrgLevel, { nullable: true })
  level?: OrgLevel | null;

  @Field(() => OrgUnitStatus, { nullable: true })
  status?: OrgUnitStatus | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive match on code, Chinese or English name' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Only the direct children of this unit' })
  parentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only units below this one (its whole subtree, itself excluded)' })
  under?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this unit and the units below it' })
  within?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only these codes' })
  codes?: string[] | null;
}

export enum OrgUnitOrderField {
  CODE = 'CODE',
  /** Chinese name (in the database's collation order) */
  NAME = 'NAME',
  NAME_EN = 'NAME_EN',
  LEVEL = 'LEVEL',
  CITY = 'CITY',
}
registerEnumType(OrgUnitOrderField, { name: 'OrgUnitOrderField', description: 'Sort order of unit lists (ties broken by code)' });

@InputType()
export class CreateOrgUnitInput {
  @Field(() => String, { description: 'Unique business code: A-Z, 0-9, _ and -, at most 32 characters' })
  code!: string;

  @Field(() => OrgLevel)
  level!: OrgLevel;

  @Field(() => String, { nullable: true, description: 'Parent unit, exactly one level up; none for head office' })
  parentCode?: string | null;

  @Field(() => LocalizedTextInput)
  name!: LocalizedTextInput;

  @Field(() => TierTwoKind, { nullable: true, description: 'Tier-two units only; defaults to BRANCH' })
  tierTwoKind?: TierTwoKind | null;

  @Field(() => String, { nullable: true, description: 'Outlets only: the code of an outlet category of the edition in force' })
  category?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;
}

@InputType()
export class UpdateOrgUnitInput {
  @Field(() => String)
  code!: string;

  @Field(() => Int, { description: 'The version you edited; a newer one means someone else changed the unit' })
  expectedVersion!: number;

  @Field(() => LocalizedTextInput, { nullable: true })
  name?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true, description: 'Empty string clears it' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty string clears it' })
  address?: string | null;

  @Field(() => TierTwoKind, { nullable: true })
  tierTwoKind?: TierTwoKind | null;

  @Field(() => String, { nullable: true, description: 'Outlets only: the code of an outlet category of the edition in force' })
  category?: string | null;
}

@InputType()
export class RenameOrgUnitInput {
  @Field(() => String)
  code!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => LocalizedTextInput)
  name!: LocalizedTextInput;
}

@InputType()
export class MoveOrgUnitInput {
  @Field(() => String)
  code!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { description: 'New parent, at the level directly above the unit' })
  newParentCode!: string;
}

@InputType()
export class CloseOrgUnitInput {
  @Field(() => String)
  code!: string;

  @Field(() => Int)
  expectedVersion!: number;
}
