import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { OrgUnitView } from '../org-unit/org-unit.view.js';
import { unitByCode, unitById, unitsOnPath } from '../org-unit/org-unit.queries.js';
import type { RequestContext } from '../../graphql/context.js';
import { currentEdition, editionContent } from './standard.content.js';
import { effectiveStandard, valueAcrossLevels, type EffectiveStandardAnswer } from './effective-standard.service.js';
import { EffectiveStandard, LevelValue, PolicedValue, ValueSource } from './effective-standard.types.js';
import { parseValuePath } from './policy.js';
import { inputError } from '../../shared/errors.js';
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

  @Query(() => [LevelValue], {
    description: 'One value path at every level from head office down to a unit: the value in force there and who set it',
  })
  async valueAcrossLevels(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('path', () => String, { description: 'e.g. serviceRules/COMPLAINT_HANDLING/parameters/COMPLAINT_REPLY_WORKING_DAYS' }) path: string,
    @Ctx() ctx: RequestContext,
  ): Promise<LevelValue[]> {
    if (!parseValuePath(path)) throw inputError('path', 'format', `${path} is not a value path (segments of field names and codes joined by "/")`);
    const [unit, edition] = await Promise.all([ctx.loaders.get(unitByCode).load(orgUnitCode), ctx.loaders.get(currentEdition).load('current')]);
    if (!unit || !edition) return [];
    const chain = await unitsOnPath(ctx.loaders, unit.pathIds());
    const levels = await valueAcrossLevels(ctx.em, edition, chain, path);
    return levels.map(({ unit, value, setHere }) => ({ orgUnit: unit as OrgUnitView, value: value as unknown as PolicedValue | null, setHere }));
  }

  @FieldResolver(() => [PolicedValue], {
    description: 'Every policed value in force, by path; `under` keeps those at or below a path (e.g. customerTiers/MASS)',
  })
  values(@Root() answer: EffectiveStandardAnswer, @Arg('under', () => String, { nullable: true }) under?: string | null) {
    return sortedValuesUnder(answer.values as ReadonlyMap<string, EffectiveValue>, under ?? '');
  }
}

/**
 * The sorted (and filtered) lists, kept per folded answer: the service keeps
 * one values map per set of layers, so every request on the same layers would
 * otherwise copy and sort the same few hundred values again. Weak: a list goes
 * with its fold. The prefixes come from callers, so only a few are kept per fold.
 */
const sortedLists = new WeakMap<ReadonlyMap<string, EffectiveValue>, Map<string, readonly EffectiveValue[]>>();
const PREFIXES_KEPT_PER_FOLD = 32;

function sortedValuesUnder(values: ReadonlyMap<string, EffectiveValue>, under: string): readonly EffectiveValue[] {
  let lists = sortedLists.get(values);
  if (!lists) sortedLists.set(values, (lists = new Map()));
  let list = lists.get(under);
  if (!list) {
    list = Object.freeze(valuesUnder(values, under || null));
    if (lists.size < PREFIXES_KEPT_PER_FOLD) lists.set(under, list);
  }
  return list;
}

@Resolver(() => ValueSource)
export class ValueSourceResolver {
  @FieldResolver(() => OrgUnitView, { nullable: true, description: 'The unit that set the value (batched; null if outside your scope)' })
  unit(@Root() source: ValueSource, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(unitById).load(source.unitId);
  }
}
