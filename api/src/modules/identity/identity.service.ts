import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Session, SignInAttempt, User, UserStatus } from './user.entity.js';
import { OrgLevel, OrgUnit, OrgUnitStatus } from '../org-unit/org-unit.entity.js';
import { burnVerifyTime, checkPasswordPolicy, hashPassword, verifyPassword } from './password.js';
import { Violations, forbidden, inputError, notFound, unauthenticated, versionConflict } from '../../shared/errors.js';
import { Role } from '../../shared/auth/roles.js';
import { SESSION_COOKIE, newSecret, tokenHash } from '../../shared/auth/tokens.js';
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

function tooMany(message: string, retryAt?: Date) {
  return new GraphQLError(message, { extensions: { code: 'TOO_MANY_ATTEMPTS', retryAt: retryAt?.toISOString() } });
}

export function userSnapshot(user: User): Record<string, unknown> {
  return {
    username: user.username,
    displayName: user.displayName,
    // By code, readable in the log; the unit is loaded wherever users are changed.
    orgUnitCode: user.orgUnit?.isInitialized() ? user.orgUnit.getEntity().code : (user.orgUnit?.id ?? null),
    roles: [...user.roles].sort(),
    status: user.status,
  };
}

/**
 * Sign-in. Throttled per user and per client address over a sliding window
 * (failures since the user's last success count); the limits apply before the
 * password is even checked, so guessing stops at the limit. One attempt per
 * request: aliases inside one operation cannot multiply tries.
 */
export async function signIn(ctx: RequestContext, usernameRaw: string, password: string) {
  ctx.loginAttempts += 1;
  if (ctx.loginAttempts > 1) throw tooMany('one sign-in per request: aliases and batches may not repeat login');
  const v = new Violations();
  const username = usernameRaw.trim().toLowerCase();
  if (!username) v.add('username', 'required', 'must not be blank');
  else if (username.length > 64) v.add('username', 'max-length', 'must be at most 64 characters');
  if (!password) v.add('password', 'required', 'must not be blank');
  else if (password.length > 1024) v.add('password', 'max-length', 'is far too long');
  v.throwIfAny();

  const em = ctx.em;
  const address = ctx.http?.address ?? 'in-process';
  const { security } = ctx;
  const windowStart = new Date(Date.now() - security.loginWindowMinutes * 60_000);
  const lastSuccess = await em.findOne(SignInAttempt, { username, succeeded: true }, { orderBy: { at: 'desc' } });
  const since = lastSuccess && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const [userFailures, addressFailures] = await Promise.all([
    em.find(SignInAttempt, { username, succeeded: false, at: { $gt: since } }, { orderBy: { at: 'asc' }, fields: ['at'] }),
    em.find(SignInAttempt, { address, succeeded: false, at: { $gt: windowStart } }, { orderBy: { at: 'desc' }, fields: ['at'], limit: security.loginMaxFailuresPerAddress }),
  ]);
  if (userFailures.length >= security.loginMaxFailuresPerUser) {
    const retryAt = new Date(userFailures[0].at.getTime() + security.loginWindowMinutes * 60_000);
    throw tooMany(`too many failed sign-ins for this user; try again after ${retryAt.toISOString()}`, retryAt);
  }
  if (addressFailures.length >= security.loginMaxFailuresPerAddress) {
    // The lock lifts once the oldest of the last N failures leaves the window.
    const retryAt = new Date(addressFailures[addressFailures.length - 1].at.getTime() + security.loginWindowMinutes * 60_000);
    throw tooMany(`too many failed sign-ins from this address; try again after ${retryAt.toISOString()}`, retryAt);
  }

  const user = await em.findOne(User, { username }, { populate: ['passwordHash', 'orgUnit'] });
  let ok = false;
  if (!user) await burnVerifyTime(password);
  else ok = await verifyPassword(user.passwordHash, password);
  const unit = user?.orgUnit.getEntity();
  const allowed = ok && user!.status === UserStatus.ACTIVE && unit!.status === OrgUnitStatus.OPEN;
  em.create(SignInAttempt, { username, address, succeeded: allowed, at: new Date() });
  if (!allowed) {
    await em.flush();
    throw unauthenticated('the username or password is wrong, or the user is disabled');
  }

  const token = newSecret();
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
    after: { sessionId: session.id, address },
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
      before: { sessionId: ctx.actor.sessionId },
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
      v.add('input.username', 'unique', `username "${username}" is already taken`);
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
  return ctx.em.transactional(async (tx) => {
    const user = await tx.findOneOrFail(User, { id: ctx.actor.id! }, { populate: ['passwordHash', 'orgUnit'] });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw inputError('input.currentPassword', 'matches', 'is not your current password');
    }
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
