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
import { OrgUnit, OrgUnitStatus } from '../org-unit/org-unit.entity.js';

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

/** Turns the request's credential into an actor, or says why it is refused. */
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
    const apiToken = await em.findOne(ApiToken, { tokenHash: hash }, { populate: ['scopeUnit'] });
    if (!apiToken) return { error: unauthenticated('this API token is not known') };
    if (apiToken.revokedAt) return { error: unauthenticated('this API token was revoked') };
    if (apiToken.expiresAt <= now) return { error: unauthenticated('this API token has expired') };
    const unit = apiToken.scopeUnit.getEntity();
    // Like the users of a closed unit, its integrations stop.
    if (unit.status !== OrgUnitStatus.OPEN) {
      return { error: unauthenticated(`this API token is scoped to ${unit.code}, which is closed`) };
    }
    if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() > TOUCH_INTERVAL_MS) {
      await em.nativeUpdate(ApiToken, { id: apiToken.id }, { lastUsedAt: now });
    }
    return {
      actor: { kind: 'API_TOKEN', id: apiToken.id, name: `token:${apiToken.name}`, unit: unitOf(unit), roles: [], readOnly: true },
    };
  }

  const session = await em.findOne(Session, { tokenHash: hash }, { populate: ['user', 'user.orgUnit'] });
  if (!session || session.revokedAt) return { error: unauthenticated('this session has ended; sign in again') };
  const idleLimit = security.sessionIdleMinutes * 60_000;
  if (session.expiresAt <= now || now.getTime() - session.lastSeenAt.getTime() > idleLimit) {
    return { error: unauthenticated('this session has expired; sign in again') };
  }
  const user = session.user.getEntity();
  const unit = user.orgUnit.getEntity();
  if (user.status !== UserStatus.ACTIVE) return { error: unauthenticated('this user is disabled') };
  if (unit.status !== OrgUnitStatus.OPEN) return { error: unauthenticated(`the unit ${unit.code} is closed`) };
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
  }
  return { actor: userActor(user, unit, session.id) };
}
