import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { OrgUnitView } from '../org-unit/org-unit.view.js';
import { unitByCode, unitById } from '../org-unit/org-unit.queries.js';
import { RollupCountsView } from './compliance.types.js';
import { complianceRollup } from './rollup.js';

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
}
