import type { EntityManager } from '@mikro-orm/postgresql';
import { User, UserStatus } from './user.entity.js';
import { OrgLevel, OrgUnit, OrgUnitStatus } from '../org-unit/org-unit.entity.js';
import { checkPasswordPolicy, hashPassword } from './password.js';
import { Violations, forbidden, notFound, versionConflict } from '../../shared/errors.js';
import { Role } from '../../shared/auth/roles.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Scope } from '../../shared/auth/scope.js';
import type { Actor } from '../../shared/actor.js';
import type { CreateUserInput, SetUserPasswordInput, UpdateUserInput, UserFilter } from './user.inputs.js';
import { fetchPage, type ListOrder, type PageRequest } from '../../shared/pagination.js';
import { containsPattern } from '../../shared/sql.js';
import { columnLength } from '../../shared/limits.js';
import { userSessions } from './user.sessions.js';

/**
 * User administration: creating, changing and disabling users and setting
 * their passwords, by administrators within their part of the network.
 * Signing in, sessions and one's own password are the session module's.
 */

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
    await userSessions().endAll(tx, user.id);
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

/**
 * Stores a new password (its hash) and audits that it changed, never the hash
 * itself. Used by administrators here and by users changing their own in the
 * session module; the caller has checked the policy and flushes.
 */
export async function storeNewPassword(em: EntityManager, actor: Actor, user: User, newPassword: string, operation: 'user.setPassword' | 'user.changeOwnPassword') {
  user.passwordHash = await hashPassword(newPassword);
  recordAudit(em, actor, {
    operation,
    objectType: 'User',
    objectId: user.id,
    objectLabel: user.username,
    unitPath: user.orgUnit.getEntity().path,
    before: { password: '(previous)' },
    after: { password: '(changed)' },
  });
}

export async function setUserPassword(em: EntityManager, scope: Scope, input: SetUserPasswordInput): Promise<User> {
  return em.transactional(async (tx) => {
    const user = await loadUserForChange(tx, scope, input.username, 'setUserPassword');
    const v = new Violations();
    checkPasswordPolicy(v, 'input.newPassword', input.newPassword, user.username);
    v.throwIfAny();
    await userSessions().endAll(tx, user.id);
    await storeNewPassword(tx, scope.actor, user, input.newPassword, 'user.setPassword');
    await tx.flush();
    return user;
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
