import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/context.js';
import type { LoaderContext } from '../../shared/loaders.js';
import { OrgUnitView } from '../org-unit/org-unit.view.js';
import { unitById } from '../org-unit/org-unit.queries.js';
import { ApprovalEvent, ApprovalSubjectType } from '../approval/approval-event.entity.js';
import { historyOf } from '../approval/approval.service.js';
import type { OutletFacts } from '../compliance/gaps.js';
import { OutletPlan } from './outlet-plan.entity.js';
import { GapView, OutletFactsInput, OutletGap, PlanActionInput } from './outlet-plan.types.js';
import { GAP_LIST_ORDER, gapView, gapsUnder } from './gap-list.js';
import * as service from './outlet-plan.service.js';
import { ConnectionType, PageArgs, readPageArgs } from '../../shared/pagination.js';

export const OutletPlanConnection = ConnectionType(OutletPlan, 'OutletPlan');
export const OutletGapConnection = ConnectionType(OutletGap, 'OutletGap');

const historyLoader = ({ em }: LoaderContext) =>
  new DataLoader<string, ApprovalEvent[]>(async (ids) => {
    const byId = await historyOf(em, ApprovalSubjectType.OUTLET_PLAN, ids);
    return ids.map((id) => byId.get(id) ?? []);
  });

/**
 * Each plan's outlet and the standard it is checked against, for every plan
 * in the response at once: a list of plans costs the same few statements
 * whether it holds three or three hundred (see outletsWithStandards).
 */
const outletStandardLoader = ({ em }: LoaderContext) =>
  new DataLoader<string, { outlet: service.PlannedOutlet; standard: service.OutletStandard | null } | null>(async (ids) => {
    const found = await service.outletsWithStandards(em, ids);
    return ids.map((id) => found.get(id) ?? null);
  });

/** Thin: rules live in outlet-plan.service.ts and the compliance engine, scope in the Scope's layer grants. */
@Resolver(() => OutletPlan)
export class OutletPlanResolver {
  @Query(() => OutletPlan, { nullable: true, description: 'An outlet’s current plan (the open one, else the approved one), if you may read the outlet' })
  outletPlan(@Arg('outletCode', () => String) outletCode: string, @Ctx() ctx: RequestContext) {
    return service.currentPlan(ctx.em, ctx.scope, outletCode);
  }

  @Query(() => OutletPlanConnection, { description: 'Current plans of the outlets under a unit, in your part of the network, optionally in one state, by outlet code, paged' })
  outletPlans(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('status', () => String, { nullable: true, description: 'DRAFT, SUBMITTED, RETURNED or APPROVED' }) status?: string | null,
  ) {
    return service.plansUnder(ctx.em, ctx.scope, orgUnitCode, status ?? null, readPageArgs(pageArgs, service.PLAN_LIST_ORDER));
  }

  @Query(() => OutletGapConnection, {
    description: '差距清单: one row per gap of the current plans of the outlets under a unit, in your part of the network, optionally of one kind and of plans in one state, by outlet code then requirement path, paged',
  })
  outletGaps(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => String, { nullable: true, description: 'A GapKind' }) kind?: string | null,
    @Arg('planStatus', () => String, { nullable: true, description: 'DRAFT, SUBMITTED, RETURNED or APPROVED' }) planStatus?: string | null,
  ) {
    return gapsUnder(ctx.em, ctx.scope, orgUnitCode, kind ?? null, planStatus ?? null, readPageArgs(pageArgs, GAP_LIST_ORDER));
  }

  @FieldResolver(() => OrgUnitView, { nullable: true, description: 'The outlet' })
  orgUnit(@Root() plan: OutletPlan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(unitById).load(plan.unit.id);
  }

  @FieldResolver(() => [GapView], { description: 'Every gap now, against the outlet’s effective standard now, and whether the plan addresses it' })
  async gaps(@Root() plan: OutletPlan, @Ctx() ctx: RequestContext): Promise<GapView[]> {
    const checked = await ctx.loaders.get(outletStandardLoader).load(plan.unit.id);
    if (!checked) return [];
    const gaps = service.gapsAgainst(plan, checked.outlet, checked.standard);
    const open = new Set(service.unaddressed(gaps, plan));
    return gaps.map((g) => gapView(g, !open.has(g)));
  }

  @FieldResolver(() => [ApprovalEvent], { description: 'Its approval history, oldest first (batched)' })
  history(@Root() plan: OutletPlan, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(historyLoader).load(plan.id);
  }

  @Mutation(() => OutletPlan, { description: 'Records the outlet’s facts on its open plan, starting one when there is none (version: the open plan’s, or none to start)' })
  saveOutletFacts(
    @Arg('outletCode', () => String) outletCode: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Arg('facts', () => OutletFactsInput) facts: OutletFactsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service.saveFacts(ctx.em, ctx.scope, outletCode, version ?? null, { ...facts, acknowledgedRules: facts.acknowledgedRules ?? [] } as OutletFacts);
  }

  @Mutation(() => OutletPlan, { description: 'Adds an item to the action plan' })
  addPlanAction(@Arg('outletCode', () => String) outletCode: string, @Arg('version', () => Int) version: number, @Arg('action', () => PlanActionInput) action: PlanActionInput, @Ctx() ctx: RequestContext) {
    return service.addAction(ctx.em, ctx.scope, outletCode, version, action);
  }

  @Mutation(() => OutletPlan, { description: 'Rewrites an item of the action plan (marking it done included)' })
  updatePlanAction(
    @Arg('outletCode', () => String) outletCode: string,
    @Arg('version', () => Int) version: number,
    @Arg('actionId', () => ID) actionId: string,
    @Arg('action', () => PlanActionInput) action: PlanActionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service.updateAction(ctx.em, ctx.scope, outletCode, version, actionId, action);
  }

  @Mutation(() => OutletPlan, { description: 'Removes an item from the action plan' })
  removePlanAction(@Arg('outletCode', () => String) outletCode: string, @Arg('version', () => Int) version: number, @Arg('actionId', () => ID) actionId: string, @Ctx() ctx: RequestContext) {
    return service.removeAction(ctx.em, ctx.scope, outletCode, version, actionId);
  }

  @Mutation(() => OutletPlan, { description: 'Justifies the gap at a requirement path in writing (empty text withdraws the justification)' })
  justifyGap(
    @Arg('outletCode', () => String) outletCode: string,
    @Arg('version', () => Int) version: number,
    @Arg('path', () => String) path: string,
    @Arg('text', () => String) text: string,
    @Ctx() ctx: RequestContext,
  ) {
    return service.justifyGap(ctx.em, ctx.scope, outletCode, version, path, text);
  }

  @Mutation(() => OutletPlan, { description: 'Acknowledges core service rules (核心内容), by code' })
  acknowledgeCoreRules(@Arg('outletCode', () => String) outletCode: string, @Arg('version', () => Int) version: number, @Arg('rules', () => [String]) rules: string[], @Ctx() ctx: RequestContext) {
    return service.acknowledgeRules(ctx.em, ctx.scope, outletCode, version, rules);
  }

  @Mutation(() => OutletPlan, { description: 'Sends the plan to the outlet’s tier-two branch; refused while a gap has neither a dated action nor a justification' })
  submitOutletPlan(@Arg('outletCode', () => String) outletCode: string, @Arg('version', () => Int) version: number, @Ctx() ctx: RequestContext) {
    return service.submitPlan(ctx.em, ctx.scope, outletCode, version);
  }

  @Mutation(() => OutletPlan, { description: 'Takes the open plan back (final)' })
  withdrawOutletPlan(@Arg('outletCode', () => String) outletCode: string, @Arg('version', () => Int) version: number, @Ctx() ctx: RequestContext) {
    return service.withdrawPlan(ctx.em, ctx.scope, outletCode, version);
  }

  @Mutation(() => OutletPlan, { description: 'Approves the submitted plan at the revision you reviewed; its facts become the outlet’s recorded state' })
  approveOutletPlan(
    @Arg('outletCode', () => String) outletCode: string,
    @Arg('revision', () => Int) revision: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return service.approvePlan(ctx.em, ctx.scope, outletCode, revision, comment);
  }

  @Mutation(() => OutletPlan, { description: 'Returns the submitted plan with comments' })
  returnOutletPlan(
    @Arg('outletCode', () => String) outletCode: string,
    @Arg('revision', () => Int) revision: number,
    @Arg('comment', () => String) comment: string,
    @Ctx() ctx: RequestContext,
  ) {
    return service.returnPlan(ctx.em, ctx.scope, outletCode, revision, comment);
  }
}

