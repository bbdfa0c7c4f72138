import { Arg, Ctx, Extensions, Mutation, Query, Resolver } from 'type-graphql';
import { ChangeMyPasswordInput, Me, SignInResult } from './session.inputs.js';
import * as service from './session.service.js';
import { clearSessionCookie, setSessionCookie } from './session.cookie.js';
import { User } from '../user/user.entity.js';
import { unitById } from '../org-unit/org-unit.queries.js';
import type { RequestContext } from '../../graphql/context.js';

@Resolver()
export class SessionResolver {
  @Mutation(() => SignInResult, { description: 'Signs in; sets the console session cookie and returns a bearer token' })
  @Extensions({ public: true })
  async login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: RequestContext,
  ) {
    const signedIn = await service.signIn(ctx, username, password);
    setSessionCookie(ctx.http, signedIn.token, signedIn.expiresAt, ctx.security.production);
    return signedIn;
  }

  @Mutation(() => Boolean, { description: 'Ends the current session (and clears the cookie)' })
  @Extensions({ public: true })
  logout(@Ctx() ctx: RequestContext) {
    // Cleared whatever the session's state: the browser should forget it either way.
    clearSessionCookie(ctx.http);
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

  @Mutation(() => Boolean, { description: 'Changes your own password (your other sessions end)' })
  changeMyPassword(@Arg('input', () => ChangeMyPasswordInput) input: ChangeMyPasswordInput, @Ctx() ctx: RequestContext) {
    return service.changeMyPassword(ctx, input);
  }
}
