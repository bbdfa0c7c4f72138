import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../shared/localized-text.js';

/**
 * Value types of the head-office standard. Each nested shape is one class that
 * serves both as the output type and (suffixed `Input`) as the input type, so
 * what an author sends is exactly what integrators read back.
 */

export enum Policy {
  LOCKED = 'LOCKED',
  RAISE_ONLY = 'RAISE_ONLY',
  LOWER_ONLY = 'LOWER_ONLY',
  EXTEND_ONLY = 'EXTEND_ONLY',
  FREE = 'FREE',
}
registerEnumType(Policy, {
  name: 'Policy',
  description: 'How a lower level (branch or outlet) may change a value head office set',
  valuesConfig: {
    LOCKED: { description: '锁定: keep exactly as given' },
    RAISE_ONLY: { description: '只可提高: may be raised, never lowered (minimums)' },
    LOWER_ONLY: { description: '只可降低: may be lowered, never raised (deadlines, thresholds where lower is stricter)' },
    EXTEND_ONLY: { description: '只可增加: items may be added to the list, none removed' },
    FREE: { description: '自定: the lower level decides' },
  },
});

export enum EditionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(EditionStatus, { name: 'EditionStatus', description: 'A published edition never changes again' });

export enum PositionKind {
  POSITION = 'POSITION',
  SUPPORT_ROLE = 'SUPPORT_ROLE',
}
registerEnumType(PositionKind, { name: 'PositionKind', description: 'An outlet post, or a supporting role such as guards or all staff' });

export enum DeviceKind {
  SELF_SERVICE = 'SELF_SERVICE',
  SMART = 'SMART',
}
registerEnumType(DeviceKind, { name: 'DeviceKind' });

export enum ZoneRequirementLevel {
  REQUIRED = 'REQUIRED',
  OPTIONAL = 'OPTIONAL',
}
registerEnumType(ZoneRequirementLevel, { name: 'ZoneRequirementLevel' });

export enum CustomerSegment {
  INDIVIDUAL = 'INDIVIDUAL',
  CORPORATE = 'CORPORATE',
}
registerEnumType(CustomerSegment, { name: 'CustomerSegment' });

export enum ClassifierKind {
  CORPORATE_KIND = 'CORPORATE_KIND',
  CORPORATE_SIZE = 'CORPORATE_SIZE',
}
registerEnumType(ClassifierKind, { name: 'ClassifierKind', description: 'Code lists the standard defines (corporate client kinds and sizes)' });

export enum RuleCategory {
  ETIQUETTE = 'ETIQUETTE',
  COMPLAINTS = 'COMPLAINTS',
  EMERGENCY = 'EMERGENCY',
  SALES_BEHAVIOUR = 'SALES_BEHAVIOUR',
  SALES_TOOLS = 'SALES_TOOLS',
  MEETINGS = 'MEETINGS',
  PROMOTION_COMPLIANCE = 'PROMOTION_COMPLIANCE',
  OPENING = 'OPENING',
  MEDIA = 'MEDIA',
  ROLLOUT = 'ROLLOUT',
  SERVICE = 'SERVICE',
}
registerEnumType(RuleCategory, { name: 'RuleCategory', description: 'What a service rule is about' });

export enum ParameterType {
  INTEGER = 'INTEGER',
  RANGE = 'RANGE',
  MONEY = 'MONEY',
  CODE_LIST = 'CODE_LIST',
  TEXT_LIST = 'TEXT_LIST',
}
registerEnumType(ParameterType, { name: 'ParameterType', description: 'Which value field of a rule parameter is set' });

@ObjectType({ description: 'Whole numbers from min to max inclusive; max null = no upper limit' })
@InputType('IntRangeInput')
export class IntRange {
  @Field(() => Int)
  min!: number;

  @Field(() => Int, { nullable: true })
  max!: number | null;
}

@ObjectType({ description: 'An amount of money' })
@InputType('MoneyInput')
export class Money {
  @Field(() => Float)
  amount!: number;

  @Field(() => String, { description: 'ISO 4217 code; CNY' })
  currency!: string;
}

@ObjectType({ description: 'A number with the policy for changing it' })
@InputType('PolicyIntInput')
export class PolicyInt {
  @Field(() => Int)
  value!: number;

  @Field(() => Policy)
  policy!: Policy;
}

@ObjectType({ description: 'A range with the policy for changing it' })
@InputType('PolicyRangeInput')
export class PolicyRange {
  @Field(() => IntRange)
  range!: IntRange;

  @Field(() => Policy)
  policy!: Policy;
}

@ObjectType({ description: 'A text with the policy for changing it' })
@InputType('PolicyTextInput')
export class PolicyText {
  @Field(() => LocalizedText)
  text!: LocalizedText;

  @Field(() => Policy)
  policy!: Policy;
}

@ObjectType({ description: 'Staff required for one position (岗位配置标准)' })
@InputType('StaffingRequirementInput')
export class StaffingRequirement {
  @Field(() => String, { description: 'Position code' })
  position!: string;

  @Field(() => IntRange)
  range!: IntRange;

  @Field(() => Policy)
  policy!: Policy;

  @Field(() => LocalizedText, { nullable: true })
  note?: LocalizedText | null;
}

@ObjectType({ description: 'Minimum number of one self-service device type (自助设备布放)' })
@InputType('DeviceRequirementInput')
export class DeviceRequirement {
  @Field(() => String, { description: 'Device type code' })
  deviceType!: string;

  @Field(() => Int)
  min!: number;

  @Field(() => Policy)
  policy!: Policy;
}

@ObjectType({ description: 'Smart devices an outlet of the category should deploy' })
@InputType('SmartDeviceRequirementInput')
export class SmartDeviceRequirement {
  @Field(() => [String])
  deviceTypes!: string[];

  @Field(() => Policy)
  policy!: Policy;
}

@ObjectType({ description: 'Whether a category must have a zone' })
@InputType('ZoneRequirementInput')
export class ZoneRequirement {
  @Field(() => String, { description: 'Zone code' })
  zone!: string;

  @Field(() => ZoneRequirementLevel)
  requirement!: ZoneRequirementLevel;

  @Field(() => LocalizedText, { nullable: true })
  note?: LocalizedText | null;

  @Field(() => Policy)
  policy!: Policy;
}

@ObjectType({ description: 'One item of a zone’s physical configuration (物理配置)' })
@InputType('EquipmentInput')
export class Equipment {
  @Field(() => String)
  code!: string;

  @Field(() => LocalizedText)
  name!: LocalizedText;
}

@ObjectType({ description: 'A code with its label' })
@InputType('CodeLabelInput')
export class CodeLabel {
  @Field(() => String)
  code!: string;

  @Field(() => LocalizedText)
  label!: LocalizedText;
}

@ObjectType({ description: 'A typed parameter of a service rule (3 working days, 10-15 invitations, …)' })
@InputType('RuleParameterInput')
export class RuleParameter {
  @Field(() => String, { description: 'Unique across the standard' })
  code!: string;

  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Field(() => Policy)
  policy!: Policy;

  @Field(() => ParameterType)
  type!: ParameterType;

  @Field(() => String, { nullable: true, description: 'Unit of INTEGER and RANGE values, e.g. WORKING_DAYS, CLIENTS_PER_DAY' })
  unit?: string | null;

  @Field(() => Int, { nullable: true })
  intValue?: number | null;

  @Field(() => IntRange, { nullable: true })
  range?: IntRange | null;

  @Field(() => Money, { nullable: true })
  money?: Money | null;

  @Field(() => [CodeLabel], { nullable: true })
  codes?: CodeLabel[] | null;

  @Field(() => [LocalizedText], { nullable: true })
  texts?: LocalizedText[] | null;
}
