import type { EntityManager } from '@mikro-orm/postgresql';
import { ApiToken } from './api-token.entity.js';
import { OrgUnit, OrgUnitStatus } from '../org-unit/org-unit.entity.js';
import { Violations, forbidden, inputError, notFound } from '../../shared/errors.js';
import { Role } from '../../shared/auth/roles.js';
import { API_TOKEN_PREFIX, newSecret, tokenHash } from '../../shared/auth/tokens.js';
import { recordAudit } from '../audit/audit.service.js';
import { columnLength } from '../../shared/limits.js';
import type { Scope } from '../../shared/auth/scope.js';
import { fetchPage, type ListOrder, type PageRequest } from '../../shared/pagination.js';

const NAME_MAX = columnLength(ApiToken, 'name');
const SYSTEM_PATTERN = new RegExp(`^[A-Z][A-Z0-9_]{1,${columnLength(ApiToken, 'system') - 1}}$`);

/** Integration tokens live at most this long; systems rotate them. */
export const MAX_TOKEN_DAYS = 730;

export interface IssueApiTokenInput {
  name: string;
  system: string;
  scopeUnitCode: string;
  expiresAt: Date;
}

function snapshot(token: ApiToken): Record<string, unknown> {
  return {
    name: token.name,
    system: token.system,
    // By code, never the internal id: the unit is loaded wherever tokens are changed.
    scopeUnitCode: token.scopeUnit.getEntity().code,
    prefix: token.prefix,
    expiresAt: token.expiresAt,
    revokedAt: token.revokedAt ?? null,
  };
}

/** Issues a read-only token for a subtree. The secret is returned once and never stored. */
export async function issueApiToken(em: EntityManager, scope: Scope, input: IssueApiTokenInput, now = new Date()) {
  scope.assertCanWrite(null, [Role.ADMIN], 'issueApiToken');
  return em.transactional(async (tx) => {
    const v = new Violations();
    const name = input.name.trim();
    const system = input.system.trim();
    if (!name) v.add('input.name', 'required', 'must not be blank');
    if (name.length > NAME_MAX) v.add('input.name', 'max-length', `must be at most ${NAME_MAX} characters`);
    if (!SYSTEM_PATTERN.test(system)) v.add('input.system', 'format', 'use an upper-case code such as QUEUE_MANAGEMENT');
    const unit = await tx.findOne(OrgUnit, { code: input.scopeUnitCode });
    if (!unit || !scope.canReadUnit(unit)) v.add('input.scopeUnitCode', 'exists', `no unit with code "${input.scopeUnitCode}"`);
    else if (!scope.inSubtree(unit.path)) v.add('input.scopeUnitCode', 'in-scope', `${unit.code} is outside your part of the network`);
    else if (unit.status !== OrgUnitStatus.OPEN) v.add('input.scopeUnitCode', 'open', `${unit.code} is closed; a token scoped to it would not work`);
    const days = (input.expiresAt.getTime() - now.getTime()) / 86_400_000;
    if (!(days > 0)) v.add('input.expiresAt', 'future', 'must be in the future');
    else if (days > MAX_TOKEN_DAYS) v.add('input.expiresAt', 'max-lifetime', `must be within ${MAX_TOKEN_DAYS} days`);
    v.throwIfAny();
    const secret = `${API_TOKEN_PREFIX}${newSecret()}`;
    const token = tx.create(ApiToken, {
      name,
      system,
      scopeUnit: unit!,
      tokenHash: tokenHash(secret),
      prefix: secret.slice(0, 10),
      expiresAt: input.expiresAt,
      createdBy: scope.actor.name,
    } as never);
    recordAudit(tx, scope.actor, {
      operation: 'apiToken.issue',
      objectType: 'ApiToken',
      objectId: token.id,
      objectLabel: name,
      unitPath: unit!.path,
      after: snapshot(token),
    });
    await tx.flush();
    return { token: secret, apiToken: token };
  });
}

export async function revokeApiToken(em: EntityManager, scope: Scope, id: string) {
  return em.transactional(async (tx) => {
    const token = await tx.findOne(ApiToken, { id }, { populate: ['scopeUnit'] });
    if (!token || !scope.inSubtree(token.scopeUnit.getEntity().path)) throw notFound('id', 'API token', id);
    scope.assertCanWrite(token.scopeUnit.getEntity(), [Role.ADMIN], 'revokeApiToken');
    if (token.revokedAt) throw inputError('id', 'active', 'this token is already revoked');
    const before = snapshot(token);
    token.revokedAt = new Date();
    recordAudit(tx, scope.actor, {
      operation: 'apiToken.revoke',
      objectType: 'ApiToken',
      objectId: token.id,
      objectLabel: token.name,
      unitPath: token.scopeUnit.getEntity().path,
      before,
      after: snapshot(token),
    });
    await tx.flush();
    return token;
  });
}

/** Newest first; the id breaks ties. */
export const API_TOKEN_ORDER: ListOrder = {
  name: 'apiTokens',
  keys: [{ sql: 't.created_at', type: 'timestamp' }, { sql: 't.id', type: 'uuid' }],
  descending: true,
};

export async function listApiTokens(em: EntityManager, scope: Scope, page: PageRequest) {
  if (!scope.hasRole(Role.ADMIN, Role.AUDITOR)) throw forbidden('apiTokens: needs the role ADMIN or AUDITOR');
  const base = em
    .getKnex()('api_token as t')
    .join('org_unit as u', 'u.id', 't.scope_unit_id')
    .whereRaw(...scope.subtreeSql('u.path'));
  return fetchPage(em, ApiToken, base, page);
}
