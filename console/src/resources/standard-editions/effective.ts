/**
 * What applies to one unit (effectiveStandard): the document and its types.
 * Every value comes with its policy and the layer that set it, the same shape
 * for every value kind, so the page shows provenance one way everywhere.
 */
import { gql } from '../../graphql';
import type { EditionContent, EditionSummary, IntRange, LocalizedText, OutletCategoryCode, Policy, ZoneRequirementLevel } from './types';
import { contentSelection, fragmentDefinitions, loadKinds, spreadFields, type KindMeta, type StandardItemKind } from './kinds';

export type LayerKind = 'EDITION' | 'LOCAL_VERSION';

export interface ValueSource {
  unitCode: string;
  unit: { code: string; name: LocalizedText } | null;
  layerKind: LayerKind;
  layerCode: string;
  revision: number;
}

/** One policed value: its path, value, policy and source. */
export interface Sourced<V> {
  path: string;
  value: V;
  policy: Policy;
  setBy: ValueSource;
}

export interface EffectiveOutletCategory {
  code: string;
  name: LocalizedText;
  description: LocalizedText;
  marketingStaffMin: Sourced<number>;
  salesServiceStaffMin: Sourced<number> | null;
  lobbyStaffTotal: Sourced<IntRange>;
  staffing: { position: string; range: Sourced<IntRange> }[];
  devices: { deviceType: string; min: Sourced<number> }[];
  smartDevices: Sourced<{ code: string }[]> | null;
  zones: { zone: string; requirement: Sourced<ZoneRequirementLevel> }[];
  outboundMarketing: Sourced<LocalizedText>;
  notes: LocalizedText[];
}

export interface EffectiveStandard {
  orgUnit: { code: string; name: LocalizedText; level: string; category: OutletCategoryCode | null };
  layers: ValueSource[];
  edition: Pick<EditionSummary, 'code' | 'title' | 'status' | 'isCurrent' | 'version'> & Pick<EditionContent, 'positions' | 'zones' | 'deviceTypes'>;
  outletCategory: EffectiveOutletCategory | null;
}

const T = 'zh en';
const SOURCED = `path policy setBy { unitCode unit { code name { ${T} } } layerKind layerCode revision }`;

/** The names the page shows for codes come from the edition's positions, zones and devices. */
const LOOKUP_KINDS: StandardItemKind[] = ['POSITION', 'ZONE', 'DEVICE_TYPE'];
const effectiveQuery = (allKinds: KindMeta[]) => {
  const kinds = allKinds.filter((k) => LOOKUP_KINDS.includes(k.kind));
  return /* GraphQL */ `
  query StdEffective($code: String!) {
    effectiveStandard(orgUnitCode: $code) {
      orgUnit { code name { ${T} } level category }
      layers { unitCode unit { code name { ${T} } } layerKind layerCode revision }
      edition {
        code title { ${T} } status isCurrent version
        ${contentSelection(kinds, spreadFields)}
      }
      outletCategory {
        code name { ${T} } description { ${T} } notes { ${T} }
        marketingStaffMin { value ${SOURCED} }
        salesServiceStaffMin { value ${SOURCED} }
        lobbyStaffTotal { value { min max } ${SOURCED} }
        staffing { position range { value { min max } ${SOURCED} } }
        devices { deviceType min { value ${SOURCED} } }
        smartDevices { value { code } ${SOURCED} }
        zones { zone requirement { value ${SOURCED} } }
        outboundMarketing { value { ${T} } ${SOURCED} }
      }
    }
  }
  ${fragmentDefinitions(kinds)}
`;
};

export async function fetchEffectiveStandard(code: string, signal?: AbortSignal): Promise<EffectiveStandard | null> {
  const data = await gql<{ effectiveStandard: EffectiveStandard | null }>(effectiveQuery(await loadKinds()), { code }, { signal });
  return data.effectiveStandard;
}
