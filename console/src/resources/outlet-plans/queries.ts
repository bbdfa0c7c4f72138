/**
 * Outlet plans (落地方案) over GraphQL: the documents the wizard and the
 * review page send, typed by the generator.
 */
import { graphql } from '../../gql';
import type { OpPlanFragment, OutletFactsInput, PlanActionInput } from '../../gql/graphql';
import { gql } from '../../graphql';

graphql(`
  fragment OpPlan on OutletPlan {
    id status version compliant gapCount submittedAt submittedBy decidedAt decidedBy
    orgUnit { code category name { zh en } parent { code } }
    facts { floorArea acknowledgedRules staffing { position current target } zones { zone status } devices { deviceType count } }
    gaps { path kind addressed expectedMin expectedMax expectedRequirement actualCount actualZone setBy { unitCode unit { code name { zh en } } layerCode } }
    actions { id path who what dueDate expectedEffect done }
    justifications { path text }
    history { id action actorName comment occurredAt }
  }
`);

const ONE = graphql(`query OpOne($code: String!) { outletPlan(outletCode: $code) { ...OpPlan } }`);
const PATHS = graphql(`query OpPaths($code: String!) { effectiveStandard(orgUnitCode: $code) { values { path } } orgUnit(code: $code) { code category } }`);
const SAVE = graphql(`mutation OpSave($code: String!, $v: Int, $f: OutletFactsInput!) { saveOutletFacts(outletCode: $code, version: $v, facts: $f) { ...OpPlan } }`);
const ADD = graphql(`mutation OpAdd($code: String!, $v: Int!, $a: PlanActionInput!) { addPlanAction(outletCode: $code, version: $v, action: $a) { ...OpPlan } }`);
const REMOVE = graphql(`mutation OpRemove($code: String!, $v: Int!, $id: ID!) { removePlanAction(outletCode: $code, version: $v, actionId: $id) { ...OpPlan } }`);
const JUSTIFY = graphql(`mutation OpJustify($code: String!, $v: Int!, $p: String!, $t: String!) { justifyGap(outletCode: $code, version: $v, path: $p, text: $t) { ...OpPlan } }`);
const SUBMIT = graphql(`mutation OpSubmit($code: String!, $v: Int!) { submitOutletPlan(outletCode: $code, version: $v) { ...OpPlan } }`);
const APPROVE = graphql(`mutation OpApprove($code: String!, $r: Int!, $c: String) { approveOutletPlan(outletCode: $code, revision: $r, comment: $c) { ...OpPlan } }`);
const RETURN = graphql(`mutation OpReturn($code: String!, $r: Int!, $c: String!) { returnOutletPlan(outletCode: $code, revision: $r, comment: $c) { ...OpPlan } }`);

export type OutletPlanRecord = OpPlanFragment;

export interface FactLists {
  positions: string[];
  zones: string[];
  devices: string[];
}

/** The segment after `/<kind>/` in each requirement path of the outlet's own category. */
function codesOf(paths: string[], kind: string): string[] {
  const codes = new Set<string>();
  for (const p of paths) {
    const parts = p.split('/');
    const at = parts.indexOf(kind);
    if (at >= 0 && parts[at + 1]) codes.add(parts[at + 1]);
  }
  return [...codes].sort();
}

export const outletPlanApi = {
  async plan(code: string, signal?: AbortSignal) {
    return (await gql(ONE, { code }, { signal })).outletPlan ?? null;
  },
  /** Positions, zones and device types the outlet's effective standard sets requirements for. */
  async lists(code: string, signal?: AbortSignal): Promise<FactLists> {
    const data = await gql(PATHS, { code }, { signal });
    const category = data.orgUnit?.category;
    const all = (data.effectiveStandard?.values ?? []).map((v) => v.path);
    const own = category ? all.filter((p) => p.startsWith(`outletCategories/${category}/`)) : all;
    return { positions: codesOf(own, 'staffing'), zones: codesOf(own, 'zones'), devices: codesOf(own, 'devices') };
  },
  // A zone the outlet lacks is recorded by leaving it out: the API knows only PRESENT and PLANNED.
  save: async (code: string, v: number | null, f: OutletFactsInput) =>
    (await gql(SAVE, { code, v, f: { ...f, zones: f.zones.filter((z) => z.status !== 'ABSENT') } })).saveOutletFacts,
  add: async (code: string, v: number, a: PlanActionInput) => (await gql(ADD, { code, v, a })).addPlanAction,
  remove: async (code: string, v: number, id: string) => (await gql(REMOVE, { code, v, id })).removePlanAction,
  justify: async (code: string, v: number, p: string, t: string) => (await gql(JUSTIFY, { code, v, p, t })).justifyGap,
  submit: async (code: string, v: number) => (await gql(SUBMIT, { code, v })).submitOutletPlan,
  approve: async (code: string, r: number, c: string | null) => (await gql(APPROVE, { code, r, c })).approveOutletPlan,
  return: async (code: string, r: number, c: string) => (await gql(RETURN, { code, r, c })).returnOutletPlan,
};
