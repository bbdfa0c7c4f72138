import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PasswordCheckOutcome, PasswordCheckPurpose, Session, SignInAttempt } from './session.entity.js';
import { User, UserStatus } from '../user/user.entity.js';
import { OrgUnitStatus } from '../org-unit/org-unit.entity.js';
import { burnVerifyTime, checkPasswordPolicy, verifyPassword } from '../user/password.js';
import { storeNewPassword } from '../user/user.service.js';
import { Violations, forbidden, inputError, tooManyAttempts, unauthenticated } from '../../shared/errors.js';
import { signInThrottle, type AdmittedCheck } from './sign-in-throttle.js';
import { newSessionSecret, tokenHash } from '../../shared/auth/tokens.js';
import { userActor } from './authenticate.js';
import { recordAudit } from '../audit/audit.service.js';
import { setActor, type RequestContext } from '../../graphql/context.js';
import type { ChangeMyPasswordInput } from './session.inputs.js';
import type { UserSessions } from '../user/user.sessions.js';

/**
 * Signing in and out, sessions, and changing one's own password: every
 * password check, throttled. HTTP is not this service's business: it returns
 * the session's token and lifetime, and the resolver hands them to the
 * cookie adapter (`session.cookie.ts`).
 */

/** The address a password check comes from, as long as the columns that record it. */
function clientAddress(ctx: RequestContext): string {
  return (ctx.clientAddress ?? 'in-process').slice(0, 64);
}

/** One password check per request: aliases inside one operation cannot multiply guesses. */
function claimPasswordCheck(ctx: RequestContext, field: string) {
  ctx.passwordChecks += 1;
  if (ctx.passwordChecks > 1) {
    throw tooManyAttempts(field, 'one-per-request', 'one password check per request: aliases may not repeat login or changeMyPassword');
  }
}

/**
 * Every password check passes the throttle (`sign-in-throttle.ts`) before
 * any hashing. A throttled attempt is recorded and refused.
 */
async function admitPasswordCheck(ctx: RequestContext, field: string, purpose: PasswordCheckPurpose, username: string) {
  const address = clientAddress(ctx);
  try {
    return await signInThrottle(ctx.em, ctx.security).admit(field, username, address);
  } catch (err) {
    if (err instanceof GraphQLError && err.extensions.code === 'TOO_MANY_ATTEMPTS') {
      ctx.em.create(SignInAttempt, { username, address, purpose, outcome: PasswordCheckOutcome.THROTTLED, at: new Date() });
      await ctx.em.flush();
    }
    throw err;
  }
}

/** Tells the throttle how an admitted check ended and records it; the caller flushes. */
async function settlePasswordCheck(ctx: RequestContext, check: AdmittedCheck, purpose: PasswordCheckPurpose, username: string, accepted: boolean) {
  const throttle = signInThrottle(ctx.em, ctx.security);
  await (accepted ? throttle.succeeded(check) : throttle.failed(check));
  ctx.em.create(SignInAttempt, {
    username,
    address: clientAddress(ctx),
    purpose,
    outcome: accepted ? PasswordCheckOutcome.ACCEPTED : PasswordCheckOutcome.REFUSED,
    at: new Date(),
  });
}

/**
 * Sign-in. Throttled before the password is checked (see
 * `admitPasswordCheck`); unknown usernames take the same path and the same
 * time as real ones, so responses do not reveal which accounts exist.
 */
export async function signIn(ctx: RequestContext, usernameRaw: string, password: string) {
  claimPasswordCheck(ctx, 'password');
  const v = new Violations();
  const username = usernameRaw.trim().toLowerCase();
  if (!username) v.add('username', 'required', 'must not be blank');
  else if (username.length > 64) v.add('username', 'max-length', 'must be at most 64 characters');
  if (!password) v.add('password', 'required', 'must not be blank');
  else if (password.length > 1024) v.add('password', 'max-length', 'is far too long');
  v.throwIfAny();

  const em = ctx.em;
  const address = clientAddress(ctx);
  const { security } = ctx;
  const check = await admitPasswordCheck(ctx, 'password', PasswordCheckPurpose.SIGN_IN, username);

  const user = await em.findOne(User, { username }, { populate: ['passwordHash', 'orgUnit'] });
  let ok = false;
  if (!user) await burnVerifyTime(password);
  else ok = await verifyPassword(user.passwordHash, password);
  const unit = user?.orgUnit.getEntity();
  const allowed = ok && user!.status === UserStatus.ACTIVE && unit!.status === OrgUnitStatus.OPEN;
  await settlePasswordCheck(ctx, check, PasswordCheckPurpose.SIGN_IN, username, allowed);
  if (!allowed) {
    await em.flush();
    throw unauthenticated('the username or password is wrong, or the user is disabled');
  }

  const token = newSessionSecret();
  const now = new Date();
  const session = em.create(Session, {
    tokenHash: tokenHash(token),
    user: user!,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + security.sessionMaxHours * 3_600_000),
    address,
  });
  user!.lastSignInAt = now;
  // The rest of this response (e.g. `login { user { orgUnit } }`) is answered as the signed-in user.
  const actor = userActor(user!, unit!, session.id);
  setActor(ctx, actor);
  recordAudit(em, actor, {
    operation: 'user.signIn',
    objectType: 'User',
    objectId: user!.id,
    objectLabel: user!.username,
    unitPath: unit!.path,
    after: { address },
  });
  await em.flush();
  return { token, expiresAt: session.expiresAt, user: user! };
}

export async function signOut(ctx: RequestContext): Promise<boolean> {
  if (ctx.actor.kind !== 'USER' || !ctx.actor.sessionId) return false;
  const em = ctx.em;
  await em.transactional(async (tx) => {
    await tx.nativeUpdate(Session, { id: ctx.actor.sessionId! }, { revokedAt: new Date() });
    recordAudit(tx, ctx.actor, {
      operation: 'user.signOut',
      objectType: 'User',
      objectId: ctx.actor.id!,
      objectLabel: ctx.actor.name,
      unitPath: ctx.actor.unit!.path,
    });
  });
  return true;
}

/** Ends every open session of a user (user administration asks for this through its UserSessions port). */
export const sessionsOfUsers: UserSessions = {
  async endAll(em: EntityManager, userId: string) {
    await em.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: new Date() });
  },
};

export async function changeMyPassword(ctx: RequestContext, input: ChangeMyPasswordInput): Promise<boolean> {
  if (ctx.actor.kind !== 'USER') throw forbidden('changeMyPassword: only signed-in users have a password');
  const field = 'input.currentPassword';
  const purpose = PasswordCheckPurpose.PASSWORD_CHANGE;
  claimPasswordCheck(ctx, field);
  // Checked (and throttled) outside the transaction, so a wrong guess stays counted and recorded.
  const me = await ctx.em.findOneOrFail(User, { id: ctx.actor.id! }, { populate: ['passwordHash'] });
  const check = await admitPasswordCheck(ctx, field, purpose, me.username);
  const matches = await verifyPassword(me.passwordHash, input.currentPassword);
  await settlePasswordCheck(ctx, check, purpose, me.username, matches);
  await ctx.em.flush();
  if (!matches) throw inputError(field, 'matches', 'is not your current password');

  return ctx.em.transactional(async (tx) => {
    const user = await tx.findOneOrFail(User, { id: me.id }, { populate: ['passwordHash', 'orgUnit'] });
    const v = new Violations();
    checkPasswordPolicy(v, 'input.newPassword', input.newPassword, user.username);
    if (input.newPassword === input.currentPassword) v.add('input.newPassword', 'different', 'must differ from the current password');
    v.throwIfAny();
    // Other sessions end; this one stays.
    await tx.nativeUpdate(Session, { user: user.id, revokedAt: null, id: { $ne: ctx.actor.sessionId ?? undefined } }, { revokedAt: new Date() });
    await storeNewPassword(tx, ctx.actor, user, input.newPassword, 'user.changeOwnPassword');
    await tx.flush();
    return true;
  });
}

