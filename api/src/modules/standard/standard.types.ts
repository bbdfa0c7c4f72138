import { Field, Float, InputType, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../shared/localized-text.js';

/**
 * Value types of the head-office standard. Each nested shape is one class that
 * serves both as the output type and (suffixed `Input`) as the input type, so
 * what an author sends is exactly what integrators read back. The one
 * exception is a rule parameter: its output is typed per parameter type,
 * which GraphQL inputs cannot express (see RuleParameterInput).
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
registerEnumType(ParameterType, { name: 'ParameterType', description: 'The type of a rule parameter’s value' });

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

@ObjectType({ description: 'One item of a zone’s physical configuration (物理配置)' })
@InputType('EquipmentInput')
export class Equipment {
  @Field(() => String)
  code!: string;

  @Field(() => LocalizedText)
  name!: LocalizedText;
}

/** What a @Field takes as its type (type-graphql does not export the name). */
type ReturnTypeFunc = NonNullable<Parameters<typeof Field>[0]>;

/**
 * Every value a lower level may change is stored and served as one shape,
 * `{ value, policy }`, whatever the value's type: so the effective standard,
 * the diff and the console find a value and its policy the same way
 * everywhere. One factory makes each type's output and input (`…Input`), which
 * differ only in the value's GraphQL type.
 */
function policed<V>(name: string, value: ReturnTypeFunc, description: string) {
  @ObjectType(name, { description: `${description}, with the policy for changing it` })
  @InputType(`${name}Input`)
  class Policed {
    @Field(value)
    value!: V;

    @Field(() => Policy, { description: 'How lower levels may change the value' })
    policy!: Policy;
  }
  return Policed;
}

export const PolicedInt = policed<number>('PolicedInt', () => Int, 'A whole number');
export type PolicedInt = InstanceType<typeof PolicedInt>;
export const PolicedRange = policed<IntRange>('PolicedRange', () => IntRange, 'A range of whole numbers');
export type PolicedRange = InstanceType<typeof PolicedRange>;
export const PolicedMoney = policed<Money>('PolicedMoney', () => Money, 'An amount of money');
export type PolicedMoney = InstanceType<typeof PolicedMoney>;
export const PolicedText = policed<LocalizedText>('PolicedText', () => LocalizedText, 'A text');
export type PolicedText = InstanceType<typeof PolicedText>;
export const PolicedTextList = policed<LocalizedText[]>('PolicedTextList', () => [LocalizedText], 'A list of texts');
export type PolicedTextList = InstanceType<typeof PolicedTextList>;
export const PolicedCodeList = policed<string[]>('PolicedCodeList', () => [String], 'A list of codes');
export type PolicedCodeList = InstanceType<typeof PolicedCodeList>;
export const PolicedEquipmentList = policed<Equipment[]>('PolicedEquipmentList', () => [Equipment], 'A list of equipment items');
export type PolicedEquipmentList = InstanceType<typeof PolicedEquipmentList>;

@ObjectType({ description: 'Staff required for one position (岗位配置标准)' })
@InputType('StaffingRequirementInput')
export class StaffingRequirement {
  @Field(() => String, { description: 'Position code' })
  position!: string;

  @Field(() => IntRange)
  value!: IntRange;

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

  @Field(() => Int, { description: 'The minimum number of devices' })
  value!: number;

  @Field(() => Policy)
  policy!: Policy;
}

@ObjectType({ description: 'Whether a category must have a zone' })
@InputType('ZoneRequirementInput')
export class ZoneRequirement {
  @Field(() => String, { description: 'Zone code' })
  zone!: string;

  @Field(() => ZoneRequirementLevel)
  value!: ZoneRequirementLevel;

  @Field(() => LocalizedText, { nullable: true })
  note?: LocalizedText | null;

  @Field(() => Policy)
  policy!: Policy;
}

@ObjectType({ description: 'A code with its label' })
@InputType('CodeLabelInput')
export class CodeLabel {
  @Field(() => String)
  code!: string;

  @Field(() => LocalizedText)
  label!: LocalizedText;
}

/**
 * A typed parameter of a service rule (3 working days, 10-15 invitations, …):
 * like every policed value it holds one `value` and its `policy`. GraphQL
 * cannot type one field by another field's content, so each parameter type is
 * an object type of its own whose `value` has that type; they share this
 * interface, and `type` says which one a parameter is.
 */
@InterfaceType('RuleParameter', {
  description: 'A typed parameter of a service rule (3 working days, 10-15 invitations, …)',
  resolveType: (p: { type: ParameterType }) => PARAMETER_TYPE_NAMES[p.type],
})
export abstract class RuleParameter {
  @Field(() => String, { description: 'Unique across the standard' })
  code!: string;

  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Field(() => ParameterType, { description: 'The type of its value, which names its object type' })
  type!: ParameterType;

  @Field(() => String, { nullable: true, description: 'Unit of INTEGER and RANGE values, e.g. WORKING_DAYS, CLIENTS_PER_DAY' })
  unit?: string | null;

  @Field(() => Policy, { description: 'How lower levels may change the value' })
  policy!: Policy;
}

const PARAMETER_TYPE_NAMES: Record<ParameterType, string> = {
  INTEGER: 'IntParameter',
  RANGE: 'RangeParameter',
  MONEY: 'MoneyParameter',
  CODE_LIST: 'CodeListParameter',
  TEXT_LIST: 'TextListParameter',
};

function parameterType<T extends ParameterType, V>(type: T, value: ReturnTypeFunc) {
  @ObjectType(PARAMETER_TYPE_NAMES[type], { implements: RuleParameter, description: `A rule parameter of type ${type}` })
  class TypedParameter extends RuleParameter {
    declare type: T;

    @Field(value)
    value!: V;
  }
  return TypedParameter;
}

export const IntParameter = parameterType<ParameterType.INTEGER, number>(ParameterType.INTEGER, () => Int);
export const RangeParameter = parameterType<ParameterType.RANGE, IntRange>(ParameterType.RANGE, () => IntRange);
export const MoneyParameter = parameterType<ParameterType.MONEY, Money>(ParameterType.MONEY, () => Money);
export const CodeListParameter = parameterType<ParameterType.CODE_LIST, CodeLabel[]>(ParameterType.CODE_LIST, () => [CodeLabel]);
export const TextListParameter = parameterType<ParameterType.TEXT_LIST, LocalizedText[]>(ParameterType.TEXT_LIST, () => [LocalizedText]);

/** A stored rule parameter: the common fields, and the value its type says. */
export type TypedRuleParameter =
  | InstanceType<typeof IntParameter>
  | InstanceType<typeof RangeParameter>
  | InstanceType<typeof MoneyParameter>
  | InstanceType<typeof CodeListParameter>
  | InstanceType<typeof TextListParameter>;

/**
 * The input of a rule parameter: one input type for every parameter type
 * (GraphQL has no input unions), with one optional field per type. Exactly the
 * field `type` names must be set; the service rule's check refuses anything
 * else, and the stored parameter keeps that field's content as its `value`.
 */
@InputType('RuleParameterInput', { description: 'A rule parameter: set exactly the value field its type names' })
export class RuleParameterInput {
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

  @Field(() => Int, { nullable: true, description: 'The value of an INTEGER parameter' })
  intValue?: number | null;

  @Field(() => IntRange, { nullable: true, description: 'The value of a RANGE parameter' })
  range?: IntRange | null;

  @Field(() => Money, { nullable: true, description: 'The value of a MONEY parameter' })
  money?: Money | null;

  @Field(() => [CodeLabel], { nullable: true, description: 'The value of a CODE_LIST parameter' })
  codes?: CodeLabel[] | null;

  @Field(() => [LocalizedText], { nullable: true, description: 'The value of a TEXT_LIST parameter' })
  texts?: LocalizedText[] | null;
}

/** Which input field holds the value of each parameter type. */
export const PARAMETER_INPUT_FIELD = {
  INTEGER: 'intValue',
  RANGE: 'range',
  MONEY: 'money',
  CODE_LIST: 'codes',
  TEXT_LIST: 'texts',
} as const satisfies Record<ParameterType, keyof RuleParameterInput>;
