/**
 * What applies to one unit (effectiveStandard): the document and its types,
 * as the generator derives them. Every value comes with its policy and the
 * layer that set it, the same shape for every value kind, so the page shows
 * provenance one way everywhere.
 */
import { graphql } from '../../gql';
import type { StdEffectiveQuery } from '../../gql/graphql';
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
      }
      outletCategory {
        code name { zh en } description { zh en } notes { zh en }
        marketingStaffMin { value ...StdSourced }
        salesServiceStaffMin { value ...StdSourced }
        lobbyStaffTotal { value { min max } ...StdSourced }
        staffing { position range { value { min max } ...StdSourced } }
        devices { deviceType min { value ...StdSourced } }
        smartDevices { value { code } ...StdSourced }
        zones { zone requirement { value ...StdSourced } }
        outboundMarketing { value { zh en } ...StdSourced }
      }
    }
  }
`);

graphql(`
  fragment StdValueSource on ValueSource { unitCode unit { code name { zh en } } layerKind layerCode revision }
`);
/** What every policed value carries besides its value: its path, policy and source. */
graphql(`
  fragment StdSourced on PolicedValue { path policy setBy { ...StdValueSource } }
`);

export type EffectiveStandard = NonNullable<StdEffectiveQuery['effectiveStandard']>;
export type EffectiveOutletCategory = NonNullable<EffectiveStandard['outletCategory']>;
export type ValueSource = EffectiveStandard['layers'][number];
/** One policed value's policy and source (its value is typed where it is read). */
export type Sourced = Omit<EffectiveOutletCategory['marketingStaffMin'], 'value'>;

export async function fetchEffectiveStandard(code: string, signal?: AbortSignal): Promise<EffectiveStandard | null> {
  const data = await gql(EFFECTIVE_QUERY, { code }, { signal });
  return data.effectiveStandard;
}
