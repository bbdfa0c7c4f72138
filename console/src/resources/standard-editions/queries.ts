/**
 * The head-office standard over GraphQL: the documents and calls behind the
 * standard-editions resource and its custom data-provider methods
 * (data.ts). Documents are typed by the generator; only a kind's save
 * mutation, whose name and input type the API's kind registry gives, is
 * assembled here from the kind list.
 */
import { graphql } from '../../gql';
import { StdEditionResultFragmentDoc, type CreateStandardDraftInput, type UpdateStandardEditionInput } from '../../gql/graphql';
import { gql } from '../../graphql';
import type { EditionDiff, EditionListRecord, EditionNode, EditionRecord, EditionResult, EditionSummary } from './types';
import { kindMeta, loadKinds, type KindMeta, type StandardItemKind } from './kinds';

// ---------------------------------------------------------------------------
// Fragments

graphql(`
  fragment StdEditionSummary on StandardEdition {
    code
    title { zh en }
    summary { zh en }
    status
    isCurrent
    version
    createdAt
    createdBy
    updatedAt
    publishedAt
    publishedBy
    approvalState
    approvedRevision
    submittedBy
    submittedAt
    decidedBy
    decidedAt
    basedOn { code title { zh en } }
  }
`);

/** Mutations answer with the edition's own facts; the pages then read the whole edition again. */
graphql(`
  fragment StdEditionResult on StandardEdition {
    ...StdEditionSummary
    validation { ok problems { path rule message } }
  }
`);

/** What changed between two editions (the diff's item labels follow the kind list). */
graphql(`
  fragment StdDiffChanges on EditionDiff {
    changes { kind code change fields { field before after } }
  }
`);

// ---------------------------------------------------------------------------
// Documents

const LIST_QUERY = graphql(`
  query StdEditions { standardEditions { ...StdEditionSummary } }
`);


const CREATE_DRAFT = graphql(`
  mutation StdCreateDraft($input: CreateStandardDraftInput!) {
    createStandardDraft(input: $input) { ...StdEditionResult }
  }
`);

const UPDATE_EDITION = graphql(`
  mutation StdUpdateEdition($input: UpdateStandardEditionInput!) {
    updateStandardEdition(input: $input) { ...StdEditionResult }
  }
`);

const REMOVE_ITEM = graphql(`
  mutation StdRemoveItem($editionCode: String!, $expectedVersion: Int!, $kind: StandardItemKind!, $code: String!) {
    removeStandardItem(editionCode: $editionCode, expectedVersion: $expectedVersion, kind: $kind, code: $code) { ...StdEditionResult }
  }
`);

const PUBLISH = graphql(`
  mutation StdPublish($editionCode: String!, $expectedVersion: Int!) {
    publishStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion) { ...StdEditionResult }
  }
`);

// The approval workflow: the author submits or withdraws, another head-office approver approves or returns.
const SUBMIT = graphql(`
  mutation StdSubmit($editionCode: String!, $expectedVersion: Int!, $comment: String) {
    submitStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion, comment: $comment) { ...StdEditionResult }
  }
`);

const WITHDRAW = graphql(`
  mutation StdWithdraw($editionCode: String!, $expectedVersion: Int!, $comment: String) {
    withdrawStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion, comment: $comment) { ...StdEditionResult }
  }
`);

const APPROVE = graphql(`
  mutation StdApprove($editionCode: String!, $expectedVersion: Int!, $comment: String) {
    approveStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion, comment: $comment) { ...StdEditionResult }
  }
`);

const RETURN = graphql(`
  mutation StdReturn($editionCode: String!, $expectedVersion: Int!, $comment: String!) {
    returnStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion, comment: $comment) { ...StdEditionResult }
  }
`);

const VALIDATION_QUERY = graphql(`
  query StdValidation($code: String!) {
    standardEdition(code: $code) { code version status approvalState validation { ok problems { path rule message } } }
  }
`);

/** The whole edition: every kind's list with its fragment. */
const ONE_QUERY = graphql(`
  query StdEdition($code: String!) {
    standardEdition(code: $code) {
      ...StdEditionSummary
      ...StdEditionContent
      validation { ok problems { path rule message } }
      history { id action fromState toState actorName comment revision occurredAt }
    }
  }
`);

/** A kind's save mutation, as the API's kind registry names it. */
const saveDocument = ({ kind, saveMutation, inputType }: KindMeta) => /* GraphQL */ `
  mutation StdSave_${kind}($editionCode: String!, $expectedVersion: Int!, $input: ${inputType}!) {
    ${saveMutation}(editionCode: $editionCode, expectedVersion: $expectedVersion, input: $input) { ...StdEditionResult }
  }
  ${StdEditionResultFragmentDoc}
`;

const DIFF_QUERY = graphql(`
  query StdDiff($from: String!, $to: String!) {
    standardEditionDiff(from: $from, to: $to) {
      from { ...StdEditionSummary ...StdEditionLabels }
      to { ...StdEditionSummary ...StdEditionLabels }
      ...StdDiffChanges
    }
  }
`);

// ---------------------------------------------------------------------------
// Calls

export const toListRecord = (e: EditionSummary): EditionListRecord => ({ ...e, id: e.code, basedOnCode: e.basedOn?.code ?? null });
export const toRecord = (e: EditionNode): EditionRecord => ({ ...e, id: e.code, basedOnCode: e.basedOn?.code ?? null });

export async function fetchEditions(signal?: AbortSignal): Promise<EditionListRecord[]> {
  const data = await gql(LIST_QUERY, {}, { signal });
  return data.standardEditions.map(toListRecord);
}

export async function fetchEdition(code: string, signal?: AbortSignal): Promise<EditionRecord | null> {
  // The pages that show content find the kinds loaded (kindMeta).
  const [data] = await Promise.all([gql(ONE_QUERY, { code }, { signal }), loadKinds()]);
  return data.standardEdition ? toRecord(data.standardEdition) : null;
}


export async function createDraft(input: CreateStandardDraftInput): Promise<EditionResult> {
  const data = await gql(CREATE_DRAFT, { input });
  return data.createStandardDraft;
}

export async function updateEdition(input: UpdateStandardEditionInput): Promise<EditionResult> {
  const data = await gql(UPDATE_EDITION, { input });
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
  const data = await gql(REMOVE_ITEM, { editionCode, expectedVersion, kind, code });
  return data.removeStandardItem;
}

export async function publishEdition(editionCode: string, expectedVersion: number): Promise<EditionResult> {
  const data = await gql(PUBLISH, { editionCode, expectedVersion });
  return data.publishStandardEdition;
}

/** One step of the approval workflow on the revision on screen; the API refuses a revision changed since (VERSION_CONFLICT). */
export async function editionWorkflowStep(step: EditionWorkflowStep, editionCode: string, expectedVersion: number, comment: string | null): Promise<EditionResult> {
  switch (step) {
    case 'submit':
      return (await gql(SUBMIT, { editionCode, expectedVersion, comment })).submitStandardEdition;
    case 'withdraw':
      return (await gql(WITHDRAW, { editionCode, expectedVersion, comment })).withdrawStandardEdition;
    case 'approve':
      return (await gql(APPROVE, { editionCode, expectedVersion, comment })).approveStandardEdition;
    case 'return':
      return (await gql(RETURN, { editionCode, expectedVersion, comment: comment ?? '' })).returnStandardEdition;
  }
}

export type EditionWorkflowStep = 'submit' | 'withdraw' | 'approve' | 'return';

export async function fetchValidation(code: string) {
  const data = await gql(VALIDATION_QUERY, { code });
  return data.standardEdition;
}

export async function fetchDiff(from: string, to: string, signal?: AbortSignal): Promise<EditionDiff> {
  const [data] = await Promise.all([gql(DIFF_QUERY, { from, to }, { signal }), loadKinds()]);
  return data.standardEditionDiff;
}
