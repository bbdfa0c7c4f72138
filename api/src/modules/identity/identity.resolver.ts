import { Arg, Args, Ctx, Extensions, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { User } from './user.entity.js';
import {
  ChangeMyPasswordInput,
  CreateUserInput,
  Me,
  SetUserPasswordInput,
  SignInResult,
  UpdateUserInput,
  UserFilter,
} from './identity.inputs.js';
import * as service from './identity.service.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { unitById } from '../org-unit/org-unit.queries.js';
import { ConnectionType, PageArgs, readPageArgs } from '../../shared/pagination.js';
import type { RequestContext } from '../../graphql/context.js';

export const UserConnection = ConnectionType(User, 'User');

@Resolver(() => User)
export class IdentityResolver {
  @Mutation(() => SignInResult, { description: 'Signs in; sets the console session cookie and returns a bearer token' })
  @Extensions({ public: true })
  login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: RequestContext,
  ) {
    return service.signIn(ctx, username, password);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session (and clears the cookie)' })
  @Extensions({ public: true })
  logout(@Ctx() ctx: RequestContext) {
    return service.signOut(ctx);
  }

  @Query(() => Me, { description: 'The caller: user or integration token, its unit and roles' })
  async me(@Ctx() ctx: RequestContext): Promise<Me> {
    const { actor } = ctx;
    const orgUnit = actor.unit ? await ctx.loaders.get(unitById).load(actor.unit.id) : null;
    let displayName = actor.name;
    if (actor.kind === 'USER') displayName = (await ctx.em.findOneOrFail(User, { id: actor.id! })).displayName;
    return { kind: actor.kind, username: actor.name, displayName, orgUnit, roles: actor.roles, readOnly: actor.readOnly };
  }

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

  @FieldResolver(() => OrgUnit)
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

  @Mutation(() => Boolean, { description: 'Changes your own password (your other sessions end)' })
  changeMyPassword(@Arg('input', () => ChangeMyPasswordInput) input: ChangeMyPasswordInput, @Ctx() ctx: RequestContext) {
    return service.changeMyPassword(ctx, input);
  }
}
