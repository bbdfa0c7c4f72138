import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { OrgUnitView } from '../org-unit/org-unit.view.js';
import { unitByCode, unitById, unitsOnPath } from '../org-unit/org-unit.queries.js';
import type { RequestContext } from '../../graphql/context.js';
import { currentEdition, editionContent } from './standard.content.js';
import { effectiveStandard, type EffectiveStandardAnswer } from './effective-standard.service.js';
import { EffectiveStandard, PolicedValue, ValueSource } from './effective-standard.types.js';
import { valuesUnder, type EffectiveValue } from './effective.js';

/** The integrators' entry point: thin, the fold and its caching live in effective-standard.service.ts. */
@Resolver(() => EffectiveStandard)
export class EffectiveStandardResolver {
  @Query(() => EffectiveStandard, {
    nullable: true,
    description: 'The standard that applies to a unit, every value with its policy and the unit and layer that set it',
  })
  async effectiveStandard(@Arg('orgUnitCode', () => String) orgUnitCode: string, @Ctx() ctx: RequestContext): Promise<EffectiveStandardAnswer | null> {
    const [unit, edition] = await Promise.all([ctx.loaders.get(unitByCode).load(orgUnitCode), ctx.loaders.get(currentEdition).load('current')]);
    if (!unit || !edition) return null;
    const chain = await unitsOnPath(ctx.loaders, unit.pathIds());
    const answer = await effectiveStandard(ctx.em, unit, edition, chain);
    // The edition's list fields read the request's loader: hand it the cached content so they cost nothing.
    ctx.loaders.get(editionContent).prime(edition.id, answer.content);
    return answer;
  }

  @FieldResolver(() => [PolicedValue], {
    description: 'Every policed value in force, by path; `under` keeps those at or below a path (e.g. customerTiers/MASS)',
  })
  values(@Root() answer: EffectiveStandardAnswer, @Arg('under', () => String, { nullable: true }) under?: string | null) {
    return valuesUnder(answer.values as ReadonlyMap<string, EffectiveValue>, under);
  }
}

@Resolver(() => ValueSource)
export class ValueSourceResolver {
  @FieldResolver(() => OrgUnitView, { nullable: true, description: 'The unit that set the value (batched; null if outside your scope)' })
  unit(@Root() source: ValueSource, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(unitById).load(source.unitId);
  }
}
