/**
 * The head-office standard over GraphQL: the documents and typed calls the
 * standard-editions resource and its pages use (through graphql.ts's client).
 */
import { gql } from '../graphql';
import type {
  EditionDiff,
  EditionListRecord,
  EditionNode,
  EditionRecord,
  EditionSummary,
  EffectiveStandard,
  StandardItemKind,
} from './types';

// ---------------------------------------------------------------------------
// Fragments

const T = 'zh en';

const SUMMARY_FIELDS = /* GraphQL */ `
  fragment StdEditionSummary on StandardEdition {
    code
    title { ${T} }
    summary { ${T} }
    status
    isCurrent
    version
    createdAt
    createdBy
    updatedAt
    publishedAt
    publishedBy
    basedOn { code title { ${T} } }
  }
`;

const CATEGORY_FIELDS = /* GraphQL */ `
  fragment StdOutletCategory on OutletCategory {
    code
    categoryCode
    name { ${T} }
    description { ${T} }
    marketingStaffMin { value policy }
    salesServiceStaffMin { value policy }
    lobbyStaffTotal { policy range { min max } }
    staffing { position policy range { min max } note { ${T} } }
    devices { deviceType min policy }
    smartDevices { deviceTypes policy }
    zones { zone requirement policy note { ${T} } }
    outboundMarketing { policy text { ${T} } }
    notes { ${T} }
  }
`;

const CONTENT_FIELDS = /* GraphQL */ `
  fragment StdEditionContent on StandardEdition {
    outletCategories { ...StdOutletCategory }
    positions {
      code kind name { ${T} } reportsTo summary { ${T} }
      duties { ${T} } dutiesPolicy capabilities { ${T} }
    }
    zones {
      code name { ${T} } purpose { ${T} } principles { ${T} } positions
      equipment { code name { ${T} } } equipmentPolicy
    }
    deviceTypes { code kind name { ${T} } }
    customerTiers {
      code segment name { ${T} } rule { ${T} } principle { ${T} }
      assetsFrom { amount currency } assetsBelow { amount currency } personalLoansFrom { amount currency }
      thresholdPolicy thresholdPolicyReason { ${T} } positions zones
    }
    serviceRules {
      code category core title { ${T} } text { ${T} }
      parameters {
        code type name { ${T} } policy unit intValue
        range { min max } money { amount currency }
        codes { code label { ${T} } } texts { ${T} }
      }
    }
    classifiers { code kind name { ${T} } }
    validation { ok problems { path rule message } }
  }
  ${CATEGORY_FIELDS}
`;

const LABEL_FIELDS = /* GraphQL */ `
  fragment StdEditionLabels on StandardEdition {
    outletCategories { code name { ${T} } }
    positions { code name { ${T} } }
    zones { code name { ${T} } }
    deviceTypes { code name { ${T} } }
    customerTiers { code name { ${T} } }
    serviceRules { code title { ${T} } }
    classifiers { code kind name { ${T} } }
  }
`;

// ---------------------------------------------------------------------------
// Documents

const LIST_QUERY = /* GraphQL */ `
  query StdEditions { standardEditions { ...StdEditionSummary } }
  ${SUMMARY_FIELDS}
`;

const ONE_QUERY = /* GraphQL */ `
  query StdEdition($code: String!) {
    standardEdition(code: $code) { ...StdEditionSummary ...StdEditionContent }
  }
  ${SUMMARY_FIELDS}
  ${CONTENT_FIELDS}
`;

const CURRENT_QUERY = /* GraphQL */ `
  query StdCurrentEdition { currentStandardEdition { code } }
`;

/** Mutations answer with the edition's own facts; the pages then read the whole edition again. */
const EDITION_RESULT = `...StdEditionSummary validation { ok problems { path rule message } }`;

const CREATE_DRAFT = /* GraphQL */ `
  mutation StdCreateDraft($input: CreateStandardDraftInput!) {
    createStandardDraft(input: $input) { ${EDITION_RESULT} }
  }
  ${SUMMARY_FIELDS}
`;

const UPDATE_EDITION = /* GraphQL */ `
  mutation StdUpdateEdition($input: UpdateStandardEditionInput!) {
    updateStandardEdition(input: $input) { ${EDITION_RESULT} }
  }
  ${SUMMARY_FIELDS}
`;

/** Save mutation and input type per kind of item. */
export const SAVE_MUTATIONS: Record<StandardItemKind, { field: string; input: string }> = {
  OUTLET_CATEGORY: { field: 'saveOutletCategory', input: 'OutletCategoryInput' },
  POSITION: { field: 'savePosition', input: 'PositionInput' },
  ZONE: { field: 'saveZone', input: 'ZoneInput' },
  DEVICE_TYPE: { field: 'saveDeviceType', input: 'DeviceTypeInput' },
  CUSTOMER_TIER: { field: 'saveCustomerTier', input: 'CustomerTierInput' },
  SERVICE_RULE: { field: 'saveServiceRule', input: 'ServiceRuleInput' },
  CLASSIFIER: { field: 'saveClassifier', input: 'ClassifierInput' },
};

const saveDocument = (kind: StandardItemKind) => {
  const { field, input } = SAVE_MUTATIONS[kind];
  return /* GraphQL */ `
    mutation StdSave_${kind}($editionCode: String!, $expectedVersion: Int!, $input: ${input}!) {
      ${field}(editionCode: $editionCode, expectedVersion: $expectedVersion, input: $input) { ${EDITION_RESULT} }
    }
    ${SUMMARY_FIELDS}
  `;
};

const REMOVE_ITEM = /* GraphQL */ `
  mutation StdRemoveItem($editionCode: String!, $expectedVersion: Int!, $kind: StandardItemKind!, $code: String!) {
    removeStandardItem(editionCode: $editionCode, expectedVersion: $expectedVersion, kind: $kind, code: $code) { ${EDITION_RESULT} }
  }
  ${SUMMARY_FIELDS}
`;

const PUBLISH = /* GraphQL */ `
  mutation StdPublish($editionCode: String!, $expectedVersion: Int!) {
    publishStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion) { ${EDITION_RESULT} }
  }
  ${SUMMARY_FIELDS}
`;

const VALIDATION_QUERY = /* GraphQL */ `
  query StdValidation($code: String!) {
    standardEdition(code: $code) { code version status validation { ok problems { path rule message } } }
  }
`;

const DIFF_QUERY = /* GraphQL */ `
  query StdDiff($from: String!, $to: String!) {
    standardEditionDiff(from: $from, to: $to) {
      from { ...StdEditionSummary ...StdEditionLabels }
      to { ...StdEditionSummary ...StdEditionLabels }
      changes { kind code change fields { field before after } }
    }
  }
  ${SUMMARY_FIELDS}
  ${LABEL_FIELDS}
`;

const EFFECTIVE_QUERY = /* GraphQL */ `
  query StdEffective($code: String!) {
    effectiveStandard(orgUnitCode: $code) {
      orgUnit { code name { ${T} } level category }
      setBy { code name { ${T} } level }
      edition {
        ...StdEditionSummary
        positions { code kind name { ${T} } reportsTo summary { ${T} } duties { ${T} } dutiesPolicy capabilities { ${T} } }
        zones { code name { ${T} } purpose { ${T} } principles { ${T} } positions equipment { code name { ${T} } } equipmentPolicy }
        deviceTypes { code kind name { ${T} } }
      }
      outletCategory { ...StdOutletCategory }
    }
  }
  ${SUMMARY_FIELDS}
  ${CATEGORY_FIELDS}
`;

// ---------------------------------------------------------------------------
// Calls

export type EditionResult = EditionSummary & { validation: EditionNode['validation'] };

export const toListRecord = (e: EditionSummary): EditionListRecord => ({ ...e, id: e.code, basedOnCode: e.basedOn?.code ?? null });
export const toRecord = (e: EditionNode): EditionRecord => ({ ...e, id: e.code, basedOnCode: e.basedOn?.code ?? null });

export async function fetchEditions(signal?: AbortSignal): Promise<EditionListRecord[]> {
  const data = await gql<{ standardEditions: EditionSummary[] }>(LIST_QUERY, {}, { signal });
  return data.standardEditions.map(toListRecord);
}

export async function fetchEdition(code: string, signal?: AbortSignal): Promise<EditionRecord | null> {
  const data = await gql<{ standardEdition: EditionNode | null }>(ONE_QUERY, { code }, { signal });
  return data.standardEdition ? toRecord(data.standardEdition) : null;
}

export async function fetchCurrentEditionCode(): Promise<string | null> {
  const data = await gql<{ currentStandardEdition: { code: string } | null }>(CURRENT_QUERY);
  return data.currentStandardEdition?.code ?? null;
}

export interface CreateDraftInput {
  code: string;
  title: { zh: string; en: string };
  summary?: { zh: string; en: string } | null;
  basedOnCode?: string | null;
}

export async function createDraft(input: CreateDraftInput): Promise<EditionResult> {
  const data = await gql<{ createStandardDraft: EditionResult }>(CREATE_DRAFT, { input });
  return data.createStandardDraft;
}

export interface UpdateEditionInput {
  editionCode: string;
  expectedVersion: number;
  title?: { zh: string; en: string };
  summary?: { zh: string; en: string };
}

export async function updateEdition(input: UpdateEditionInput): Promise<EditionResult> {
  const data = await gql<{ updateStandardEdition: EditionResult }>(UPDATE_EDITION, { input });
  return data.updateStandardEdition;
}

/** Adds or replaces (by code) one item of a draft; answers the edition with its new version. */
export async function saveItem(
  kind: StandardItemKind,
  editionCode: string,
  expectedVersion: number,
  input: object,
): Promise<EditionResult> {
  const data = await gql<Record<string, EditionResult>>(saveDocument(kind), { editionCode, expectedVersion, input });
  return data[SAVE_MUTATIONS[kind].field];
}

export async function removeItem(
  kind: StandardItemKind,
  editionCode: string,
  expectedVersion: number,
  code: string,
): Promise<EditionResult> {
  const data = await gql<{ removeStandardItem: EditionResult }>(REMOVE_ITEM, { editionCode, expectedVersion, kind, code });
  return data.removeStandardItem;
}

export async function publishEdition(editionCode: string, expectedVersion: number): Promise<EditionResult> {
  const data = await gql<{ publishStandardEdition: EditionResult }>(PUBLISH, { editionCode, expectedVersion });
  return data.publishStandardEdition;
}

export async function fetchValidation(code: string): Promise<Pick<EditionNode, 'code' | 'version' | 'status' | 'validation'> | null> {
  const data = await gql<{ standardEdition: Pick<EditionNode, 'code' | 'version' | 'status' | 'validation'> | null }>(
    VALIDATION_QUERY,
    { code },
  );
  return data.standardEdition;
}

export async function fetchDiff(from: string, to: string, signal?: AbortSignal): Promise<EditionDiff> {
  const data = await gql<{ standardEditionDiff: EditionDiff }>(DIFF_QUERY, { from, to }, { signal });
  return data.standardEditionDiff;
}

export async function fetchEffectiveStandard(code: string, signal?: AbortSignal): Promise<EffectiveStandard | null> {
  const data = await gql<{ effectiveStandard: EffectiveStandard | null }>(EFFECTIVE_QUERY, { code }, { signal });
  return data.effectiveStandard;
}
