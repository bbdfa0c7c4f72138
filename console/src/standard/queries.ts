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
} from './types';
import { contentSelection, kindMeta, labelFields, loadKinds, type KindMeta, type StandardItemKind } from './kinds';

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

// ---------------------------------------------------------------------------
// Documents

const LIST_QUERY = /* GraphQL */ `
  query StdEditions { standardEditions { ...StdEditionSummary } }
  ${SUMMARY_FIELDS}
`;

/** The whole edition: every kind's list (names from the API's kind registry) with the fields its views read. */
const oneQuery = (kinds: KindMeta[]) => /* GraphQL */ `
  query StdEdition($code: String!) {
    standardEdition(code: $code) {
      ...StdEditionSummary
      ${contentSelection(kinds, (k) => k.fields)}
      validation { ok problems { path rule message } }
    }
  }
  ${SUMMARY_FIELDS}
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

/** A kind's save mutation, as the API's kind registry names it. */
const saveDocument = ({ kind, saveMutation, inputType }: KindMeta) => /* GraphQL */ `
  mutation StdSave_${kind}($editionCode: String!, $expectedVersion: Int!, $input: ${inputType}!) {
    ${saveMutation}(editionCode: $editionCode, expectedVersion: $expectedVersion, input: $input) { ${EDITION_RESULT} }
  }
  ${SUMMARY_FIELDS}
`;

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

const diffQuery = (kinds: KindMeta[]) => /* GraphQL */ `
  query StdDiff($from: String!, $to: String!) {
    standardEditionDiff(from: $from, to: $to) {
      from { ...StdEditionSummary ${contentSelection(kinds, labelFields)} }
      to { ...StdEditionSummary ${contentSelection(kinds, labelFields)} }
      changes { kind code change fields { field before after } }
    }
  }
  ${SUMMARY_FIELDS}
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
  const data = await gql<{ standardEdition: EditionNode | null }>(oneQuery(await loadKinds()), { code }, { signal });
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
  await loadKinds();
  const meta = kindMeta(kind);
  const data = await gql<Record<string, EditionResult>>(saveDocument(meta), { editionCode, expectedVersion, input });
  return data[meta.saveMutation];
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
  const data = await gql<{ standardEditionDiff: EditionDiff }>(diffQuery(await loadKinds()), { from, to }, { signal });
  return data.standardEditionDiff;
}
