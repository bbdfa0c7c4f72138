import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { User } from './user.entity.js';
import { CreateUserInput, SetUserPasswordInput, UpdateUserInput, UserFilter } from './user.inputs.js';
import * as service from './user.service.js';
import { OrgUnitView } from '../org-unit/org-unit.view.js';
import { unitById } from '../org-unit/org-unit.queries.js';
import { ConnectionType, PageArgs, readPageArgs } from '../../shared/pagination.js';
import type { RequestContext } from '../../graphql/context.js';

export const UserConnection = ConnectionType(User, 'User');

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection, { description: 'Users of your unit and below (administrators and auditors)' })
  users(
    @Args(() => PageArgs) pageArgs: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
  ) {
    return service.listUsers(ctx.em, ctx.scope, filter ?? {}, readPageArgs(pageArgs, service.USER_ORDER));
  }

  @Query(() => User, { nullable: true, description: 'One user of your unit or below (administrators and auditors)' })
  user(@Arg('username', () => String) username: string, @Ctx() ctx: RequestContext) {
    return service.findUser(ctx.em, ctx.scope, username);
  }

  @FieldResolver(() => OrgUnitView)
  orgUnit(@Root() user: User, @Ctx() ctx: RequestContext) {
    return ctx.loaders.get(unitById).load(user.orgUnit.id);
  }

  @Mutation(() => User)
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: RequestContext) {
    return service.createUser(ctx.em, ctx.scope, input);
  }

  @Mutation(() => User, { description: 'Changes name, unit, roles or status; the user signs in again afterwards' })
  updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: RequestContext) {
    return service.updateUser(ctx.em, ctx.scope, input);
  }

  @Mutation(() => User, { description: "An administrator sets a user's password (their sessions end)" })
  setUserPassword(@Arg('input', () => SetUserPasswordInput) input: SetUserPasswordInput, @Ctx() ctx: RequestContext) {
    return service.setUserPassword(ctx.em, ctx.scope, input);
  }
}
