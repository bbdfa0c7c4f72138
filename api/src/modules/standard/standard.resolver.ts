import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { StandardEdition } from './standard.entities.js';
import { CreateStandardDraftInput, UpdateStandardEditionInput } from './standard.inputs.js';
import { ItemDiff, StandardKindInfo, ValidationReport } from './standard.outputs.js';
import { KINDS, StandardItemKind, kindInfos } from './standard.kinds.js';
import type { AnyKind } from './standard.kind.js';
import { EditionStatus } from './standard.types.js';
import { currentEdition, diffContents, itemsOf, editionByCode, editionById, editionContent, validateContent } from './standard.content.js';
import * as service from './standard.service.js';
import { notFound } from '../../shared/errors.js';
import type { RequestContext } from '../../graphql/context.js';
import type { LoaderContext } from '../../shared/loaders.js';
import DataLoader from 'dataloader';
import { ApprovalEvent, ApprovalSubjectType } from '../approval/approval-event.entity.js';
import { historyOf } from '../approval/approval.service.js';

const historyLoader = ({ em }: LoaderContext) =>
  new DataLoader<string, ApprovalEvent[]>(async (ids) => {
    const byId = await historyOf(em, ApprovalSubjectType.STANDARD_EDITION, ids);
    return ids.map((id) => byId.get(id) ?? []);
  });

@ObjectType({ description: 'Differences between two editions, item by item and field by field' })
class EditionDiff {
  @Field(() => StandardEdition)
  from!: StandardEdition;

  @Field(() => StandardEdition)
  to!: StandardEdition;

  @Field(() => [ItemDiff])
  changes!: ItemDiff[];
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

  @Query(() => [StandardKindInfo], { description: 'The kinds of content an edition holds, in order, and their fields and mutations' })
  standardKinds() {
    return kindInfos();
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

  // ---- authoring (head-office standards authors, drafts only) ----

  @Mutation(() => StandardEdition, { description: 'Starts a draft edition, empty or as a copy of a published one' })
  createStandardDraft(@Arg('input', () => CreateStandardDraftInput) input: CreateStandardDraftInput, @Ctx() ctx: RequestContext) {
    return service.createDraft(ctx.em, ctx.scope, input);
  }

  @Mutation(() => StandardEdition)
  updateStandardEdition(@Arg('input', () => UpdateStandardEditionInput) input: UpdateStandardEditionInput, @Ctx() ctx: RequestContext) {
    return service.updateEditionInfo(ctx.em, ctx.scope, input);
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

  @FieldResolver(() => [ApprovalEvent], { description: 'Every approval-workflow step, oldest first, with its comments (head office only; empty for others)' })
  history(@Root() edition: StandardEdition, @Ctx() ctx: RequestContext) {
    // Review comments stay at head office, as the audit rows of the standard do.
    return service.canReadDrafts(ctx.scope) ? ctx.loaders.get(historyLoader).load(edition.id) : [];
  }

  // ---- approval (an author submits or withdraws; another head-office approver approves or returns) ----

  @Mutation(() => StandardEdition, { description: 'Sends a draft (or a returned draft, changed) to head office’s approvers; it must pass the publication check' })
  submitStandardEdition(
    @Arg('editionCode', () => String) editionCode: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return service.submitEdition(ctx.em, ctx.scope, editionCode, expectedVersion, comment);
  }

  @Mutation(() => StandardEdition, { description: 'Takes a draft back for good: it will never be published' })
  withdrawStandardEdition(
    @Arg('editionCode', () => String) editionCode: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return service.withdrawEdition(ctx.em, ctx.scope, editionCode, expectedVersion, comment);
  }

  @Mutation(() => StandardEdition, { description: 'Approves the revision you reviewed; VERSION_CONFLICT if it changed since. Never your own submission' })
  approveStandardEdition(
    @Arg('editionCode', () => String) editionCode: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you reviewed' }) expectedVersion: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return service.approveEdition(ctx.em, ctx.scope, editionCode, expectedVersion, comment);
  }

  @Mutation(() => StandardEdition, { description: 'Returns the revision you reviewed to its author, saying what must change' })
  returnStandardEdition(
    @Arg('editionCode', () => String) editionCode: string,
    @Arg('expectedVersion', () => Int, { description: 'The version you reviewed' }) expectedVersion: number,
    @Arg('comment', () => String) comment: string,
    @Ctx() ctx: RequestContext,
  ) {
    return service.returnEdition(ctx.em, ctx.scope, editionCode, expectedVersion, comment);
  }

  @Mutation(() => StandardEdition, { description: 'Publishes an approved draft (checked again); it becomes current and immutable' })
  publishStandardEdition(
    @Arg('editionCode', () => String) editionCode: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: RequestContext,
  ) {
    return service.publish(ctx.em, ctx.scope, editionCode, expectedVersion);
  }
}

/**
 * One kind's list field on StandardEdition and its save mutation, made from
 * its registry entry (type-graphql's generic-resolver pattern): the schema has
 * a `positions` field and a `savePosition` mutation because the registry has
 * a position kind, and no hand-written copy per kind.
 */
function kindResolver(spec: AnyKind): ClassType {
  // type-graphql matches a field to its resolver by method name: each kind's methods carry its own names.
  const list = spec.list;
  const save = spec.saveMutation;

  @Resolver(() => StandardEdition)
  class KindResolver {
    @FieldResolver(() => [spec.entity], { name: list })
    async [list](@Root() edition: StandardEdition, @Ctx() ctx: RequestContext, filter?: string) {
      const items = itemsOf(await content(ctx, edition), spec);
      return filter && spec.filter ? items.filter((i) => spec.filter!.matches(i, filter)) : items;
    }

    @Mutation(() => StandardEdition, { name: save, description: spec.saveDescription })
    [save](
      @Arg('editionCode', () => String) editionCode: string,
      @Arg('expectedVersion', () => Int) expectedVersion: number,
      @Arg('input', () => spec.input) input: object,
      @Ctx() ctx: RequestContext,
    ) {
      return service.saveItem(ctx.em, ctx.scope, spec, editionCode, expectedVersion, input);
    }
  }
  if (spec.filter) {
    // Decorators are functions: a kind that filters its list gets the argument, the others do not.
    Arg(spec.filter.arg, spec.filter.type, { nullable: true, description: spec.filter.description })(KindResolver.prototype, list, 2);
  }
  Object.defineProperty(KindResolver, 'name', { value: `${spec.entity.name}KindResolver` });
  return KindResolver;
}

/** The generated resolvers, one per registered kind. */
export const kindResolvers = (KINDS as readonly AnyKind[]).map(kindResolver);
