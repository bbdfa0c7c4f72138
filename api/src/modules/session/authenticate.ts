import type { Request } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLError } from 'graphql';
import { parse as parseCookie } from 'cookie';
import { unauthenticated } from '../../shared/errors.js';
import type { Actor } from '../../shared/actor.js';
import { API_TOKEN_PREFIX, SESSION_COOKIE, TOKEN_SHAPE, tokenHash } from '../../shared/auth/tokens.js';
import type { SecurityConfig } from '../../config.js';
import { User, UserStatus } from '../user/user.entity.js';
import { Session } from './session.entity.js';
import { ApiToken } from '../api-token/api-token.entity.js';
import { OrgUnit, OrgUnitStatus, type OrgLevel } from '../org-unit/org-unit.entity.js';
import type { Role } from '../../shared/auth/roles.js';

export interface Authentication {
  actor?: Actor;
  error?: GraphQLError;
}

/** Activity stamps are refreshed at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;

function unitOf(unit: OrgUnit): NonNullable<Actor['unit']> {
  return { id: unit.id, code: unit.code, path: unit.path, level: unit.level };
}

/** The credential a request carries: a bearer token, else the console's session cookie. */
export function credentialOf(req: Pick<Request, 'headers'>): { token?: string; error?: GraphQLError } {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const match = /^Bearer (\S+)$/.exec(header.trim());
    if (!match || !TOKEN_SHAPE.test(match[1])) {
      return { error: unauthenticated('the Authorization header must be "Bearer <token>" with a token this API issued') };
    }
    return { token: match[1] };
  }
  const cookie = req.headers.cookie ? parseCookie(req.headers.cookie)[SESSION_COOKIE] : undefined;
  if (cookie === undefined) return {};
  if (!TOKEN_SHAPE.test(cookie)) return { error: unauthenticated('the session cookie is malformed; sign in again') };
  // The cookie is the console's: an integration token planted there (by a
  // subdomain, or pasted by a person) must not turn a browser into that system.
  if (cookie.startsWith(API_TOKEN_PREFIX)) {
    return { error: unauthenticated('the session cookie carries an API token; API tokens go in the Authorization header') };
  }
  return { token: cookie };
}

export function userActor(user: User, unit: OrgUnit, sessionId: string | null): Actor {
  return {
    kind: 'USER',
    id: user.id,
    name: user.username,
    unit: unitOf(unit),
    roles: [...user.roles],
    readOnly: false,
    sessionId,
  };
}

/** A session or API token row with its user and unit, as the single statement reads them. */
interface CredentialRow {
  id: string;
  /** Times as epoch milliseconds: the driver hands timestamps over as text, numbers need no parsing. */
  expires_ms: number;
  revoked: boolean;
  /** Sessions: last activity; API tokens: last use (null until first used). */
  stamped_ms: number | null;
  /** Sessions: the username; API tokens: the token's name. */
  name: string;
  user_id: string | null;
  roles: Role[] | null;
  user_status: UserStatus | null;
  unit_id: string;
  unit_code: string;
  unit_path: string;
  unit_level: OrgLevel;
  unit_status: OrgUnitStatus;
}

const UNIT_COLUMNS = `o.id as unit_id, o.code as unit_code, o.path as unit_path, o.level as unit_level, o.status as unit_status`;

/**
 * Every request with a credential runs one of these, and nothing else before
 * its resolvers: the credential, its user and its unit in one statement of
 * plain columns (no managed entities, no identity map).
 */
const epochMs = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;
const SESSION_SQL = `select s.id, ${epochMs('s.expires_at')} as expires_ms, s.revoked_at is not null as revoked,
  ${epochMs('s.last_seen_at')} as stamped_ms, u.username as name,
  u.id as user_id, u.roles, u.status as user_status, ${UNIT_COLUMNS}
  from user_session s join app_user u on u.id = s.user_id join org_unit o on o.id = u.org_unit_id
  where s.token_hash = ?`;
const API_TOKEN_SQL = `select t.id, ${epochMs('t.expires_at')} as expires_ms, t.revoked_at is not null as revoked,
  ${epochMs('t.last_used_at')} as stamped_ms, t.name,
  null as user_id, null as roles, null as user_status, ${UNIT_COLUMNS}
  from api_token t join org_unit o on o.id = t.scope_unit_id
  where t.token_hash = ?`;

async function credentialRow(em: EntityManager, sql: string, hash: string): Promise<CredentialRow | undefined> {
  const rows = await em.getConnection().execute<CredentialRow[]>(sql, [hash]);
  return rows[0];
}

function rowUnit(row: CredentialRow): NonNullable<Actor['unit']> {
  return { id: row.unit_id, code: row.unit_code, path: row.unit_path, level: row.unit_level };
}

/**
 * Turns the request's credential into an actor, or says why it is refused.
 * One SQL statement; a second (the activity stamp) at most once a minute per
 * session or token, so reads do not turn into writes.
 */
export async function authenticate(
  em: EntityManager,
  req: Pick<Request, 'headers'>,
  security: SecurityConfig,
  now = new Date(),
): Promise<Authentication> {
  const { token, error } = credentialOf(req);
  if (error) return { error };
  if (!token) return {};
  const hash = tokenHash(token);

  if (token.startsWith(API_TOKEN_PREFIX)) {
    const row = await credentialRow(em, API_TOKEN_SQL, hash);
    if (!row) return { error: unauthenticated('this API token is not known') };
    if (row.revoked) return { error: unauthenticated('this API token was revoked') };
    if (row.expires_ms <= now.getTime()) return { error: unauthenticated('this API token has expired') };
    // Like the users of a closed unit, its integrations stop.
    if (row.unit_status !== OrgUnitStatus.OPEN) {
      return { error: unauthenticated(`this API token is scoped to ${row.unit_code}, which is closed`) };
    }
    if (row.stamped_ms === null || now.getTime() - row.stamped_ms > TOUCH_INTERVAL_MS) {
      await em.nativeUpdate(ApiToken, { id: row.id }, { lastUsedAt: now });
    }
    return {
      actor: { kind: 'API_TOKEN', id: row.id, name: `token:${row.name}`, unit: rowUnit(row), roles: [], readOnly: true },
    };
  }

  const row = await credentialRow(em, SESSION_SQL, hash);
  if (!row || row.revoked) return { error: unauthenticated('this session has ended; sign in again') };
  const lastSeen = row.stamped_ms!;
  const idleLimit = security.sessionIdleMinutes * 60_000;
  if (row.expires_ms <= now.getTime() || now.getTime() - lastSeen > idleLimit) {
    return { error: unauthenticated('this session has expired; sign in again') };
  }
  if (row.user_status !== UserStatus.ACTIVE) return { error: unauthenticated('this user is disabled') };
  if (row.unit_status !== OrgUnitStatus.OPEN) return { error: unauthenticated(`the unit ${row.unit_code} is closed`) };
  if (now.getTime() - lastSeen > TOUCH_INTERVAL_MS) {
    await em.nativeUpdate(Session, { id: row.id }, { lastSeenAt: now });
  }
  return {
    actor: { kind: 'USER', id: row.user_id, name: row.name, unit: rowUnit(row), roles: [...row.roles!], readOnly: false, sessionId: row.id },
  };
}
