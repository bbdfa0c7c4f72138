import { Field, ID, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from '../../shared/localized-text.js';
import { OrgUnitView } from '../org-unit/org-unit.view.js';
import { StandardEdition } from './standard.entities.js';
import { IntRange, Money, Policy, ZoneRequirementLevel } from './standard.types.js';
import { LayerKind } from './effective.js';
import { VALUE_KINDS, type ValueKind } from './policy.js';
import { GraphQLJSON } from 'graphql-scalars';
import { StandardItemKind } from './standard.kinds.js';

/**
 * What effectiveStandard answers: every policed value as one generic shape per
 * value kind (IntValue, RangeValue, …), each with its path, value, policy, the
 * layer that set it and the value it overrode. The shapes are the same
 * wherever a value appears, so a client reads provenance one way everywhere.
 */

registerEnumType(LayerKind, {
  name: 'LayerKind',
  description: 'What kind of layer set a value',
  valuesConfig: {
    EDITION: { description: '总行标准版本: a head-office edition' },
    LOCAL_VERSION: { description: '本地化版本: a branch’s approved local version' },
  },
});

const ValueKindEnum = Object.fromEntries(VALUE_KINDS.map((k) => [k, k])) as Record<ValueKind, ValueKind>;
registerEnumType(ValueKindEnum, { name: 'ValueKind', description: 'The kind of a policed value (policy.ts): what its policy compares' });

@ObjectType({ description: 'Who set a value: the unit, its layer (edition or local version) and the layer’s revision' })
export class ValueSource {
  @Field(() => String, { description: 'Code of the unit that set the value, e.g. HO' })
  unitCode!: string;

  /** Resolved by the effective-standard resolver (batched); the id stays internal. */
  unitId!: string;

  @Field(() => LayerKind)
  layerKind!: LayerKind;

  @Field(() => ID)
  layerId!: string;

  @Field(() => String, { description: 'Code of the edition or local version, e.g. HO-2026-01' })
  layerCode!: string;

  @Field(() => Int, { description: 'The layer’s revision (its version) when it was published or approved' })
  revision!: number;
}

@ObjectType({ description: 'An item of a list of codes: a code with its name where it has one' })
export class CodedItem {
  @Field(() => String)
  code!: string;

  @Field(() => LocalizedText, { nullable: true })
  name!: LocalizedText | null;
}

const TYPE_BY_KIND: Record<ValueKind, string> = {
  INTEGER: 'IntValue',
  RANGE: 'RangeValue',
  MONEY: 'MoneyValue',
  CODE_LIST: 'CodeListValue',
  TEXT_LIST: 'TextListValue',
  TEXT: 'TextValue',
  REQUIREMENT: 'RequirementValue',
};

@InterfaceType({
  description: 'A value a lower level may change within its policy, with where it came from',
  resolveType: (v: { kind: ValueKind }) => TYPE_BY_KIND[v.kind],
})
export abstract class PolicedValue {
  @Field(() => String, { description: 'Its value path, e.g. outletCategories/LARGE_FULL_FUNCTION/marketingStaffMin' })
  path!: string;

  @Field(() => ValueKindEnum)
  kind!: ValueKind;

  @Field(() => Policy, { description: 'How the levels below may change it' })
  policy!: Policy;

  @Field(() => ValueSource, { description: 'The layer that set the value in force' })
  setBy!: ValueSource;
}

/**
 * One output type per value kind, made by one factory: the kinds differ only
 * in their value's GraphQL type. Each kind's `overrode` is its own type, since
 * the value it replaced had the same kind.
 */
/** What a @Field takes as its type (type-graphql does not export the name). */
type ReturnTypeFunc = NonNullable<Parameters<typeof Field>[0]>;

function policedValueType<V>(name: string, value: ReturnTypeFunc) {
  @ObjectType(name, { implements: PolicedValue })
  class KindValue extends PolicedValue {
    @Field(value)
    value!: V;

    @Field(() => KindValue, { nullable: true, description: 'The value this one replaced; null when head office set it' })
    overrode!: KindValue | null;
  }
  return KindValue;
}

export const IntValue = policedValueType<number>('IntValue', () => Int);
export const RangeValue = policedValueType<IntRange>('RangeValue', () => IntRange);
export const MoneyValue = policedValueType<Money>('MoneyValue', () => Money);
export const TextValue = policedValueType<LocalizedText>('TextValue', () => LocalizedText);
export const TextListValue = policedValueType<LocalizedText[]>('TextListValue', () => [LocalizedText]);
export const CodeListValue = policedValueType<CodedItem[]>('CodeListValue', () => [CodedItem]);
export const RequirementValue = policedValueType<ZoneRequirementLevel>('RequirementValue', () => ZoneRequirementLevel);
export type IntValue = InstanceType<typeof IntValue>;
export type RangeValue = InstanceType<typeof RangeValue>;
export type TextValue = InstanceType<typeof TextValue>;
export type CodeListValue = InstanceType<typeof CodeListValue>;
export type RequirementValue = InstanceType<typeof RequirementValue>;

/** Every kind's output type, for the schema's orphaned types (reached only through the interface). */
export const VALUE_TYPES = [IntValue, RangeValue, MoneyValue, TextValue, TextListValue, CodeListValue, RequirementValue];

@ObjectType({ description: 'Staff required for one position, in force for this unit' })
export class EffectiveStaffing {
  @Field(() => String, { description: 'Position code' })
  position!: string;

  @Field(() => RangeValue)
  range!: RangeValue;

  @Field(() => LocalizedText, { nullable: true })
  note!: LocalizedText | null;
}

@ObjectType({ description: 'A self-service device minimum in force for this unit' })
export class EffectiveDevice {
  @Field(() => String, { description: 'Device type code' })
  deviceType!: string;

  @Field(() => IntValue)
  min!: IntValue;
}

@ObjectType({ description: 'Whether the outlet must have a zone' })
export class EffectiveZoneRequirement {
  @Field(() => String, { description: 'Zone code' })
  zone!: string;

  @Field(() => RequirementValue)
  requirement!: RequirementValue;

  @Field(() => LocalizedText, { nullable: true })
  note!: LocalizedText | null;
}

@ObjectType({ description: 'What an outlet of this category must have, each value with its policy and source' })
export class EffectiveOutletCategory {
  @Field(() => String)
  code!: string;

  @Field(() => LocalizedText)
  name!: LocalizedText;

  @Field(() => LocalizedText)
  description!: LocalizedText;

  @Field(() => IntValue, { description: 'Marketing and service staff in all, head and deputies included' })
  marketingStaffMin!: IntValue;

  @Field(() => IntValue, { nullable: true, description: 'Front-line sales/service staff besides head and deputies' })
  salesServiceStaffMin!: IntValue | null;

  @Field(() => RangeValue, { description: 'Lobby managers and guides together' })
  lobbyStaffTotal!: RangeValue;

  @Field(() => [EffectiveStaffing])
  staffing!: EffectiveStaffing[];

  @Field(() => [EffectiveDevice], { description: 'Self-service device minimums' })
  devices!: EffectiveDevice[];

  @Field(() => CodeListValue, { nullable: true, description: 'Smart devices to deploy' })
  smartDevices!: CodeListValue | null;

  @Field(() => [EffectiveZoneRequirement])
  zones!: EffectiveZoneRequirement[];

  @Field(() => TextValue, { description: '走出去: outbound marketing expectation' })
  outboundMarketing!: TextValue;

  @Field(() => [LocalizedText], { description: 'Remarks shown with the category' })
  notes!: LocalizedText[];

  @Field(() => [PolicedValue], { description: 'Every value above in one list, by path' })
  values!: PolicedValue[];
}

@ObjectType({ description: 'An item a branch on the path added to the standard it inherits (a local position, service rule…), with the layer that added it' })
export class EffectiveLocalItem {
  @Field(() => StandardItemKind)
  kind!: StandardItemKind;

  @Field(() => String, { description: 'Its key within its kind, e.g. WEALTH_MANAGER' })
  key!: string;

  @Field(() => String, { description: 'Its path, e.g. positions/WEALTH_MANAGER; its policed values are under it in `values`' })
  path!: string;

  @Field(() => GraphQLJSON, { description: 'The item as its kind stores it (the fields of Position, ServiceRule, …)' })
  data!: Record<string, unknown>;

  @Field(() => ValueSource, { description: 'The branch and local version that added it' })
  setBy!: ValueSource;
}

@ObjectType({
  description:
    'The standard that applies to one unit: head office’s current edition folded with the approved layers on the path down to the unit, every value carrying its policy and who set it',
})
export class EffectiveStandard {
  @Field(() => OrgUnitView)
  orgUnit!: OrgUnitView;

  @Field(() => StandardEdition, { description: 'The head-office edition the layers start from; its lists are head office’s own values' })
  edition!: StandardEdition;

  @Field(() => [ValueSource], { description: 'The layers folded into this answer, head office first' })
  layers!: ValueSource[];

  @Field(() => [EffectiveLocalItem], { description: 'Items the branches on the path added, in path order (the edition’s lists hold head office’s items only)' })
  localItems!: EffectiveLocalItem[];

  @Field(() => EffectiveOutletCategory, { nullable: true, description: 'This outlet’s category requirements (null for branches and uncategorized outlets)' })
  outletCategory!: EffectiveOutletCategory | null;
}

@ObjectType({ description: 'One level’s value at a path: what is in force at that unit, and whether that unit set it (“why is it 14 here?”)' })
export class LevelValue {
  @Field(() => OrgUnitView)
  orgUnit!: OrgUnitView;

  @Field(() => PolicedValue, { nullable: true, description: 'The value in force at this level; null where the path does not apply (removed or absent)' })
  value!: PolicedValue | null;

  @Field(() => Boolean, { description: 'Whether this unit’s own layer set the value' })
  setHere!: boolean;
}
