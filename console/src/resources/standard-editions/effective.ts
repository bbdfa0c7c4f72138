/**
 * What applies to one unit (effectiveStandard): the document and its types,
 * as the generator derives them. Every value comes with its policy and the
 * layer that set it, the same shape for every value kind, so the page shows
 * provenance one way everywhere.
 */
import { graphql } from '../../gql';
import type { StdBeforeFragment, StdEffectiveQuery } from '../../gql/graphql';
import { gql } from '../../graphql';

/** The names the page shows for codes come from the edition's positions, zones and devices. */
const EFFECTIVE_QUERY = graphql(`
  query StdEffective($code: String!) {
    effectiveStandard(orgUnitCode: $code) {
      orgUnit { code name { zh en } level category }
      layers { ...StdValueSource }
      edition {
        code title { zh en } status isCurrent version
        positions { ...StdPositionFields }
        zones { ...StdZoneFields }
        deviceTypes { ...StdDeviceTypeFields }
        customerTiers { code name { zh en } }
        serviceRules { code title { zh en } parameters { code name { zh en } } }
      }
      values { ...StdShownValue }
      localItems { kind key path data setBy { ...StdValueSource } }
      outletCategory {
        code name { zh en } description { zh en } notes { zh en }
        marketingStaffMin { value ...StdSourced overrode { value ...StdBefore } }
        salesServiceStaffMin { value ...StdSourced overrode { value ...StdBefore } }
        lobbyStaffTotal { value { min max } ...StdSourced overrode { value { min max } ...StdBefore } }
        staffing { position range { value { min max } ...StdSourced overrode { value { min max } ...StdBefore } } }
        devices { deviceType min { value ...StdSourced overrode { value ...StdBefore } } }
        smartDevices { value { code } ...StdSourced overrode { value { code name { zh en } } ...StdBefore } }
        zones { zone requirement { value ...StdSourced overrode { value ...StdBefore } } }
        outboundMarketing { value { zh en } ...StdSourced overrode { value { zh en } ...StdBefore } }
      }
    }
  }
`);

graphql(`
  fragment StdValueSource on ValueSource { unitCode unit { code name { zh en } } layerKind layerId layerCode revision }
`);
/** What every policed value carries besides its value: its path, policy and source. */
graphql(`
  fragment StdSourced on PolicedValue { path policy setBy { ...StdValueSource } }
`);
/** Who set the value a policed value replaced (its `overrode`). */
graphql(`
  fragment StdBefore on PolicedValue { setBy { unitCode unit { code name { zh en } } layerCode } }
`);
/**
 * Any policed value with its value and the value it replaced. The kinds'
 * values have different GraphQL types, so each is read under its own alias
 * (as LvInherited does), and `overrode`, which each kind's type declares for
 * itself, once per kind. Kept to one alias per kind and level: the server
 * limits aliases per request.
 */
graphql(`
  fragment StdShownValue on PolicedValue {
    path kind policy setBy { ...StdValueSource }
    ... on IntValue { int: value overrode { int: value ...StdBefore } }
    ... on RangeValue { range: value { min max } overrode { range: value { min max } ...StdBefore } }
    ... on MoneyValue { money: value { amount currency } overrode { money: value { amount currency } ...StdBefore } }
    ... on TextValue { text: value { zh en } overrode { text: value { zh en } ...StdBefore } }
    ... on TextListValue { texts: value { zh en } overrode { texts: value { zh en } ...StdBefore } }
    ... on CodeListValue { codes: value { code name { zh en } } overrode { codes: value { code name { zh en } } ...StdBefore } }
    ... on RequirementValue { requirement: value overrode { requirement: value ...StdBefore } }
  }
`);

export type EffectiveStandard = NonNullable<StdEffectiveQuery['effectiveStandard']>;
export type EffectiveOutletCategory = NonNullable<EffectiveStandard['outletCategory']>;
export type ValueSource = EffectiveStandard['layers'][number];
/** Who set the value a value replaced, with that value under its kind's alias (or `value` where the field's type is known). */
export type Before = StdBeforeFragment & Record<string, unknown>;
/** One policed value's policy, source and what it overrode (its value is typed where it is read). */
export type Sourced = Pick<ShownValue, 'path' | 'policy' | 'setBy'> & { overrode?: Before | null };
/** Any value in force, with its value in its kind's alias. */
export type ShownValue = EffectiveStandard['values'][number];
export type EffectiveLocalItem = EffectiveStandard['localItems'][number];

export async function fetchEffectiveStandard(code: string, signal?: AbortSignal): Promise<EffectiveStandard | null> {
  const data = await gql(EFFECTIVE_QUERY, { code }, { signal });
  return data.effectiveStandard;
}


/** The value a shown value holds, whichever alias its kind reads it under (`value` where the field's type is known). */
export function rawValue(v: object): unknown {
  const found = ['int', 'range', 'money', 'text', 'texts', 'codes', 'requirement', 'value'].find((k) => k in v && (v as Record<string, unknown>)[k] !== undefined);
  return found ? (v as Record<string, unknown>)[found] : null;
}
