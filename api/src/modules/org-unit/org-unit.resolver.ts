import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Int } from 'type-graphql';
import { OrgUnit } from './org-unit.entity.js';
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
  childCountByParentId,
  childrenByParentId,
  descendantsOfUnit,
  pageUnitsUnder,
  unitByCode,
  unitById,
  unitListOrder,
} from './org-unit.queries.js';
import { ConnectionType, PageArgs, readPageArgs } from '../../shared/pagination.js';
import type { RequestContext } from '../../graphql/context.js';

export const OrgUnitConnection = ConnectionType(OrgUnit, 'OrgUnit');

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Query(() => OrgUnit, { nullable: true, description: 'A unit by its business code' })
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

  @FieldResolver(() => OrgUnit, { nullable: true })
  parent(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext) {
    const parentId = unit.parent?.id;
    return parentId ? ctx.loaders.get(unitById).load(parentId) : null;
  }

  @FieldResolver(() => [OrgUnit], { description: 'Direct children, ordered by code' })
  children(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(childrenByParentId).load(unit.id);
  }

  @FieldResolver(() => Int, { description: 'Number of direct children' })
  childCount(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(childCountByParentId).load(unit.id);
  }

  @FieldResolver(() => [OrgUnit], { description: 'From head office down to the parent (the unit itself excluded)' })
  async ancestors(@Root() unit: OrgUnit, @Ctx() ctx: RequestContext) {
    const ids = unit.pathIds().slice(0, -1);
    const found = await ctx.loaders.get(unitById).loadMany(ids);
    return found.filter((u): u is OrgUnit => u instanceof OrgUnit);
  }

  @FieldResolver(() => OrgUnitConnection, { description: 'Units anywhere below this one, paged' })
  descendants(
    @Root() unit: OrgUnit,
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => OrgUnitFilter, { nullable: true }) filter?: OrgUnitFilter,
    @Arg('orderBy', () => OrgUnitOrderField, { defaultValue: OrgUnitOrderField.CODE }) orderBy?: OrgUnitOrderField,
    @Arg('descending', () => Boolean, { defaultValue: false }) descending?: boolean,
  ) {
    const query = { filter: { ...(filter ?? {}) }, page: readPageArgs(pageArgs, unitListOrder(orderBy!, !!descending)) };
    return ctx.loaders.get(descendantsOfUnit).load({ prefix: unit.path, query });
  }

  @Mutation(() => OrgUnit, { description: 'Opens a new unit under a parent one level up' })
  createOrgUnit(@Arg('input', () => CreateOrgUnitInput) input: CreateOrgUnitInput, @Ctx() ctx: RequestContext) {
    return service.createOrgUnit(ctx.em, ctx.scope, input);
  }

  @Mutation(() => OrgUnit, { description: "Changes a unit's names, city, address or tier-two kind" })
  updateOrgUnit(@Arg('input', () => UpdateOrgUnitInput) input: UpdateOrgUnitInput, @Ctx() ctx: RequestContext) {
    return service.updateOrgUnit(ctx.em, ctx.scope, input);
  }

  @Mutation(() => OrgUnit, { description: "Changes a unit's Chinese and English names" })
  renameOrgUnit(@Arg('input', () => RenameOrgUnitInput) input: RenameOrgUnitInput, @Ctx() ctx: RequestContext) {
    return service.updateOrgUnit(ctx.em, ctx.scope, input, 'orgUnit.rename');
  }

  @Mutation(() => OrgUnit, { description: 'Moves a unit (with everything below it) under another parent of the right level' })
  moveOrgUnit(@Arg('input', () => MoveOrgUnitInput) input: MoveOrgUnitInput, @Ctx() ctx: RequestContext) {
    return service.moveOrgUnit(ctx.em, ctx.scope, input);
  }

  @Mutation(() => OrgUnit, { description: 'Closes a unit; nothing is deleted' })
  closeOrgUnit(@Arg('input', () => CloseOrgUnitInput) input: CloseOrgUnitInput, @Ctx() ctx: RequestContext) {
    return service.closeOrgUnit(ctx.em, ctx.scope, input);
  }
}
