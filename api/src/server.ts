import express from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { getSchema } from './graphql/schema.js';
import { createRequestContext, type RequestContext } from './graphql/context.js';
import type { Actor } from './shared/actor.js';

export interface AppOptions {
  orm: MikroORM;
  /** Built console to serve at `/` (skipped when absent). */
  consoleDir?: string;
  production?: boolean;
}

const ANONYMOUS: Actor = { id: null, name: 'anonymous' };

/**
 * Maps errors the database raises under races (a concurrent edit, a code taken
 * between our check and the insert) to the same clear errors the services give.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
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
      message: 'input.code: this code is already taken',
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT', field: 'input.code', rule: 'unique' },
    };
  }
  return formatted;
}

export async function createApolloServer(production = false) {
  return new ApolloServer<RequestContext>({
    schema: await getSchema(),
    formatError,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    plugins: production ? [ApolloServerPluginLandingPageDisabled()] : [],
  });
}

export async function createApp(opts: AppOptions) {
  const apollo = await createApolloServer(opts.production);
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async () => createRequestContext(opts.orm.em, ANONYMOUS, randomUUID()),
    }),
  );
  if (opts.consoleDir && existsSync(path.join(opts.consoleDir, 'index.html'))) {
    app.use(express.static(opts.consoleDir, { index: 'index.html', maxAge: '1h' }));
  }
  return { app, apollo };
}
