/**
 * Local versions (本地化版本) over GraphQL: the documents and the calls the
 * console makes, typed by the generator. Inherited values come in each kind's
 * own shape; the aliases keep them apart so one query reads them all.
 */
import { graphql } from '../../gql';
import type { ApprovalState, LvInheritedFragment, LvRecordFragment, SetLocalValueInput } from '../../gql/graphql';
import { gql } from '../../graphql';

graphql(`
  fragment LvRecord on LocalVersion {
    id code status version title { zh en }
    orgUnit { code name { zh en } parent { code } }
    createdAt createdBy updatedAt submittedAt submittedBy decidedAt decidedBy hasConflicts
    baseEdition { code }
    changes { path kind policy value conflict { rule message } }
    notApplicable { path conflict { rule message } }
    history { id action fromState toState actorName comment revision occurredAt itemComments { path comment } }
  }
`);

graphql(`
  fragment LvInherited on PolicedValue {
    __typename kind path policy setBy { unitCode unit { code name { zh en } } layerKind layerId layerCode revision }
    ... on IntValue { int: value }
    ... on RangeValue { range: value { min max } }
    ... on MoneyValue { money: value { amount currency } }
    ... on TextValue { text: value { zh en } }
    ... on TextListValue { texts: value { zh en } }
    ... on RequirementValue { requirement: value }
    ... on CodeListValue { codes: value { code name { zh en } } }
  }
`);

const LIST = graphql(`
  query LvList($unit: String!, $status: ApprovalState) { localVersions(orgUnitCode: $unit, status: $status) { ...LvRecord } }
`);
const ONE = graphql(`query LvOne($id: ID!) { localVersion(id: $id) { ...LvRecord } }`);
const INHERITED = graphql(`
  query LvInheritedValues($unit: String!) { effectiveStandard(orgUnitCode: $unit) { values { ...LvInherited } } }
`);
const REVIEW = graphql(`
  query LvReview($id: ID!) {
    localVersionReview(id: $id) { path notApplicable change { path kind policy value conflict { rule message } } inherited { ...LvInherited } }
  }
`);
const LEVELS = graphql(`
  query LvLevels($unit: String!, $path: String!) {
    valueAcrossLevels(orgUnitCode: $unit, path: $path) { setHere orgUnit { code name { zh en } level } value { ...LvInherited } }
  }
`);
const CREATE = graphql(`mutation LvCreate($input: CreateLocalVersionInput!) { createLocalVersion(input: $input) { ...LvRecord } }`);
const SET = graphql(`mutation LvSet($input: SetLocalValueInput!) { setLocalValue(input: $input) { ...LvRecord } }`);
const CLEAR = graphql(`mutation LvClear($id: ID!, $v: Int!, $path: String!) { clearLocalChange(id: $id, expectedVersion: $v, path: $path) { ...LvRecord } }`);
const NOT_APPLICABLE = graphql(`
  mutation LvNotApplicable($id: ID!, $v: Int!, $path: String!) { markLocalNotApplicable(id: $id, expectedVersion: $v, path: $path) { ...LvRecord } }
`);
const SUBMIT = graphql(`mutation LvSubmit($id: ID!, $v: Int!, $c: String) { submitLocalVersion(id: $id, expectedVersion: $v, comment: $c) { ...LvRecord } }`);
const WITHDRAW = graphql(`mutation LvWithdraw($id: ID!, $v: Int!, $c: String) { withdrawLocalVersion(id: $id, expectedVersion: $v, comment: $c) { ...LvRecord } }`);
const APPROVE = graphql(`mutation LvApprove($id: ID!, $r: Int!, $c: String) { approveLocalVersion(id: $id, revision: $r, comment: $c) { ...LvRecord } }`);
const RETURN = graphql(`
  mutation LvReturn($id: ID!, $r: Int!, $c: String!, $items: [ItemCommentInput!]) {
    returnLocalVersion(id: $id, revision: $r, comment: $c, itemComments: $items) { ...LvRecord }
  }
`);

export type LocalVersionRecord = LvRecordFragment;
export type InheritedValue = LvInheritedFragment;

export const fetchLocalVersions = async (unit: string, status: ApprovalState | null, signal?: AbortSignal) =>
  (await gql(LIST, { unit, status }, { signal })).localVersions as LocalVersionRecord[];
export const fetchLocalVersion = async (id: string, signal?: AbortSignal) =>
  (await gql(ONE, { id }, { signal })).localVersion as LocalVersionRecord | null;
/** What a unit inherits: the standard in force at its parent. */
export const fetchInherited = async (parentCode: string, signal?: AbortSignal) =>
  ((await gql(INHERITED, { unit: parentCode }, { signal })).effectiveStandard?.values ?? []) as InheritedValue[];
export const fetchReview = async (id: string, signal?: AbortSignal) => (await gql(REVIEW, { id }, { signal })).localVersionReview;
export const fetchValueAcrossLevels = async (unit: string, path: string, signal?: AbortSignal) =>
  (await gql(LEVELS, { unit, path }, { signal })).valueAcrossLevels;

const record = (r: unknown) => r as LocalVersionRecord;
export const createLocalVersion = async (input: { orgUnitCode: string; code: string; title: { zh: string; en: string } }) =>
  record((await gql(CREATE, { input })).createLocalVersion);
export const setLocalValue = async (input: SetLocalValueInput) => record((await gql(SET, { input })).setLocalValue);
export const clearLocalChange = async (id: string, v: number, path: string) => record((await gql(CLEAR, { id, v, path })).clearLocalChange);
export const markLocalNotApplicable = async (id: string, v: number, path: string) =>
  record((await gql(NOT_APPLICABLE, { id, v, path })).markLocalNotApplicable);
export const submitLocalVersion = async (id: string, v: number, c?: string | null) => record((await gql(SUBMIT, { id, v, c })).submitLocalVersion);
export const withdrawLocalVersion = async (id: string, v: number, c?: string | null) =>
  record((await gql(WITHDRAW, { id, v, c })).withdrawLocalVersion);
/** `revision` is the version the approver reviewed: the API refuses if it moved since. */
export const approveLocalVersion = async (id: string, r: number, c?: string | null) => record((await gql(APPROVE, { id, r, c })).approveLocalVersion);
export const returnLocalVersion = async (id: string, r: number, c: string, items: { path: string; comment: string }[]) =>
  record((await gql(RETURN, { id, r, c, items: items.length ? items : null })).returnLocalVersion);
