import { Field, Int, ObjectType } from 'type-graphql';
import { LayerKind } from '../standard/effective.js';
import { PolicedValue } from '../standard/effective-standard.types.js';
import { OrgUnitView } from '../org-unit/org-unit.view.js';

@ObjectType({ description: 'One value an outlet group would see change: before (in force now) and after (with the draft), each with who sets it' })
export class ImpactValueChange {
  @Field(() => String, { description: 'Its value path, e.g. customerTiers/MID_HIGH_END/assetsFrom' })
  path!: string;

  @Field(() => PolicedValue, { nullable: true, description: 'The value in force now; null where the draft adds it' })
  before!: PolicedValue | null;

  @Field(() => PolicedValue, { nullable: true, description: 'The value once the draft is in force; null where the draft drops it' })
  after!: PolicedValue | null;
}

@ObjectType({ description: 'The outlets of one category under one tier-two branch that would see values change' })
export class ImpactGroup {
  /** Resolved to views by the resolver (batched, scoped); the ids stay internal. */
  tierOneId!: string;
  tierTwoId!: string;

  @Field(() => String, { description: 'Code of the tier-one branch (一级分行)' })
  tierOneCode!: string;

  @Field(() => String, { description: 'Code of the tier-two branch (二级分行/城区管辖支行)' })
  tierTwoCode!: string;

  @Field(() => OrgUnitView, { nullable: true })
  tierOneBranch?: OrgUnitView | null;

  @Field(() => OrgUnitView, { nullable: true })
  tierTwoBranch?: OrgUnitView | null;

  @Field(() => String, { nullable: true, description: 'The outlets’ category (网点分类); null for outlets not yet classified' })
  outletCategory!: string | null;

  @Field(() => Int, { description: 'Open outlets in the group' })
  outlets!: number;

  @Field(() => [ImpactValueChange])
  changes!: ImpactValueChange[];
}

@ObjectType({ description: '影响预览: which outlets below a draft would see which values change once it is in force' })
export class ImpactPreview {
  @Field(() => LayerKind, { description: 'A head-office edition or a branch’s local version' })
  subjectKind!: LayerKind;

  @Field(() => String, { description: 'Code of the draft edition or local version' })
  subjectCode!: string;

  @Field(() => Int, { description: 'Open outlets below the draft’s unit, affected or not' })
  outletsBelow!: number;

  @Field(() => Int, { description: 'Outlets that would see at least one value change' })
  outletsAffected!: number;

  @Field(() => Int, { description: 'Units whose standard would change: the affected outlets and the tier-one and tier-two branches above them' })
  unitsAffected!: number;

  @Field(() => [ImpactGroup], { description: 'Affected outlets by tier-one branch, tier-two branch and category' })
  groups!: ImpactGroup[];
}

@ObjectType({ description: 'An outlet whose compliance the draft would change' })
export class ImpactComplianceExample {
  @Field(() => String) outletCode!: string;
  @Field(() => String) nameZh!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => String, { description: 'STOPS: compliant now, with gaps under the draft; STARTS: with gaps now, compliant under the draft' })
  direction!: string;
  @Field(() => [String], { description: 'Gap kinds it would have (STOPS), or has now and would lose (STARTS)' })
  gapKinds!: string[];
}

@ObjectType({ description: 'How many outlets with approved facts would start or stop meeting the standard once the draft is in force' })
export class ImpactComplianceDelta {
  @Field(() => Int, { description: 'Outlets below with approved facts, the ones measured' }) outletsAssessed!: number;
  @Field(() => Int, { description: 'Compliant now, with gaps under the draft' }) stopMeeting!: number;
  @Field(() => Int, { description: 'With gaps now, compliant under the draft' }) startMeeting!: number;
  @Field(() => [ImpactComplianceExample], { description: 'Up to ten outlets of each direction, by code' }) examples!: ImpactComplianceExample[];
}
