import express from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { getSchema } from './graphql/schema.js';
import { createRequestContext, setActor, type RequestContext } from './graphql/context.js';
import { authenticate } from './shared/auth/authenticate.js';
import { inputGuardPlugin } from './shared/input-guard.js';
import { loadSecurityConfig, type SecurityConfig } from './config.js';

export interface AppOptions {
  orm: MikroORM;
  /** Built console to serve at `/` (skipped when absent). */
  consoleDir?: string;
  security?: SecurityConfig;
}

/** Error codes whose messages are written for the caller and safe to show in production. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'VERSION_CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN', 'TOO_MANY_ATTEMPTS',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * One place shapes every error: races the database catches (a concurrent edit,
 * a code taken between our check and the insert) become the same clear errors
 * the services give; in production anything unexpected is masked, so no stack
 * trace, SQL or internal message leaves the server.
 */
export function makeFormatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof OptimisticLockError) {
      return {
        message: 'input.expectedVersion: the record was changed by someone else meanwhile; reload and apply your change again',
        path: formatted.path,
        extensions: { code: 'VERSION_CONFLICT', field: 'input.expectedVersion', rule: 'current-version' },
      };
    }
    if (original instanceof UniqueConstraintViolationException) {
      return {
        message: 'input: a record with this key already exists',
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', field: 'input', rule: 'unique' },
      };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (production && !(original instanceof GraphQLError && code && CLIENT_CODES.has(code))) {
      return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    return formatted;
  };
}

/**
 * graphql-armor's rules throw by default (meant for Envelop); under Apollo we
 * report instead, so an over-limit query gets a normal validation error.
 */
const REPORT = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export async function createApolloServer(security: SecurityConfig = loadSecurityConfig()) {
  const { production } = security;
  return new ApolloServer<RequestContext>({
    schema: await getSchema(),
    formatError: makeFormatError(production),
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    // CSRF prevention stays on (Apollo's default): a request must be JSON or carry a custom header.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: [
      maxDepthRule({ n: security.maxDepth, ignoreIntrospection: true, ...REPORT }),
      costLimitRule({ maxCost: security.maxCost, ignoreIntrospection: true, ...REPORT }),
      maxAliasesRule({ n: security.maxAliases, ...REPORT }),
    ],
    plugins: [inputGuardPlugin(), ...(production ? [ApolloServerPluginLandingPageDisabled()] : [])],
  });
}

export async function createApp(opts: AppOptions) {
  const security = opts.security ?? loadSecurityConfig();
  const apollo = await createApolloServer(security);
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Behind the bank's reverse proxy, the client address comes from X-Forwarded-For.
  if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY);
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    express.json({ limit: security.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const ctx = createRequestContext(opts.orm.em, undefined, randomUUID(), {
          security,
          http: { req, res, address: req.ip ?? req.socket.remoteAddress ?? 'unknown' },
        });
        const auth = await authenticate(ctx.em, req, security);
        if (auth.actor) setActor(ctx, auth.actor);
        ctx.authError = auth.error;
        return ctx;
      },
    }),
  );
  // Too-large bodies and malformed JSON get a plain JSON error, not an HTML page.
  app.use('/graphql', (err: { status?: number; type?: string; message: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!err.status) return next(err);
    const message = err.type === 'entity.too.large' ? `the request body is larger than the limit (${security.bodyLimit})` : 'the request body is not valid JSON';
    res.status(err.status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  });
  if (opts.consoleDir && existsSync(path.join(opts.consoleDir, 'index.html'))) {
    app.use(express.static(opts.consoleDir, { index: 'index.html', maxAge: '1h' }));
  }
  return { app, apollo };
}
