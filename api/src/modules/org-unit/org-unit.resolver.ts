import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Int } from 'type-graphql';
import { OrgUnitView, toView } from './org-unit.view.js';
import {
  CloseOrgUnitInput,
  CreateOrgUnitInput,
  MoveOrgUnitInput,
  OrgUnitFilter,
  OrgUnitOrderField,
  RenameOrgUnitInput,
  UpdateOrgUnitInput,
} from './org-unit.inputs.js';
import * as service from './org-unit.service.js';
import {
  ALL_UNITS,
  childrenByParentId,
  descendantsOfUnit,
  pageUnitsUnder,
  unitByCode,
  unitById,
  unitListOrder,
  unitsOnPath,
  visibleChildCount,
} from './org-unit.queries.js';
import { ConnectionType, PageArgs, readPageArgs } from '../../shared/pagination.js';
import type { RequestContext } from '../../graphql/context.js';

export const OrgUnitConnection = ConnectionType(OrgUnitView, 'OrgUnit');

@Resolver(() => OrgUnitView)
export class OrgUnitResolver {
  @Query(() => OrgUnitView, { nullable: true, description: 'A unit by its business code' })
  orgUnit(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(unitByCode).load(code);
  }

  @Query(() => OrgUnitConnection, { description: 'Units matching a filter, paged' })
  async orgUnits(
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OrgUnitFilter, { nullable: true }) filter?: OrgUnitFilter,
    @Arg('orderBy', () => OrgUnitOrderField, { defaultValue: OrgUnitOrderField.CODE }) orderBy?: OrgUnitOrderField,
    @Arg('descending', () => Boolean, { defaultValue: false }) descending?: boolean,
  ) {
    const query = { filter: filter ?? {}, page: readPageArgs(pageArgs, unitListOrder(orderBy!, !!descending)) };
    const pages = await pageUnitsUnder(ctx, [ALL_UNITS], query);
    return pages.get(ALL_UNITS);
  }

  @FieldResolver(() => OrgUnitView, { nullable: true })
  parent(@Root() unit: OrgUnitView, @Ctx() ctx: RequestContext) {
    return unit.parentId ? ctx.loaders.get(unitById).load(unit.parentId) : null;
  }

  @FieldResolver(() => [OrgUnitView], { description: 'Direct children, ordered by code' })
  children(@Root() unit: OrgUnitView, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(childrenByParentId).load(unit.id);
  }

  @FieldResolver(() => Int, { description: 'Number of direct children' })
  childCount(@Root() unit: OrgUnitView, @Ctx() ctx: RequestContext): number {
    return visibleChildCount(ctx.scope, unit);
  }

  @FieldResolver(() => [OrgUnitView], { description: 'From head office down to the parent (the unit itself excluded)' })
  ancestors(@Root() unit: OrgUnitView, @Ctx() ctx: RequestContext) {
    return unitsOnPath(ctx.loaders, unit.pathIds().slice(0, -1));
  }

  @FieldResolver(() => OrgUnitConnection, { description: 'Units anywhere below this one, paged' })
  descendants(
    @Root() unit: OrgUnitView,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OrgUnitFilter, { nullable: true }) filter?: OrgUnitFilter,
    @Arg('orderBy', () => OrgUnitOrderField, { defaultValue: OrgUnitOrderField.CODE }) orderBy?: OrgUnitOrderField,
    @Arg('descending', () => Boolean, { defaultValue: false }) descending?: boolean,
  ) {
    const query = { filter: { ...(filter ?? {}) }, page: readPageArgs(pageArgs, unitListOrder(orderBy!, !!descending)) };
    return ctx.loaders.get(descendantsOfUnit).load({ prefix: unit.path, query });
  }

  @Mutation(() => OrgUnitView, { description: 'Opens a new unit under a parent one level up' })
  createOrgUnit(@Arg('input', () => CreateOrgUnitInput) input: CreateOrgUnitInput, @Ctx() ctx: RequestContext) {
    return service.createOrgUnit(ctx.em, ctx.scope, input).then(toView);
  }

  @Mutation(() => OrgUnitView, { description: "Changes a unit's names, city, address or tier-two kind" })
  updateOrgUnit(@Arg('input', () => UpdateOrgUnitInput) input: UpdateOrgUnitInput, @Ctx() ctx: RequestContext) {
    return service.updateOrgUnit(ctx.em, ctx.scope, input).then(toView);
  }

  @Mutation(() => OrgUnitView, { description: "Changes a unit's Chinese and English names" })
  renameOrgUnit(@Arg('input', () => RenameOrgUnitInput) input: RenameOrgUnitInput, @Ctx() ctx: RequestContext) {
    return service.updateOrgUnit(ctx.em, ctx.scope, input, 'orgUnit.rename').then(toView);
  }

  @Mutation(() => OrgUnitView, { description: 'Moves a unit (with everything below it) under another parent of the right level' })
  moveOrgUnit(@Arg('input', () => MoveOrgUnitInput) input: MoveOrgUnitInput, @Ctx() ctx: RequestContext) {
    return service.moveOrgUnit(ctx.em, ctx.scope, input).then(toView);
  }

  @Mutation(() => OrgUnitView, { description: 'Closes a unit; nothing is deleted' })
  closeOrgUnit(@Arg('input', () => CloseOrgUnitInput) input: CloseOrgUnitInput, @Ctx() ctx: RequestContext) {
    return service.closeOrgUnit(ctx.em, ctx.scope, input).then(toView);
  }
}
