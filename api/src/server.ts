import express from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { getSchema } from './graphql/schema.js';
import { compiledExecutorGateway } from './graphql/jit.js';
import { createRequestContext, setActor, type RequestContext } from './graphql/context.js';
import { authenticate } from './modules/session/authenticate.js';
import { inputGuardPlugin } from './shared/input-guard.js';
import { loadSecurityConfig, type SecurityConfig } from './config.js';
import { log, requestOfError, tagErrorWithRequest, type Logger, type RequestLogContext } from './shared/log.js';
import { formatUnavailable, rethrowUnavailable, serviceUnavailableStatusPlugin } from './shared/db-errors.js';
import { DatabaseHealth } from './db/health.js';
import { Lifecycle, refuseWhileDraining } from './shutdown.js';

export interface AppOptions {
  orm: MikroORM;
  /** Built console to serve at `/` (skipped when absent). */
  consoleDir?: string;
  security?: SecurityConfig;
  /** Where the server logs (tests pass one that records). */
  logger?: Logger;
  /** Shared with whoever drains the server on shutdown (main.ts); a fresh one otherwise. */
  lifecycle?: Lifecycle;
  /** How long /healthz waits for the database's `select 1` (default 1000 ms). */
  healthTimeoutMillis?: number;
}

/** The header carrying each request's id, so support can find its log lines. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/** Error codes whose messages are written for the caller and safe to show in production. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'VERSION_CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN', 'TOO_MANY_ATTEMPTS',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * One place shapes every error: races the database catches (a concurrent edit,
 * a code taken between our check and the insert) become the same clear errors
 * the services give. Anything unexpected is masked in every mode: the caller
 * gets only a request id, and the details (stack, SQL, path, operation, actor)
 * go to the server log under that id. Development gets no exception, so what a
 * developer sees is what production callers see.
 */
export function makeFormatError(logger: Logger = log) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const unavailable = formatUnavailable(formatted, original);
    if (unavailable) return unavailable;
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
    if (!(original instanceof GraphQLError && code && CLIENT_CODES.has(code))) {
      const request = requestOfError(error, original);
      const requestId = request?.requestId ?? randomUUID();
      // Variables and the query text stay out: they may hold passwords or tokens.
      logger.error(
        { requestId, operation: request?.operation ?? null, actor: request?.actor ?? null, path: formatted.path, err: original },
        'unexpected error',
      );
      return {
        message: `Internal server error; support can trace it with request id ${requestId}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      };
    }
    return formatted;
  };
}

/**
 * Names the operation in the request's log context once Apollo has resolved
 * it, and ties each error to its request so that formatError, which gets the
 * error alone, can log the request id, operation and actor.
 */
const operationLogPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operationName, contextValue }) {
        if (contextValue.log) contextValue.log.operation = operationName ?? null;
      },
      async didEncounterErrors({ errors, contextValue }) {
        if (contextValue.log) for (const error of errors) tagErrorWithRequest(error, contextValue.log);
      },
    };
  },
};

/**
 * graphql-armor's rules throw by default (meant for Envelop); under Apollo we
 * report instead, so an over-limit query gets a normal validation error.
 */
const REPORT = {
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export async function createApolloServer(security: SecurityConfig = loadSecurityConfig(), logger: Logger = log) {
  const { production } = security;
  const schema = await getSchema();
  return new ApolloServer<RequestContext>({
    // Queries compiled per operation (graphql-jit, graphql/jit.ts); GRAPHQL_JIT=off
    // runs everything through graphql-js, should a compiled query ever misbehave.
    ...(process.env.GRAPHQL_JIT === 'off' ? { schema } : { gateway: compiledExecutorGateway(schema) }),
    formatError: makeFormatError(logger),
    logger,
    introspection: !production,
    // With introspection off, "Did you mean …" suggestions would give the schema away field by field.
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    // CSRF prevention stays on (Apollo's default): a request must be JSON or carry a custom header.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: [
      maxDepthRule({ n: security.maxDepth, ignoreIntrospection: true, ...REPORT }),
      costLimitRule({ maxCost: security.maxCost, ignoreIntrospection: true, ...REPORT }),
      maxAliasesRule({ n: security.maxAliases, ...REPORT }),
    ],
    plugins: [
      inputGuardPlugin(),
      serviceUnavailableStatusPlugin,
      operationLogPlugin,
      // Apollo installs its cache-control plugin unless told not to; it wraps
      // every field resolver to collect cache hints, and nothing here gives
      // any (answers depend on who asks, so none may be shared by a cache).
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
}

/**
 * Security headers (helmet) for everything the server sends. The console is
 * a Vite build: scripts only from our own origin, no inline script. Styles
 * allow 'unsafe-inline' because MUI's emotion injects <style> elements at run
 * time and index.html has one; a style cannot run code, scripts stay strict.
 * Nobody may frame the console (clickjacking). HSTS only in production, where
 * the bank serves HTTPS; in development it would pin localhost to HTTPS.
 */
function securityHeaders(production: boolean) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
}

/**
 * /graphql answers JSON, so in production it may load nothing at all. In
 * development it also serves Apollo's landing page, which brings its own
 * nonce-based CSP in a <meta> tag for its CDN scripts; the header then adds
 * only what a meta tag cannot say: no framing.
 */
function graphqlContentSecurityPolicy(production: boolean) {
  return helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: production
      ? { defaultSrc: ["'none'"], frameAncestors: ["'none'"] }
      : {
          defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc,
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
        },
  });
}

const noStore: express.RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', 'no-store');
  next();
};

export async function createApp(opts: AppOptions) {
  const security = opts.security ?? loadSecurityConfig();
  const logger = opts.logger ?? log;
  const apollo = await createApolloServer(security, logger);
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Behind the bank's reverse proxy, the client address comes from X-Forwarded-For.
  if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY);
  // Every request gets an id, returned in a header and on every log line about it.
  app.use((req, res, next) => {
    const request: RequestLogContext = { requestId: randomUUID() };
    res.setHeader(REQUEST_ID_HEADER, request.requestId);
    res.locals.request = request;
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      logger.info({
        requestId: request.requestId,
        method: req.method,
        url: req.originalUrl.split('?')[0],
        status: res.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
        actor: request.actor ?? null,
        operation: request.operation ?? null,
      }, 'request');
    });
    next();
  });
  app.use(securityHeaders(security.production));
  const lifecycle = opts.lifecycle ?? new Lifecycle();
  const health = new DatabaseHealth(opts.orm, { timeoutMillis: opts.healthTimeoutMillis });
  // Load balancers read the status code: 200 keeps sending traffic, 503 stops.
  app.get('/healthz', async (_req, res) => {
    if (lifecycle.draining) {
      res.set('connection', 'close').status(503).json({ ok: false, status: 'draining', reasons: ['the server is shutting down'] });
      return;
    }
    const report = await health.check();
    res.status(report.ok ? 200 : 503).json(report);
  });
  app.use(refuseWhileDraining(lifecycle));
  app.use(
    '/graphql',
    graphqlContentSecurityPolicy(security.production),
    // Answers depend on who asks: no browser or proxy may keep one. (Apollo's
    // cache-control plugin used to send this; it is off, see createApolloServer.)
    noStore,
    express.json({ limit: security.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const request = res.locals.request as RequestLogContext;
        const ctx = createRequestContext(opts.orm.em, undefined, request.requestId, {
          security,
          http: { req, res, address: req.ip ?? req.socket.remoteAddress ?? 'unknown' },
          log: request,
        });
        // A failure here never reaches the plugins' didEncounterErrors; tag it for formatError.
        const auth = await authenticate(ctx.em, req, security).catch((err: unknown) => {
          tagErrorWithRequest(err, request);
          return rethrowUnavailable(err);
        });
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
  // Last resort: outside production Express would answer with the stack trace.
  app.use((err: { status?: number; statusCode?: number }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(err);
    const { requestId } = res.locals.request as RequestLogContext;
    const status = err.status ?? err.statusCode ?? 500;
    if (status >= 500) {
      logger.error({ requestId, err }, 'unexpected error');
      res.status(500).json({ errors: [{ message: `Internal server error; support can trace it with request id ${requestId}`, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
      return;
    }
    res.status(status).json({ errors: [{ message: STATUS_CODES[status] ?? 'Bad request', extensions: { code: 'BAD_REQUEST', requestId } }] });
  });
  return { app, apollo, lifecycle };
}
