import { Field, InputType, Int } from 'type-graphql';
import { LocalizedText } from '../../shared/localized-text.js';
import {
  ClassifierKind,
  CustomerSegment,
  DeviceKind,
  DeviceRequirement,
  Policy,
  PolicedCodeList,
  PolicedEquipmentList,
  PolicedInt,
  PolicedMoney,
  PolicedRange,
  PolicedText,
  PolicedTextList,
  PositionKind,
  RuleCategory,
  RuleParameterInput,
  StaffingRequirement,
  ZoneRequirement,
} from './standard.types.js';

@InputType()
export class CreateStandardDraftInput {
  @Field(() => String, { description: 'New edition code: A-Z, 0-9 and "-", e.g. HO-2027-01' })
  code!: string;

  @Field(() => LocalizedText)
  title!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true })
  summary?: LocalizedText | null;

  @Field(() => String, { nullable: true, description: 'Edition to copy: a published edition, or a withdrawn draft to start again from (the new draft is then based on the edition it was based on); empty draft when omitted' })
  basedOnCode?: string | null;
}

@InputType()
export class UpdateStandardEditionInput {
  @Field(() => String)
  editionCode!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => LocalizedText, { nullable: true })
  title?: LocalizedText | null;

  @Field(() => LocalizedText, { nullable: true })
  summary?: LocalizedText | null;
}

@InputType()
export class PositionInput {
  @Field(() => String) code!: string;
  @Field(() => PositionKind, { defaultValue: PositionKind.POSITION }) kind!: PositionKind;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => String, { nullable: true }) reportsTo?: string | null;
  @Field(() => LocalizedText, { nullable: true }) summary?: LocalizedText | null;
  @Field(() => PolicedTextList, { defaultValue: { value: [], policy: Policy.EXTEND_ONLY } }) duties!: PolicedTextList;
  @Field(() => [LocalizedText], { defaultValue: [] }) capabilities!: LocalizedText[];
}

@InputType()
export class ZoneInput {
  @Field(() => String) code!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => LocalizedText) purpose!: LocalizedText;
  @Field(() => [LocalizedText], { defaultValue: [] }) principles!: LocalizedText[];
  @Field(() => [String], { defaultValue: [] }) positions!: string[];
  @Field(() => PolicedEquipmentList, { defaultValue: { value: [], policy: Policy.EXTEND_ONLY } }) equipment!: PolicedEquipmentList;
}

@InputType()
export class DeviceTypeInput {
  @Field(() => String) code!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => DeviceKind) kind!: DeviceKind;
}

@InputType()
export class OutletCategoryInput {
  @Field(() => String) code!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => LocalizedText) description!: LocalizedText;
  @Field(() => PolicedInt) marketingStaffMin!: PolicedInt;
  @Field(() => PolicedInt, { nullable: true }) salesServiceStaffMin?: PolicedInt | null;
  @Field(() => PolicedRange) lobbyStaffTotal!: PolicedRange;
  @Field(() => [StaffingRequirement]) staffing!: StaffingRequirement[];
  @Field(() => [DeviceRequirement], { defaultValue: [] }) devices!: DeviceRequirement[];
  @Field(() => PolicedCodeList, { nullable: true }) smartDevices?: PolicedCodeList | null;
  @Field(() => [ZoneRequirement], { defaultValue: [] }) zones!: ZoneRequirement[];
  @Field(() => PolicedText) outboundMarketing!: PolicedText;
  @Field(() => [LocalizedText], { defaultValue: [] }) notes!: LocalizedText[];
}

@InputType()
export class CustomerTierInput {
  @Field(() => String) code!: string;
  @Field(() => CustomerSegment) segment!: CustomerSegment;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => LocalizedText) rule!: LocalizedText;
  @Field(() => PolicedMoney, { nullable: true }) assetsFrom?: PolicedMoney | null;
  @Field(() => PolicedMoney, { nullable: true }) assetsBelow?: PolicedMoney | null;
  @Field(() => PolicedMoney, { nullable: true }) personalLoansFrom?: PolicedMoney | null;
  @Field(() => LocalizedText, { nullable: true }) thresholdPolicyReason?: LocalizedText | null;
  @Field(() => LocalizedText) principle!: LocalizedText;
  @Field(() => [String], { defaultValue: [] }) positions!: string[];
  @Field(() => [String], { defaultValue: [] }) zones!: string[];
}

@InputType()
export class ClassifierInput {
  @Field(() => ClassifierKind) kind!: ClassifierKind;
  @Field(() => String) code!: string;
  @Field(() => LocalizedText) name!: LocalizedText;
}

@InputType()
export class ServiceRuleInput {
  @Field(() => String) code!: string;
  @Field(() => RuleCategory) category!: RuleCategory;
  @Field(() => LocalizedText) title!: LocalizedText;
  @Field(() => LocalizedText) text!: LocalizedText;
  @Field(() => Boolean) core!: boolean;
  @Field(() => [RuleParameterInput], { defaultValue: [] }) parameters!: RuleParameterInput[];
}
