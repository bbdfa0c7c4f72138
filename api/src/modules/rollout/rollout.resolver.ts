import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/context.js';
import type { LoaderContext } from '../../shared/loaders.js';
import { OrgUnitView } from '../org-unit/org-unit.view.js';
import { unitById } from '../org-unit/org-unit.queries.js';
import { ApprovalEvent, ApprovalSubjectType } from '../approval/approval-event.entity.js';
import { historyOf } from '../approval/approval.service.js';
import { RolloutPhase } from './rollout.dates.js';
import type { RolloutPlan } from './rollout.entity.js';
import * as service from './rollout.service.js';
import { LaunchRolloutInput, RolloutPlanInput, RolloutPlanView, RolloutView, UpdateRolloutInput, planView, rolloutView } from './rollout.types.js';

registerEnumType(RolloutPhase, {
  name: 'RolloutPhase',
  description: 'The bank’s rollout phases, in order',
  valuesConfig: {
    DESIGN: { description: '设计' },
    PILOT: { description: '试点' },
    IMPROVE: { description: '完善' },
    ACCEPTANCE: { description: '验收' },
    SUMMARY: { description: '总结' },
    PROMOTION: { description: '全面推广' },
  },
});

@ObjectType({ description: 'A phase as it applies to a unit: the dates in force, whose they are, and whether its end has passed' })
class TimelinePhaseView {
  @Field(() => RolloutPhase) phase!: RolloutPhase;
  @Field(() => String, { description: 'yyyy-mm-dd' }) start!: string;
  @Field(() => String, { description: 'yyyy-mm-dd' }) end!: string;
  @Field(() => String, { description: 'Code of the unit whose approved dates are in force' }) setBy!: string;
  @Field(() => Boolean, { description: 'Its end is before today' }) late!: boolean;
}

@ObjectType({ description: 'The wave a unit is in, from the approved plan of the branch above it' })
class TimelineWaveView {
  @Field(() => Int) number!: number;
  @Field(() => String) start!: string;
  @Field(() => String) end!: string;
  @Field(() => String) setBy!: string;
  @Field(() => Boolean) late!: boolean;
}

@ObjectType({ description: 'The phases and wave in force for one unit (approved plans only; drafts never count)' })
class UnitTimelineView {
  @Field(() => String) unitCode!: string;
  @Field(() => [TimelinePhaseView]) phases!: TimelinePhaseView[];
  @Field(() => TimelineWaveView, { nullable: true }) wave!: TimelineWaveView | null;
}

const today = () => new Date().toISOString().slice(0, 10);

/** The plans of every rollout in the response, in one statement. */
const plansLoader = ({ em, scope }: LoaderContext) =>
  new DataLoader<string, RolloutPlan[]>(async (ids) => {
    const byId = await service.visiblePlans(em, scope, ids);
    return ids.map((id) => byId.get(id) ?? []);
  });

const historyLoader = ({ em }: LoaderContext) =>
  new DataLoader<string, ApprovalEvent[]>(async (ids) => {
    const byId = await historyOf(em, ApprovalSubjectType.ROLLOUT_PLAN, ids);
    return ids.map((id) => byId.get(id) ?? []);
  });

const planOut = async (plan: Promise<RolloutPlan | null>, rolloutCode: string) => {
  const p = await plan;
  return p ? planView(p, rolloutCode) : null;
};

/** Thin: the rules live in rollout.service.ts and rollout.dates.ts; these map entities to views. */
@Resolver(() => RolloutView)
export class RolloutResolver {
  @Query(() => [RolloutView], { description: 'Every rollout, newest first (at most 200: a bank launches a few a year)' })
  async rollouts(@Ctx() ctx: RequestContext) {
    return (await service.listRollouts(ctx.em)).map(rolloutView);
  }

  @Query(() => RolloutView, { nullable: true })
  async rollout(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext) {
    const r = await service.rolloutByCode(ctx.em, code);
    return r ? rolloutView(r) : null;
  }

  @FieldResolver(() => [RolloutPlanView], { description: 'The branches’ plans you may read, one per branch: the open one where you may read its drafts, else the approved one; by unit path' })
  async plans(@Root() r: RolloutView, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.get(plansLoader).load(r.id)).map((p) => planView(p, r.code));
  }

  @Query(() => RolloutPlanView, { nullable: true, description: 'A branch’s plan: the open one if you may read its drafts, else the approved one' })
  rolloutPlan(@Arg('rolloutCode', () => String) rolloutCode: string, @Arg('orgUnitCode', () => String) orgUnitCode: string, @Ctx() ctx: RequestContext) {
    return planOut(service.rolloutPlanOf(ctx.em, ctx.scope, rolloutCode, orgUnitCode), rolloutCode);
  }

  @Mutation(() => RolloutView, { description: 'Head office launches a rollout of the current edition' })
  async launchRollout(@Arg('input', () => LaunchRolloutInput) input: LaunchRolloutInput, @Ctx() ctx: RequestContext) {
    return rolloutView(await service.launchRollout(ctx.em, ctx.scope, input));
  }

  @Mutation(() => RolloutView, { description: 'Head office edits a rollout’s title, phases and pilots; refused when an approved plan below would fall outside the new dates' })
  async updateRollout(
    @Arg('code', () => String) code: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateRolloutInput) input: UpdateRolloutInput,
    @Ctx() ctx: RequestContext,
  ) {
    return rolloutView(await service.updateRollout(ctx.em, ctx.scope, code, version, input));
  }

  @Mutation(() => RolloutPlanView, { description: 'Writes a branch’s plan: none as version starts a draft, else the open plan’s version' })
  saveRolloutPlan(
    @Arg('rolloutCode', () => String) rolloutCode: string,
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Arg('input', () => RolloutPlanInput) input: RolloutPlanInput,
    @Ctx() ctx: RequestContext,
  ) {
    return planOut(service.saveRolloutPlan(ctx.em, ctx.scope, rolloutCode, orgUnitCode, version ?? null, input), rolloutCode);
  }

  @Mutation(() => RolloutPlanView, { description: 'Sends the plan to the parent unit' })
  submitRolloutPlan(@Arg('rolloutCode', () => String) rolloutCode: string, @Arg('orgUnitCode', () => String) orgUnitCode: string, @Arg('version', () => Int) version: number, @Ctx() ctx: RequestContext) {
    return planOut(service.submitRolloutPlan(ctx.em, ctx.scope, rolloutCode, orgUnitCode, version), rolloutCode);
  }

  @Mutation(() => RolloutPlanView, { description: 'Takes the open plan back (final)' })
  withdrawRolloutPlan(@Arg('rolloutCode', () => String) rolloutCode: string, @Arg('orgUnitCode', () => String) orgUnitCode: string, @Arg('version', () => Int) version: number, @Ctx() ctx: RequestContext) {
    return planOut(service.withdrawRolloutPlan(ctx.em, ctx.scope, rolloutCode, orgUnitCode, version), rolloutCode);
  }

  @Mutation(() => RolloutPlanView, { description: 'Approves the submitted plan at the revision you reviewed' })
  approveRolloutPlan(
    @Arg('rolloutCode', () => String) rolloutCode: string,
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('revision', () => Int) revision: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return planOut(service.approveRolloutPlan(ctx.em, ctx.scope, rolloutCode, orgUnitCode, revision, comment), rolloutCode);
  }

  @Mutation(() => RolloutPlanView, { description: 'Returns the submitted plan with a comment saying what to change' })
  returnRolloutPlan(
    @Arg('rolloutCode', () => String) rolloutCode: string,
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('revision', () => Int) revision: number,
    @Arg('comment', () => String) comment: string,
    @Ctx() ctx: RequestContext,
  ) {
    return planOut(service.returnRolloutPlan(ctx.em, ctx.scope, rolloutCode, orgUnitCode, revision, comment), rolloutCode);
  }
  @Query(() => [UnitTimelineView], { description: 'The timeline of each unit you may read, for a rollout, in a bounded number of statements whatever the number of units' })
  rolloutTimeline(
    @Arg('rolloutCode', () => String) rolloutCode: string,
    @Arg('orgUnitCodes', () => [String]) orgUnitCodes: string[],
    @Ctx() ctx: RequestContext,
  ) {
    return service.timelines(ctx.em, ctx.scope, rolloutCode, orgUnitCodes.slice(0, 500), today());
  }
}

@Resolver(() => RolloutPlanView)
export class RolloutPlanResolver {
  @FieldResolver(() => OrgUnitView, { nullable: true, description: 'The branch' })
  orgUnit(@Root() plan: RolloutPlanView, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(unitById).load(plan.unitId);
  }

  @FieldResolver(() => [ApprovalEvent], { description: 'Its approval history, oldest first (batched)' })
  history(@Root() plan: RolloutPlanView, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(historyLoader).load(plan.id);
  }
}
