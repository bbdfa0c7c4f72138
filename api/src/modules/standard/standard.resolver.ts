import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Classifier,
  CustomerTier,
  DeviceType,
  OutletCategory,
  Position,
  ServiceRule,
  StandardEdition,
  Zone,
} from './standard.entities.js';
import {
  ClassifierInput,
  CreateStandardDraftInput,
  CustomerTierInput,
  DeviceTypeInput,
  ItemDiff,
  OutletCategoryInput,
  PositionInput,
  ServiceRuleInput,
  StandardItemKind,
  UpdateStandardEditionInput,
  ValidationReport,
  ZoneInput,
} from './standard.inputs.js';
import { ClassifierKind, EditionStatus } from './standard.types.js';
import { currentEdition, diffContents, editionByCode, editionById, editionContent, validateContent } from './standard.content.js';
import * as service from './standard.service.js';
import { OrgLevel, OrgUnit } from '../org-unit/org-unit.entity.js';
import { unitByCode, unitById } from '../org-unit/org-unit.queries.js';
import { notFound } from '../../shared/errors.js';
import type { RequestContext } from '../../graphql/context.js';

@ObjectType({ description: 'Differences between two editions, item by item and field by field' })
class EditionDiff {
  @Field(() => StandardEdition)
  from!: StandardEdition;

  @Field(() => StandardEdition)
  to!: StandardEdition;

  @Field(() => [ItemDiff])
  changes!: ItemDiff[];
}

@ObjectType({
  description:
    'The standard that applies to one unit: for now the current head-office edition (branch localizations will add their layers), with the outlet’s own category resolved',
})
class EffectiveStandard {
  @Field(() => OrgUnit)
  orgUnit!: OrgUnit;

  @Field(() => StandardEdition)
  edition!: StandardEdition;

  @Field(() => OrgUnit, { description: 'The unit that set these values (head office until localizations exist)' })
  setBy!: OrgUnit;

  @Field(() => OutletCategory, { nullable: true, description: 'The category requirements of this outlet (null for branches or uncategorized outlets)' })
  outletCategory!: OutletCategory | null;
}

/** Looks an edition up by code, hiding drafts from those who may not read them. */
async function visibleEdition(ctx: RequestContext, code: string): Promise<StandardEdition | null> {
  const edition = await ctx.loaders.get(editionByCode).load(code);
  if (!edition) return null;
  return edition.status === EditionStatus.PUBLISHED || service.canReadDrafts(ctx.scope) ? edition : null;
}

const content = (ctx: RequestContext, edition: StandardEdition) => ctx.loaders.get(editionContent).load(edition.id);

@Resolver(() => StandardEdition)
export class StandardEditionResolver {
  @Query(() => [StandardEdition], { description: 'Editions, newest first (drafts only for head office)' })
  async standardEditions(@Ctx() ctx: RequestContext) {
    const where = service.canReadDrafts(ctx.scope) ? {} : { status: EditionStatus.PUBLISHED };
    return ctx.em.find(StandardEdition, where, { orderBy: { createdAt: 'desc' } });
  }

  @Query(() => StandardEdition, { nullable: true })
  standardEdition(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext) {
    return visibleEdition(ctx, code);
  }

  @Query(() => StandardEdition, { nullable: true, description: 'The edition in force' })
  currentStandardEdition(@Ctx() ctx: RequestContext) {
    return ctx.loaders.get(currentEdition).load('current');
  }

  @Query(() => EditionDiff, { description: 'What changed from one edition to another' })
  async standardEditionDiff(@Arg('from', () => String) from: string, @Arg('to', () => String) to: string, @Ctx() ctx: RequestContext) {
    const [a, b] = await Promise.all([visibleEdition(ctx, from), visibleEdition(ctx, to)]);
    if (!a) throw notFound('from', 'standard edition', from);
    if (!b) throw notFound('to', 'standard edition', to);
    const [ca, cb] = await Promise.all([content(ctx, a), content(ctx, b)]);
    return { from: a, to: b, changes: diffContents(ca, cb) };
  }

  @Query(() => EffectiveStandard, { nullable: true, description: 'The standard that applies to a unit, typed all the way down' })
  async effectiveStandard(@Arg('orgUnitCode', () => String) orgUnitCode: string, @Ctx() ctx: RequestContext) {
    const unit = await ctx.loaders.get(unitByCode).load(orgUnitCode);
    if (!unit) return null;
    const edition = await ctx.loaders.get(currentEdition).load('current');
    if (!edition) return null;
    const [c, headOffice] = await Promise.all([content(ctx, edition), ctx.loaders.get(unitById).load(unit.pathIds()[0])]);
    const outletCategory =
      unit.level === OrgLevel.OUTLET && unit.category ? (c.outletCategories.find((k) => k.code === unit.category) ?? null) : null;
    return { orgUnit: unit, edition, setBy: headOffice ?? unit, outletCategory };
  }

  @FieldResolver(() => StandardEdition, { nullable: true, description: 'The published edition this one started from' })
  basedOn(@Root() edition: StandardEdition, @Ctx() ctx: RequestContext) {
    // Batched: listing every edition with its basedOn is one more statement, not one per edition.
    return edition.basedOn ? ctx.loaders.get(editionById).load(edition.basedOn.id) : null;
  }

  @FieldResolver(() => ValidationReport, { description: 'Problems that would stop publication (empty once published)' })
  async validation(@Root() edition: StandardEdition, @Ctx() ctx: RequestContext) {
    const problems = validateContent(await content(ctx, edition));
    return { ok: problems.length === 0, problems };
  }

  @FieldResolver(() => [Position])
  async positions(@Root() e: StandardEdition, @Ctx() ctx: RequestContext) {
    return (await content(ctx, e)).positions;
  }

  @FieldResolver(() => [Zone])
  async zones(@Root() e: StandardEdition, @Ctx() ctx: RequestContext) {
    return (await content(ctx, e)).zones;
  }

  @FieldResolver(() => [DeviceType])
  async deviceTypes(@Root() e: StandardEdition, @Ctx() ctx: RequestContext) {
    return (await content(ctx, e)).deviceTypes;
  }

  @FieldResolver(() => [OutletCategory])
  async outletCategories(@Root() e: StandardEdition, @Ctx() ctx: RequestContext) {
    return (await content(ctx, e)).outletCategories;
  }

  @FieldResolver(() => [CustomerTier])
  async customerTiers(@Root() e: StandardEdition, @Ctx() ctx: RequestContext) {
    return (await content(ctx, e)).customerTiers;
  }

  @FieldResolver(() => [Classifier])
  async classifiers(
    @Root() e: StandardEdition,
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => ClassifierKind, { nullable: true }) kind?: ClassifierKind,
  ) {
    return (await content(ctx, e)).classifiers.filter((c) => !kind || c.kind === kind);
  }

  @FieldResolver(() => [ServiceRule])
  async serviceRules(@Root() e: StandardEdition, @Ctx() ctx: RequestContext) {
    return (await content(ctx, e)).serviceRules;
  }

  // ---- authoring (head-office standards authors, drafts only) ----

  @Mutation(() => StandardEdition, { description: 'Starts a draft edition, empty or as a copy of a published one' })
  createStandardDraft(@Arg('input', () => CreateStandardDraftInput) input: CreateStandardDraftInput, @Ctx() ctx: RequestContext) {
    return service.createDraft(ctx.em, ctx.scope, input);
  }

  @Mutation(() => StandardEdition)
  updateStandardEdition(@Arg('input', () => UpdateStandardEditionInput) input: UpdateStandardEditionInput, @Ctx() ctx: RequestContext) {
    return service.updateEditionInfo(ctx.em, ctx.scope, input);
  }

  @Mutation(() => StandardEdition, { description: 'Adds or replaces (by code) a position in a draft' })
  savePosition(
    @Arg('editionCode', () => String) editionCode: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => PositionInput) input: PositionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service.saveItem(ctx.em, ctx.scope, StandardItemKind.POSITION, editionCode, expectedVersion, input);
  }

  @Mutation(() => StandardEdition, { description: 'Adds or replaces (by code) a functional zone in a draft' })
  saveZone(
    @Arg('editionCode', () => String) editionCode: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => ZoneInput) input: ZoneInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service.saveItem(ctx.em, ctx.scope, StandardItemKind.ZONE, editionCode, expectedVersion, input);
  }

  @Mutation(() => StandardEdition, { description: 'Adds or replaces (by code) a device type in a draft' })
  saveDeviceType(
    @Arg('editionCode', () => String) editionCode: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => DeviceTypeInput) input: DeviceTypeInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service.saveItem(ctx.em, ctx.scope, StandardItemKind.DEVICE_TYPE, editionCode, expectedVersion, input);
  }

  @Mutation(() => StandardEdition, { description: 'Adds or replaces (by code) an outlet category in a draft' })
  saveOutletCategory(
    @Arg('editionCode', () => String) editionCode: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => OutletCategoryInput) input: OutletCategoryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service.saveItem(ctx.em, ctx.scope, StandardItemKind.OUTLET_CATEGORY, editionCode, expectedVersion, input);
  }

  @Mutation(() => StandardEdition, { description: 'Adds or replaces (by code) a customer tier in a draft' })
  saveCustomerTier(
    @Arg('editionCode', () => String) editionCode: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => CustomerTierInput) input: CustomerTierInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service.saveItem(ctx.em, ctx.scope, StandardItemKind.CUSTOMER_TIER, editionCode, expectedVersion, input);
  }

  @Mutation(() => StandardEdition, { description: 'Adds or replaces (by kind and code) a code-list entry in a draft' })
  saveClassifier(
    @Arg('editionCode', () => String) editionCode: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => ClassifierInput) input: ClassifierInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service.saveItem(ctx.em, ctx.scope, StandardItemKind.CLASSIFIER, editionCode, expectedVersion, input);
  }

  @Mutation(() => StandardEdition, { description: 'Adds or replaces (by code) a service rule in a draft' })
  saveServiceRule(
    @Arg('editionCode', () => String) editionCode: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => ServiceRuleInput) input: ServiceRuleInput,
    @Ctx() ctx: RequestContext,
  ) {
    return service.saveItem(ctx.em, ctx.scope, StandardItemKind.SERVICE_RULE, editionCode, expectedVersion, input);
  }

  @Mutation(() => StandardEdition, { description: 'Removes an item from a draft (classifiers: code is KIND/CODE)' })
  removeStandardItem(
    @Arg('editionCode', () => String) editionCode: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('kind', () => StandardItemKind) kind: StandardItemKind,
    @Arg('code', () => String) code: string,
    @Ctx() ctx: RequestContext,
  ) {
    return service.removeItem(ctx.em, ctx.scope, kind, editionCode, expectedVersion, code);
  }

  @Mutation(() => StandardEdition, { description: 'Validates and publishes a draft; it becomes current and immutable' })
  publishStandardEdition(
    @Arg('editionCode', () => String) editionCode: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return service.publish(ctx.em, ctx.scope, editionCode, expectedVersion);
  }
}
