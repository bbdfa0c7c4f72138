import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLError } from 'graphql';
import { LoaderRegistry } from '../shared/loaders.js';
import { ANONYMOUS_ACTOR, type Actor } from '../shared/actor.js';
import { Scope } from '../shared/auth/scope.js';
import { loadSecurityConfig, type SecurityConfig } from '../config.js';
import type { RequestLogContext } from '../shared/log.js';

/** What every resolver gets: its own EntityManager fork, loaders, the actor and its scope. */
export interface RequestContext {
  em: EntityManager;
  loaders: LoaderRegistry;
  actor: Actor;
  scope: Scope;
  requestId: string;
  security: SecurityConfig;
  /** Why the credentials sent were refused, raised when a field needs them. */
  authError?: GraphQLError;
  /** Present for HTTP requests: the sign-in resolver sets and clears the session cookie on it. */
  http?: { req: Request; res: Response; address: string };
  /** The caller's network address (HTTP requests), for the sign-in record and throttle; services read this, never `http`. */
  clientAddress: string | null;
  /** Password checks (login, changeMyPassword) made in this request; aliases count one by one. */
  passwordChecks: number;
  /** The HTTP request's log fields (id, actor, operation), filled in as they become known. */
  log?: RequestLogContext;
}

export function createRequestContext(
  rootEm: EntityManager,
  actor: Actor = ANONYMOUS_ACTOR,
  requestId: string,
  extra: Partial<Pick<RequestContext, 'security' | 'http' | 'authError' | 'log'>> = {},
): RequestContext {
  // A fork per request: its identity map and DataLoader caches live and die
  // with the request, so nothing one user loaded is ever served to another.
  const em = rootEm.fork({ clear: true, useContext: false }) as EntityManager;
  const withRequest = { ...actor, requestId };
  const scope = new Scope(withRequest);
  return {
    em,
    actor: withRequest,
    scope,
    loaders: new LoaderRegistry({ em, scope }),
    requestId,
    security: extra.security ?? loadSecurityConfig(),
    http: extra.http,
    clientAddress: extra.http?.address ?? null,
    authError: extra.authError,
    passwordChecks: 0,
    log: extra.log,
  };
}

/** Replaces the actor once credentials are checked (loaders are rebuilt for the new scope). */
export function setActor(ctx: RequestContext, actor: Actor): void {
  ctx.actor = { ...actor, requestId: ctx.requestId };
  ctx.scope = new Scope(ctx.actor);
  ctx.loaders = new LoaderRegistry({ em: ctx.em, scope: ctx.scope });
  // The request's log lines name who acted (sign-in switches actor mid-request).
  if (ctx.log) ctx.log.actor = ctx.actor.name;
}
