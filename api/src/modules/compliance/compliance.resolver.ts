import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { OrgUnitView } from '../org-unit/org-unit.view.js';
import { unitByCode, unitById } from '../org-unit/org-unit.queries.js';
import { RollupCountsView, RolloutProgressView } from './compliance.types.js';
import { rolloutProgress } from './rollout-progress.js';
import { complianceRollup, COMPLIANCES, PLAN_STATUSES, type Compliance, type PlanStatus, type Rollup } from './rollup.js';
import { ComplianceOutletPage, OverdueActionPage } from './compliance.lists.types.js';
import { checkPage, outletsUnder, overdueActionsUnder } from './lists.js';
import { inputError } from '../../shared/errors.js';

@ObjectType({ description: 'The roll-up of one direct child unit, for the drill-down' })
export class ChildRollupView extends RollupCountsView {
  @Field(() => OrgUnitView, { nullable: true })
  orgUnit!: OrgUnitView | null;
}

@ObjectType({ description: 'Outlets under a unit by plan status, compliance, gap kind and category, with overdue actions and a per-child breakdown' })
export class ComplianceRollupView extends RollupCountsView {
  @Field(() => OrgUnitView)
  orgUnit!: OrgUnitView;

  @Field(() => [ChildRollupView])
  children!: ChildRollupView[];

  /** The roll-up as computed, for the rollout progress (not a GraphQL field). */
  counted!: Rollup;
}

/** Thin: the phases and waves are folded in rollout-progress.ts from the roll-up's own rows. */
@Resolver(() => ComplianceRollupView)
export class ComplianceRolloutResolver {
  @FieldResolver(() => RolloutProgressView, {
    nullable: true,
    description: 'Outlets by rollout phase and wave for a rollout (default: the one launched last); null when there is no such rollout',
  })
  async rollout(
    @Root() root: ComplianceRollupView,
    @Arg('rolloutCode', () => String, { nullable: true }) rolloutCode: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<RolloutProgressView | null> {
    const today = new Date().toISOString().slice(0, 10);
    const p = await rolloutProgress(ctx.em, root.counted, root.orgUnit.path, rolloutCode ?? null, today);
    if (!p) return null;
    return { rolloutCode: p.rollout.code, titleZh: p.rollout.titleZh, titleEn: p.rollout.titleEn, byWave: p.byWave, byPhase: p.byPhase, children: p.children };
  }
}

/** Thin: the roll-up is one statement in rollup.ts. */
@Resolver()
export class ComplianceResolver {
  @Query(() => ComplianceRollupView, { nullable: true, description: 'The compliance roll-up of a unit’s subtree (only units in your own part of the network)' })
  async complianceRollup(@Arg('orgUnitCode', () => String) orgUnitCode: string, @Ctx() ctx: RequestContext): Promise<ComplianceRollupView | null> {
    const unit = await ctx.loaders.get(unitByCode).load(orgUnitCode);
    if (!unit || !ctx.scope.inSubtree(unit.path)) return null;
    const today = new Date().toISOString().slice(0, 10);
    const r = await complianceRollup(ctx.em, unit.path, today);
    const children = await Promise.all(r.children.map(async (c) => ({ ...c, orgUnit: await ctx.loaders.get(unitById).load(c.unitId) })));
    return { ...r, orgUnit: unit, children, counted: r } as ComplianceRollupView;
  }

  @Query(() => ComplianceOutletPage, { nullable: true, description: 'Outlets under a unit with plan status and compliance, by code (only units in your own part of the network)' })
  async complianceOutlets(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('compliance', () => String, { nullable: true }) compliance: string | null,
    @Arg('planStatus', () => String, { nullable: true }) planStatus: string | null,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<ComplianceOutletPage | null> {
    checkPage({ offset, limit });
    if (compliance != null && !COMPLIANCES.includes(compliance as Compliance)) throw inputError('compliance', 'one-of', `compliance must be one of ${COMPLIANCES.join(', ')}`);
    if (planStatus != null && !PLAN_STATUSES.includes(planStatus as PlanStatus)) throw inputError('planStatus', 'one-of', `planStatus must be one of ${PLAN_STATUSES.join(', ')}`);
    const unit = await ctx.loaders.get(unitByCode).load(orgUnitCode);
    if (!unit || !ctx.scope.inSubtree(unit.path)) return null;
    const today = new Date().toISOString().slice(0, 10);
    return outletsUnder(ctx.em, unit.path, today, { compliance: compliance as Compliance | null, planStatus: planStatus as PlanStatus | null }, { offset, limit });
  }

  @Query(() => OverdueActionPage, { nullable: true, description: 'Overdue action items of outlets under a unit, oldest due first (only units in your own part of the network)' })
  async overdueActions(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Ctx() ctx: RequestContext,
  ): Promise<OverdueActionPage | null> {
    checkPage({ offset, limit });
    const unit = await ctx.loaders.get(unitByCode).load(orgUnitCode);
    if (!unit || !ctx.scope.inSubtree(unit.path)) return null;
    const today = new Date().toISOString().slice(0, 10);
    return overdueActionsUnder(ctx.em, unit.path, today, { offset, limit });
  }
}
