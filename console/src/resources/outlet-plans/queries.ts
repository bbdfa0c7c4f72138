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
const PATHS = graphql(`
  query OpPaths($code: String!) {
    effectiveStandard(orgUnitCode: $code) {
      values { path }
      edition {
        positions { code name { zh en } }
        zones { code name { zh en } }
        deviceTypes { code name { zh en } }
        serviceRules { code core title { zh en } }
      }
      localItems { kind key data }
    }
    orgUnit(code: $code) { code category }
  }
`);
const SAVE = graphql(`mutation OpSave($code: String!, $v: Int, $f: OutletFactsInput!) { saveOutletFacts(outletCode: $code, version: $v, facts: $f) { ...OpPlan } }`);
const ADD = graphql(`mutation OpAdd($code: String!, $v: Int!, $a: PlanActionInput!) { addPlanAction(outletCode: $code, version: $v, action: $a) { ...OpPlan } }`);
const UPDATE = graphql(`mutation OpUpdate($code: String!, $v: Int!, $id: ID!, $a: PlanActionInput!) { updatePlanAction(outletCode: $code, version: $v, actionId: $id, action: $a) { ...OpPlan } }`);
const ACKNOWLEDGE = graphql(`mutation OpAcknowledge($code: String!, $v: Int!, $r: [String!]!) { acknowledgeCoreRules(outletCode: $code, version: $v, rules: $r) { ...OpPlan } }`);
const WITHDRAW = graphql(`mutation OpWithdraw($code: String!, $v: Int!) { withdrawOutletPlan(outletCode: $code, version: $v) { ...OpPlan } }`);
const REMOVE = graphql(`mutation OpRemove($code: String!, $v: Int!, $id: ID!) { removePlanAction(outletCode: $code, version: $v, actionId: $id) { ...OpPlan } }`);
const JUSTIFY = graphql(`mutation OpJustify($code: String!, $v: Int!, $p: String!, $t: String!) { justifyGap(outletCode: $code, version: $v, path: $p, text: $t) { ...OpPlan } }`);
const SUBMIT = graphql(`mutation OpSubmit($code: String!, $v: Int!) { submitOutletPlan(outletCode: $code, version: $v) { ...OpPlan } }`);
const APPROVE = graphql(`mutation OpApprove($code: String!, $r: Int!, $c: String) { approveOutletPlan(outletCode: $code, revision: $r, comment: $c) { ...OpPlan } }`);
const RETURN = graphql(`mutation OpReturn($code: String!, $r: Int!, $c: String!) { returnOutletPlan(outletCode: $code, revision: $r, comment: $c) { ...OpPlan } }`);

export type OutletPlanRecord = OpPlanFragment;

export interface Localized {
  zh: string;
  en: string;
}

export interface FactLists {
  positions: string[];
  zones: string[];
  devices: string[];
  /** The core service rules (核心内容) in force: head office's and the branches' own. */
  coreRules: { code: string; title: Localized | null }[];
  /** Names by requirement segment, e.g. `staffing/OUTLET_HEAD`, `zones/VIP`, `devices/ATM`, `serviceRules/R1`. */
  names: Record<string, Localized>;
}

/** The segment of a requirement path each kind of standard item is named under. */
const SEGMENT = { POSITION: 'staffing', ZONE: 'zones', DEVICE_TYPE: 'devices', SERVICE_RULE: 'serviceRules' } as const;

/**
 * The position, zone, device type or rule a requirement path names, as
 * `staffing/OUTLET_HEAD`, for looking up its name (null when the path names
 * none, e.g. the lobby's total headcount).
 */
export function subjectOfPath(path: string): string | null {
  const parts = path.split('/');
  for (const segment of Object.values(SEGMENT)) {
    const at = parts.indexOf(segment);
    if (at >= 0 && parts[at + 1]) return `${segment}/${parts[at + 1]}`;
  }
  return null;
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
    const edition = data.effectiveStandard?.edition;
    const local = data.effectiveStandard?.localItems ?? [];
    const names: Record<string, Localized> = {};
    const name = (segment: string, code: string, n: Localized | null | undefined) => {
      if (n) names[`${segment}/${code}`] = n;
    };
    edition?.positions.forEach((x) => name(SEGMENT.POSITION, x.code, x.name));
    edition?.zones.forEach((x) => name(SEGMENT.ZONE, x.code, x.name));
    edition?.deviceTypes.forEach((x) => name(SEGMENT.DEVICE_TYPE, x.code, x.name));
    edition?.serviceRules.forEach((x) => name(SEGMENT.SERVICE_RULE, x.code, x.title));
    // A branch's own items carry their names in their data (a rule its title), as the API stores them.
    for (const item of local) {
      const segment = SEGMENT[item.kind as keyof typeof SEGMENT];
      const d = item.data as { name?: Localized; title?: Localized } | null;
      if (segment) name(segment, item.key, d?.name ?? d?.title);
    }
    // Core rules as the API counts them (outlet-plan.service.ts): head office's marked core, plus branches' local rules marked core.
    const coreRules = [
      ...(edition?.serviceRules ?? []).filter((r) => r.core).map((r) => r.code),
      ...local.filter((i) => i.kind === 'SERVICE_RULE' && (i.data as { core?: boolean } | null)?.core === true).map((i) => i.key),
    ].map((code) => ({ code, title: names[`${SEGMENT.SERVICE_RULE}/${code}`] ?? null }));
    return { positions: codesOf(own, 'staffing'), zones: codesOf(own, 'zones'), devices: codesOf(own, 'devices'), coreRules, names };
  },
  // A zone the outlet lacks is recorded by leaving it out: the API knows only PRESENT and PLANNED.
  save: async (code: string, v: number | null, f: OutletFactsInput) =>
    (await gql(SAVE, { code, v, f: { ...f, zones: f.zones.filter((z) => z.status !== 'ABSENT') } })).saveOutletFacts,
  add: async (code: string, v: number, a: PlanActionInput) => (await gql(ADD, { code, v, a })).addPlanAction,
  update: async (code: string, v: number, id: string, a: PlanActionInput) => (await gql(UPDATE, { code, v, id, a })).updatePlanAction,
  acknowledge: async (code: string, v: number, r: string[]) => (await gql(ACKNOWLEDGE, { code, v, r })).acknowledgeCoreRules,
  withdraw: async (code: string, v: number) => (await gql(WITHDRAW, { code, v })).withdrawOutletPlan,
  remove: async (code: string, v: number, id: string) => (await gql(REMOVE, { code, v, id })).removePlanAction,
  justify: async (code: string, v: number, p: string, t: string) => (await gql(JUSTIFY, { code, v, p, t })).justifyGap,
  submit: async (code: string, v: number) => (await gql(SUBMIT, { code, v })).submitOutletPlan,
  approve: async (code: string, r: number, c: string | null) => (await gql(APPROVE, { code, r, c })).approveOutletPlan,
  return: async (code: string, r: number, c: string) => (await gql(RETURN, { code, r, c })).returnOutletPlan,
};
