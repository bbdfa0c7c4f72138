import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { OrgUnitView } from '../org-unit/org-unit.view.js';
import { unitByCode, unitById } from '../org-unit/org-unit.queries.js';
import { RollupCountsView } from './compliance.types.js';
import { complianceRollup, COMPLIANCES, PLAN_STATUSES, type Compliance, type PlanStatus } from './rollup.js';
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
    return { ...r, orgUnit: unit, children } as ComplianceRollupView;
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
