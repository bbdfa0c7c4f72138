import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, type ClassType } from 'type-graphql';
import DataLoader from 'dataloader';
import type { RequestContext } from '../../graphql/context.js';
import type { LoaderContext } from '../../shared/loaders.js';
import { OrgUnitView } from '../org-unit/org-unit.view.js';
import { unitByCode, unitById } from '../org-unit/org-unit.queries.js';
import { StandardEdition } from '../standard/standard.entities.js';
import { editionById } from '../standard/standard.content.js';
import { ApprovalEvent, ApprovalSubjectType } from '../approval/approval-event.entity.js';
import { historyOf } from '../approval/approval.service.js';
import { ApprovalState } from '../approval/workflow.js';
import { LocalVersion } from './local-version.entity.js';
import { CreateLocalVersionInput, LocalChangeReview, ItemCommentInput, LocalChangeView, LocalItemView, LocalRemovalView, SetLocalValueInput } from './local-version.types.js';
import { KINDS, StandardItemKind, kindSpec } from '../standard/standard.kinds.js';
import type { AnyKind } from '../standard/standard.kind.js';
import * as service from './local-version.service.js';
import * as queries from './local-version.queries.js';

const historyLoader = ({ em }: LoaderContext) =>
  new DataLoader<string, ApprovalEvent[]>(async (ids) => {
    const byId = await historyOf(em, ApprovalSubjectType.LOCAL_VERSION, ids);
    return ids.map((id) => byId.get(id) ?? []);
  });

/** Thin: rules live in local-version.service.ts, scope in the Scope's layer grants. */
@Resolver(() => LocalVersion)
export class LocalVersionResolver {
  @Query(() => LocalVersion, { nullable: true, description: 'A local version, if you may read it (drafts: its unit and the approvers above it)' })
  localVersion(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return queries.visibleVersion(ctx.em, ctx.scope, id);
  }

  @Query(() => [LocalVersion], { description: 'A branch’s local versions, newest first: all of them for its own people and its approvers, approved and superseded ones for anyone else who sees the unit' })
  async localVersions(
    @Arg('orgUnitCode', () => String) orgUnitCode: string,
    @Arg('status', () => ApprovalState, { nullable: true }) status: ApprovalState | null,
    @Ctx() ctx: RequestContext,
  ) {
    const unit = await ctx.loaders.get(unitByCode).load(orgUnitCode);
    return unit ? queries.versionsOf(ctx.em, ctx.scope, unit, status ?? null) : [];
  }

  @Query(() => [LocalChangeReview], {
    nullable: true,
    description: 'One version side by side with what its unit inherits now, path by path (for review; null if you may not read it)',
  })
  localVersionReview(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return service.reviewOf(ctx.em, ctx.scope, id);
  }

  @Mutation(() => LocalVersion, { description: 'Starts a draft local version for a tier-one or tier-two branch, on the edition in force' })
  createLocalVersion(@Arg('input', () => CreateLocalVersionInput) input: CreateLocalVersionInput, @Ctx() ctx: RequestContext) {
    return service.createLocalVersion(ctx.em, ctx.scope, input);
  }

  @Mutation(() => LocalVersion, { description: 'Sets one value of a draft or returned version, checked against its policy and the inherited value' })
  setLocalValue(@Arg('input', () => SetLocalValueInput) input: SetLocalValueInput, @Ctx() ctx: RequestContext) {
    return service.setLocalValue(ctx.em, ctx.scope, input);
  }

  @Mutation(() => LocalVersion, { description: 'Drops a change or a not-applicable mark, so the inherited value applies again' })
  clearLocalChange(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('path', () => String) path: string,
    @Ctx() ctx: RequestContext,
  ) {
    return service.clearLocalChange(ctx.em, ctx.scope, id, expectedVersion, path);
  }

  @Mutation(() => LocalVersion, { description: 'Marks an inherited service rule or keyed entry not applicable (never core content, never an entry whose policy is not FREE)' })
  markLocalNotApplicable(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('path', () => String) path: string,
    @Ctx() ctx: RequestContext,
  ) {
    return service.markNotApplicable(ctx.em, ctx.scope, id, expectedVersion, path);
  }

  @Mutation(() => LocalVersion, { description: 'Removes a local item this version added (an item a branch above added cannot be removed below)' })
  removeLocalItem(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('kind', () => StandardItemKind) kind: StandardItemKind,
    @Arg('key', () => String, { description: 'The item’s key, e.g. WEALTH_MANAGER (classifiers: KIND/CODE)' }) key: string,
    @Ctx() ctx: RequestContext,
  ) {
    return service.removeLocalItem(ctx.em, ctx.scope, id, expectedVersion, kind, key);
  }

  @Mutation(() => LocalVersion, { description: 'Sends the version to the parent unit for approval (every change is checked again first)' })
  submitLocalVersion(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return service.submitLocalVersion(ctx.em, ctx.scope, id, expectedVersion, comment);
  }

  @Mutation(() => LocalVersion, { description: 'Takes a draft, returned or submitted version back for good' })
  withdrawLocalVersion(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return service.withdrawLocalVersion(ctx.em, ctx.scope, id, expectedVersion, comment);
  }

  @Mutation(() => LocalVersion, { description: 'Approves the revision you reviewed; VERSION_CONFLICT if it changed since' })
  approveLocalVersion(
    @Arg('id', () => ID) id: string,
    @Arg('revision', () => Int, { description: 'The version you reviewed' }) revision: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return service.approveLocalVersion(ctx.em, ctx.scope, id, revision, comment);
  }

  @Mutation(() => LocalVersion, { description: 'Returns the revision you reviewed to its unit, with a comment and, where useful, comments per value path' })
  returnLocalVersion(
    @Arg('id', () => ID) id: string,
    @Arg('revision', () => Int) revision: number,
    @Arg('comment', () => String) comment: string,
    @Arg('itemComments', () => [ItemCommentInput], { nullable: true }) itemComments: ItemCommentInput[] | null,
    @Ctx() ctx: RequestContext,
  ) {
    return service.returnLocalVersion(ctx.em, ctx.scope, id, revision, comment, itemComments ?? []);
  }

  @FieldResolver(() => OrgUnitView, { nullable: true })
  orgUnit(@Root() version: LocalVersion, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(unitById).load(version.unit.id);
  }

  @FieldResolver(() => StandardEdition, { nullable: true, description: 'The head-office edition its changes were last checked against' })
  baseEdition(@Root() version: LocalVersion, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(editionById).load(version.baseEdition.id);
  }

  @FieldResolver(() => [LocalChangeView], { description: 'The values it changes, by path' })
  changes(@Root() version: LocalVersion): LocalChangeView[] {
    return version.changes;
  }

  @FieldResolver(() => [LocalRemovalView], { description: 'The inherited items it marks not applicable' })
  notApplicable(@Root() version: LocalVersion): LocalRemovalView[] {
    return version.removals;
  }

  @FieldResolver(() => [LocalItemView], { description: 'The items it adds that the inherited standard lacks' })
  localItems(@Root() version: LocalVersion): LocalItemView[] {
    return version.items.map((i) => ({ ...i, kind: i.kind as StandardItemKind, path: service.localItemPath(kindSpec(i.kind) as AnyKind, i.key) }));
  }

  @FieldResolver(() => Boolean, { description: 'Whether any change or item conflicts with the edition in force (flagged when head office published it)' })
  hasConflicts(@Root() version: LocalVersion): boolean {
    return [...version.changes, ...version.removals, ...version.items].some((c) => c.conflict);
  }

  @FieldResolver(() => [ApprovalEvent], { description: 'Every workflow step, oldest first, with its comments' })
  history(@Root() version: LocalVersion, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(historyLoader).load(version.id);
  }
}

/**
 * One add mutation per kind that takes local items (addLocalPosition,
 * addLocalServiceRule…), made from the registry like head office's save
 * mutations, so each takes that kind's own input type and GraphQL checks its
 * shape before the service checks its rules.
 */
function addLocalItemResolver(spec: AnyKind): ClassType {
  const name = spec.addLocalMutation;

  @Resolver(() => LocalVersion)
  class AddLocalItemResolver {
    @Mutation(() => LocalVersion, { name, description: `Adds ${spec.noun} the inherited standard lacks to a draft or returned local version, or replaces this version's own (by ${spec.keyFields.join(' and ')})` })
    [name](
      @Arg('id', () => ID) id: string,
      @Arg('expectedVersion', () => Int) expectedVersion: number,
      @Arg('input', () => spec.input) input: object,
      @Ctx() ctx: RequestContext,
    ) {
      return service.addLocalItem(ctx.em, ctx.scope, spec, id, expectedVersion, input as never);
    }
  }
  Object.defineProperty(AddLocalItemResolver, 'name', { value: `${spec.entity.name}LocalItemResolver` });
  return AddLocalItemResolver;
}

/** The generated add mutations, one per kind whose registry entry takes local items. */
export const localItemResolvers = (KINDS as readonly AnyKind[]).filter((k) => k.localItems).map(addLocalItemResolver);
