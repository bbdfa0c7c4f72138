import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PasswordCheckOutcome, PasswordCheckPurpose, Session, SignInAttempt, User, UserStatus } from './user.entity.js';
import { OrgLevel, OrgUnit, OrgUnitStatus } from '../org-unit/org-unit.entity.js';
import { burnVerifyTime, checkPasswordPolicy, hashPassword, verifyPassword } from './password.js';
import { Violations, forbidden, inputError, notFound, tooManyAttempts, unauthenticated, versionConflict } from '../../shared/errors.js';
import { signInThrottle, type AdmittedCheck } from './sign-in-throttle.js';
import { Role } from '../../shared/auth/roles.js';
import { SESSION_COOKIE, newSessionSecret, tokenHash } from '../../shared/auth/tokens.js';
import { userActor } from '../../shared/auth/authenticate.js';
import { recordAudit } from '../audit/audit.service.js';
import { setActor, type RequestContext } from '../../graphql/context.js';
import type { Scope } from '../../shared/auth/scope.js';
import type { CreateUserInput, SetUserPasswordInput, UpdateUserInput, ChangeMyPasswordInput, UserFilter } from './identity.inputs.js';
import { fetchPage, type ListOrder, type PageRequest } from '../../shared/pagination.js';
import { containsPattern } from '../../shared/sql.js';
import { columnLength } from '../../shared/limits.js';

const USERNAME_MAX = columnLength(User, 'username');
export const USERNAME_PATTERN = new RegExp(`^[a-z][a-z0-9._-]{2,${USERNAME_MAX - 1}}$`);
const USER_ADMINS = [Role.ADMIN];

/** Roles that only make sense at certain levels of the network. */
const ROLE_LEVELS: Partial<Record<Role, OrgLevel[]>> = {
  [Role.STANDARDS_AUTHOR]: [OrgLevel.HEAD_OFFICE],
  [Role.BRANCH_STAFF]: [OrgLevel.TIER_ONE_BRANCH, OrgLevel.TIER_TWO_BRANCH],
  [Role.OUTLET_HEAD]: [OrgLevel.OUTLET],
  [Role.APPROVER]: [OrgLevel.HEAD_OFFICE, OrgLevel.TIER_ONE_BRANCH, OrgLevel.TIER_TWO_BRANCH],
};

export function userSnapshot(user: User): Record<string, unknown> {
  return {
    username: user.username,
    displayName: user.displayName,
    // By code, readable in the log, never the internal id: the unit is loaded wherever users are changed.
    orgUnitCode: user.orgUnit.getEntity().code,
    roles: [...user.roles].sort(),
    status: user.status,
  };
}

/** The address a password check comes from, as long as the columns that record it. */
function clientAddress(ctx: RequestContext): string {
  return (ctx.http?.address ?? 'in-process').slice(0, 64);
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

  ctx.http?.res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: security.production || ctx.http.req.secure,
    path: '/',
    expires: session.expiresAt,
  });
  return { token, expiresAt: session.expiresAt, user: user! };
}

export async function signOut(ctx: RequestContext): Promise<boolean> {
  ctx.http?.res.clearCookie(SESSION_COOKIE, { path: '/' });
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

async function revokeSessions(em: EntityManager, userId: string) {
  await em.nativeUpdate(Session, { user: userId, revokedAt: null }, { revokedAt: new Date() });
}

async function resolveUnit(em: EntityManager, scope: Scope, v: Violations, field: string, code: string) {
  const unit = await em.findOne(OrgUnit, { code });
  if (!unit || !scope.canReadUnit(unit)) {
    v.add(field, 'exists', `no unit with code "${code}"`);
    return null;
  }
  if (!scope.inSubtree(unit.path)) v.add(field, 'in-scope', `${code} is outside your part of the network`);
  if (unit.status !== OrgUnitStatus.OPEN) v.add(field, 'open', `${code} is closed`);
  return unit;
}

function checkRoles(v: Violations, roles: Role[], unit: OrgUnit | null) {
  if (!roles.length) v.add('input.roles', 'required', 'give the user at least one role');
  if (new Set(roles).size !== roles.length) v.add('input.roles', 'unique', 'lists a role twice');
  if (!unit) return;
  for (const role of roles) {
    const levels = ROLE_LEVELS[role];
    if (levels && !levels.includes(unit.level)) {
      v.add('input.roles', 'role-level', `${role} is for users at ${levels.join(' / ')}, but ${unit.code} is a ${unit.level}`);
    }
  }
}

const DISPLAY_NAME_MAX = columnLength(User, 'displayName');

function checkDisplayName(v: Violations, raw: string): string {
  const displayName = raw.trim();
  if (!displayName) v.add('input.displayName', 'required', 'must not be blank');
  else if (displayName.length > DISPLAY_NAME_MAX) v.add('input.displayName', 'max-length', `must be at most ${DISPLAY_NAME_MAX} characters`);
  return displayName;
}

async function loadUserForChange(em: EntityManager, scope: Scope, username: string, action: string) {
  const user = await em.findOne(User, { username: username.trim().toLowerCase() }, { populate: ['orgUnit'] });
  if (!user || !scope.inSubtree(user.orgUnit.getEntity().path)) throw notFound('input.username', 'user', username);
  scope.assertCanWrite(user.orgUnit.getEntity(), USER_ADMINS, action);
  return user;
}

export async function createUser(em: EntityManager, scope: Scope, input: CreateUserInput): Promise<User> {
  scope.assertCanWrite(null, USER_ADMINS, 'createUser');
  return em.transactional(async (tx) => {
    const v = new Violations();
    const username = input.username.trim().toLowerCase();
    if (!USERNAME_PATTERN.test(username)) {
      v.add('input.username', 'format', 'use 3-64 characters: lower-case letters, digits, ".", "_" or "-", starting with a letter');
    } else if (await tx.count(User, { username })) {
      // Usernames are unique bank-wide: like unit codes, the refusal confirms the name exists and nothing more.
      v.add('input.username', 'unique', `username "${username}" is already in use in the bank; usernames are unique bank-wide, choose another`);
    }
    const displayName = checkDisplayName(v, input.displayName);
    const unit = await resolveUnit(tx, scope, v, 'input.orgUnitCode', input.orgUnitCode);
    checkRoles(v, input.roles, unit);
    checkPasswordPolicy(v, 'input.password', input.password, username);
    v.throwIfAny();
    const user = tx.create(User, {
      username,
      displayName,
      orgUnit: unit!,
      roles: input.roles,
      passwordHash: await hashPassword(input.password),
    } as never);
    recordAudit(tx, scope.actor, {
      operation: 'user.create',
      objectType: 'User',
      objectId: user.id,
      objectLabel: username,
      unitPath: unit!.path,
      after: userSnapshot(user),
    });
    await tx.flush();
    return user;
  });
}

export async function updateUser(em: EntityManager, scope: Scope, input: UpdateUserInput): Promise<User> {
  return em.transactional(async (tx) => {
    const user = await loadUserForChange(tx, scope, input.username, 'updateUser');
    if (user.version !== input.expectedVersion) throw versionConflict('input.expectedVersion', input.expectedVersion, user.version);
    const before = userSnapshot(user);
    const v = new Violations();
    if (input.displayName != null) user.displayName = checkDisplayName(v, input.displayName);
    let unit = user.orgUnit.getEntity();
    if (input.orgUnitCode && input.orgUnitCode !== unit.code) {
      unit = (await resolveUnit(tx, scope, v, 'input.orgUnitCode', input.orgUnitCode)) ?? unit;
      user.orgUnit = tx.getReference(OrgUnit, unit.id, { wrapped: true }) as never;
    }
    if (input.roles) user.roles = input.roles;
    checkRoles(v, user.roles, unit);
    if (input.status) {
      if (scope.actor.id === user.id && input.status === UserStatus.DISABLED) {
        v.add('input.status', 'not-self', 'you cannot disable yourself');
      }
      user.status = input.status;
    }
    v.throwIfAny();
    const after = userSnapshot(user);
    if (JSON.stringify(after) === JSON.stringify(before)) return user;
    // A user moved, demoted or disabled must sign in again under the new terms.
    await revokeSessions(tx, user.id);
    recordAudit(tx, scope.actor, {
      operation: 'user.update',
      objectType: 'User',
      objectId: user.id,
      objectLabel: user.username,
      unitPath: unit.path,
      before,
      after,
    });
    await tx.flush();
    return user;
  });
}

export async function setUserPassword(em: EntityManager, scope: Scope, input: SetUserPasswordInput): Promise<User> {
  return em.transactional(async (tx) => {
    const user = await loadUserForChange(tx, scope, input.username, 'setUserPassword');
    const v = new Violations();
    checkPasswordPolicy(v, 'input.newPassword', input.newPassword, user.username);
    v.throwIfAny();
    user.passwordHash = await hashPassword(input.newPassword);
    await revokeSessions(tx, user.id);
    recordAudit(tx, scope.actor, {
      operation: 'user.setPassword',
      objectType: 'User',
      objectId: user.id,
      objectLabel: user.username,
      unitPath: user.orgUnit.getEntity().path,
      // Never the hash itself: only that it changed.
      before: { password: '(previous)' },
      after: { password: '(changed)' },
    });
    await tx.flush();
    return user;
  });
}

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
    user.passwordHash = await hashPassword(input.newPassword);
    // Other sessions end; this one stays.
    await tx.nativeUpdate(Session, { user: user.id, revokedAt: null, id: { $ne: ctx.actor.sessionId ?? undefined } }, { revokedAt: new Date() });
    recordAudit(tx, ctx.actor, {
      operation: 'user.changeOwnPassword',
      objectType: 'User',
      objectId: user.id,
      objectLabel: user.username,
      unitPath: user.orgUnit.getEntity().path,
      before: { password: '(previous)' },
      after: { password: '(changed)' },
    });
    await tx.flush();
    return true;
  });
}

const USER_READERS = [Role.ADMIN, Role.AUDITOR];

/** Users by username (unique). */
export const USER_ORDER: ListOrder = { name: 'users', keys: [{ sql: 't.username', type: 'text' }], descending: false };

export async function findUser(em: EntityManager, scope: Scope, username: string): Promise<User | null> {
  if (!scope.hasRole(...USER_READERS)) throw forbidden('user: needs the role ADMIN or AUDITOR');
  const user = await em.findOne(User, { username: username.trim().toLowerCase() }, { populate: ['orgUnit'] });
  return user && scope.inSubtree(user.orgUnit.getEntity().path) ? user : null;
}

/** Users in the actor's subtree: for administrators and auditors. */
export async function listUsers(em: EntityManager, scope: Scope, filter: UserFilter, page: PageRequest) {
  if (!scope.hasRole(...USER_READERS)) throw forbidden('users: needs the role ADMIN or AUDITOR');
  const knex = em.getKnex();
  const base = knex('app_user as t').join('org_unit as u', 'u.id', 't.org_unit_id').whereRaw(...scope.subtreeSql('u.path'));
  if (filter.under) {
    const under = await em.findOne(OrgUnit, { code: filter.under });
    if (!under || !scope.canReadUnit(under)) throw notFound('filter.under', 'unit', filter.under);
    base.where('u.path', 'like', under.path + '%');
  }
  if (filter.role) base.whereRaw('? = any(t.roles)', [filter.role]);
  if (filter.status) base.where('t.status', filter.status);
  const search = filter.search?.trim();
  if (search) {
    const pattern = containsPattern(search);
    base.where((w) => w.whereILike('t.username', pattern).orWhereILike('t.display_name', pattern));
  }
  return fetchPage(em, User, base, page);
}
