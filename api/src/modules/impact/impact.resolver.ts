import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.js';
import { OrgUnitView } from '../org-unit/org-unit.view.js';
import { unitById } from '../org-unit/org-unit.queries.js';
import { inputError } from '../../shared/errors.js';
import { ImpactComplianceDelta, ImpactGroup, ImpactPreview } from './impact.types.js';
import { editionImpact, localVersionImpact, type ImpactAnswer } from './impact.service.js';

/** Thin: the grouping and the folds live in impact.service.ts, the diff in impact.ts. */
@Resolver(() => ImpactGroup)
export class ImpactResolver {
  @Query(() => ImpactPreview, {
    description:
      'What a draft would change below it: a branch’s local version (localVersionId) or head office’s draft edition (editionCode), exactly one of them; for those who may read the draft',
  })
  impactPreview(
    @Arg('localVersionId', () => ID, { nullable: true }) localVersionId: string | null,
    @Arg('editionCode', () => String, { nullable: true }) editionCode: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    if ((localVersionId == null) === (editionCode == null)) {
      throw inputError('localVersionId', 'one-subject', 'give exactly one of localVersionId and editionCode');
    }
    return localVersionId != null ? localVersionImpact(ctx.em, ctx.scope, localVersionId) : editionImpact(ctx.em, ctx.scope, editionCode!);
  }

  @FieldResolver(() => OrgUnitView, { nullable: true })
  tierOneBranch(@Root() group: ImpactGroup, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(unitById).load(group.tierOneId);
  }

  @FieldResolver(() => OrgUnitView, { nullable: true })
  tierTwoBranch(@Root() group: ImpactGroup, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(unitById).load(group.tierTwoId);
  }
}

/** Thin: the delta is computed in impact.service.ts, only when the field is asked for. */
@Resolver(() => ImpactPreview)
export class ImpactComplianceResolver {
  @FieldResolver(() => ImpactComplianceDelta, { description: 'How many outlets would start or stop meeting the standard, measured by the gap engine on their approved facts' })
  compliance(@Root() preview: ImpactAnswer) {
    return preview.complianceDelta();
  }
}
