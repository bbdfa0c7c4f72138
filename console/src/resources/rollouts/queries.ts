/**
 * Rollouts (推广) over GraphQL: the `rollouts` resource for the data provider
 * (list, show, create) and the plan calls that are not CRUD, typed by the
 * generator. A rollout's id in the console is its code.
 */
import type { CreateParams, CreateResult, GetListParams, GetListResult, GetOneParams, GetOneResult } from 'react-admin';
import { graphql } from '../../gql';
import type { OrgUnitFilter, RoPlanFragment, RoRolloutFragment, RolloutPhase, RolloutPlanInput, RolloutPhaseDatesInput, UpdateRolloutInput } from '../../gql/graphql';
import { GraphQLRequestError, gql } from '../../graphql';
import { fieldsResolver, withFormErrors } from '../../formErrors';

graphql(`
  fragment RoPlan on RolloutPlan {
    id unitCode status version submittedBy submittedAt decidedBy decidedAt
    orgUnit { code level name { zh en } parent { code } }
    phases { phase start end }
    pilotUnitCodes
    waves { number start end unitCodes }
    actions { what who dueDate }
    history { id action actorName comment occurredAt }
  }
`);
graphql(`
  fragment RoRollout on Rollout {
    id code title { zh en } editionCode phases { phase start end } pilotUnitCodes createdBy version createdAt updatedAt
  }
`);

const LIST = graphql(`query RoList { rollouts { ...RoRollout } }`);
const ONE = graphql(`query RoOne($code: String!) { rollout(code: $code) { ...RoRollout plans { ...RoPlan } } }`);
const TIMELINE = graphql(`
  query RoTimeline($code: String!, $units: [String!]!) {
    rolloutTimeline(rolloutCode: $code, orgUnitCodes: $units) { unitCode phases { phase start end setBy late } wave { number start end setBy late } }
  }
`);
const PLAN = graphql(`query RoPlanOne($code: String!, $unit: String!) { rolloutPlan(rolloutCode: $code, orgUnitCode: $unit) { ...RoPlan } }`);
const CHILDREN = graphql(`query RoChildren($unit: String!) { orgUnit(code: $unit) { code level children { code level name { zh en } } } }`);
const EDITION_IN_FORCE = graphql(`query RoEditionInForce { currentStandardEdition { code title { zh en } } }`);
const PICK_UNITS = graphql(`query RoPickUnits($filter: OrgUnitFilter!) { orgUnits(filter: $filter, first: 50) { nodes { code level name { zh en } } } }`);
const UPDATE = graphql(`mutation RoUpdate($code: String!, $v: Int!, $i: UpdateRolloutInput!) { updateRollout(code: $code, version: $v, input: $i) { ...RoRollout } }`);
const LAUNCH = graphql(`mutation RoLaunch($i: LaunchRolloutInput!) { launchRollout(input: $i) { ...RoRollout } }`);
const SAVE = graphql(`mutation RoSave($code: String!, $unit: String!, $v: Int, $i: RolloutPlanInput!) { saveRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, version: $v, input: $i) { ...RoPlan } }`);
const SUBMIT = graphql(`mutation RoSubmit($code: String!, $unit: String!, $v: Int!) { submitRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, version: $v) { ...RoPlan } }`);
const WITHDRAW = graphql(`mutation RoWithdraw($code: String!, $unit: String!, $v: Int!) { withdrawRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, version: $v) { ...RoPlan } }`);
const APPROVE = graphql(`mutation RoApprove($code: String!, $unit: String!, $r: Int!, $c: String) { approveRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, revision: $r, comment: $c) { ...RoPlan } }`);
const RETURN = graphql(`mutation RoReturn($code: String!, $unit: String!, $r: Int!, $c: String!) { returnRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, revision: $r, comment: $c) { ...RoPlan } }`);

export type RolloutRecord = RoRolloutFragment & { plans?: RoPlanFragment[] };
export type RolloutPlanRecord = RoPlanFragment;
export type { RolloutPhase, RolloutPlanInput, UpdateRolloutInput };

export const PHASES: readonly RolloutPhase[] = ['DESIGN', 'PILOT', 'IMPROVE', 'ACCEPTANCE', 'SUMMARY', 'PROMOTION'];

/** The bank's phases laid out from `start`, in months (the API's default): design 1, pilot 3, improvement 1, acceptance 1, summary 1, promotion 5. */
export function defaultPhases(start: string): RolloutPhaseDatesInput[] {
  const months = [1, 3, 1, 1, 1, 5];
  const d = new Date(`${start}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return [];
  return PHASES.map((phase, i) => {
    const s = d.toISOString().slice(0, 10);
    d.setUTCMonth(d.getUTCMonth() + months[i]);
    return { phase, start: s, end: new Date(d.getTime() - 86_400_000).toISOString().slice(0, 10) };
  });
}

const LAUNCH_INPUTS = fieldsResolver(['code', 'title.zh', 'title.en', 'startsOn', 'pilotUnitCodes', ...PHASES.flatMap((_, i) => [`phases.${i}.start`, `phases.${i}.end`, `phases.${i}.phase`])]);
/** One picker holds every pilot: a refusal of the n-th one is shown under it. */
const LAUNCH_FIELDS = (path: string) => LAUNCH_INPUTS(path.replace(/^pilotUnitCodes\.\d+$/, 'pilotUnitCodes'));

export const rollouts = {
  async getList(params: GetListParams): Promise<GetListResult<RolloutRecord>> {
    const rows = (await gql(LIST, {}, { signal: params.signal })).rollouts.map((r) => ({ ...r, id: r.code }));
    return { data: rows, total: rows.length };
  },

  async getOne(params: GetOneParams): Promise<GetOneResult<RolloutRecord>> {
    const code = String(params.id);
    const found = (await gql(ONE, { code }, { signal: params.signal })).rollout;
    if (!found) throw new GraphQLRequestError(`rollout ${code} not found`, 404, [{ message: `rollout ${code} not found`, extensions: { code: 'NOT_FOUND' } }]);
    return { data: { ...found, id: found.code } };
  },

  async create(params: CreateParams): Promise<CreateResult<RolloutRecord>> {
    const d = params.data as { code?: string; title?: { zh?: string; en?: string }; startsOn?: string; phases?: RolloutPhaseDatesInput[]; pilotUnitCodes?: string[] };
    const phases = (d.phases ?? []).filter((p) => p?.phase);
    const created = await withFormErrors(
      LAUNCH_FIELDS,
      async () =>
        (
          await gql(LAUNCH, {
            i: {
              code: String(d.code ?? '').trim().toUpperCase(),
              title: { zh: String(d.title?.zh ?? '').trim(), en: String(d.title?.en ?? '').trim() },
              startsOn: phases.length ? null : d.startsOn || null,
              phases: phases.length ? phases.map(({ phase, start, end }) => ({ phase, start, end })) : null,
              pilotUnitCodes: d.pilotUnitCodes ?? [],
            },
          })
        ).launchRollout,
      'app',
    );
    return { data: { ...created, id: created.code } };
  },
};

/** The calls the rollout page makes besides react-admin's. */
export const rolloutMethods = {
  async getRollout(code: string, signal?: AbortSignal) {
    return (await gql(ONE, { code }, { signal })).rollout ?? null;
  },
  async getRolloutTimeline(code: string, units: string[], signal?: AbortSignal) {
    return (await gql(TIMELINE, { code, units }, { signal })).rolloutTimeline;
  },
  async getRolloutPlan(code: string, unit: string, signal?: AbortSignal) {
    return (await gql(PLAN, { code, unit }, { signal })).rolloutPlan ?? null;
  },
  /** A unit's children (the tier-two branches of a tier-one, the outlets of a tier-two), for picking waves. */
  async getRolloutChildren(unit: string, signal?: AbortSignal) {
    return (await gql(CHILDREN, { unit }, { signal })).orgUnit?.children ?? [];
  },
  /** The edition a launch rolls out: the API always takes the one in force. */
  async getEditionInForce(signal?: AbortSignal) {
    return (await gql(EDITION_IN_FORCE, {}, { signal })).currentStandardEdition ?? null;
  },
  /** Units for a picker: the first 50 matching `filter`, by code. */
  async pickRolloutUnits(filter: OrgUnitFilter, signal?: AbortSignal) {
    return (await gql(PICK_UNITS, { filter }, { signal })).orgUnits.nodes;
  },
  async updateRollout(code: string, version: number, input: UpdateRolloutInput) {
    return (await gql(UPDATE, { code, v: version, i: input })).updateRollout;
  },
  async saveRolloutPlan(code: string, unit: string, version: number | null, input: RolloutPlanInput) {
    return (await gql(SAVE, { code, unit, v: version, i: input })).saveRolloutPlan!;
  },
  async submitRolloutPlan(code: string, unit: string, version: number) {
    return (await gql(SUBMIT, { code, unit, v: version })).submitRolloutPlan!;
  },
  async withdrawRolloutPlan(code: string, unit: string, version: number) {
    return (await gql(WITHDRAW, { code, unit, v: version })).withdrawRolloutPlan!;
  },
  async approveRolloutPlan(code: string, unit: string, revision: number, comment: string | null) {
    return (await gql(APPROVE, { code, unit, r: revision, c: comment })).approveRolloutPlan!;
  },
  async returnRolloutPlan(code: string, unit: string, revision: number, comment: string) {
    return (await gql(RETURN, { code, unit, r: revision, c: comment })).returnRolloutPlan!;
  },
};
