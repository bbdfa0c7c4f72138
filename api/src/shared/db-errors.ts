import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ConnectionException } from '@mikro-orm/core';

/**
 * When the database is restarting, unreachable or out of connections, the
 * request is not wrong and the server is not broken: the caller should wait a
 * moment and try again. Those failures get their own code, SERVICE_UNAVAILABLE,
 * instead of being masked as internal errors, and HTTP 503 with Retry-After when
 * nothing in the response succeeded, so clients and load balancers can retry.
 */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
export const RETRY_AFTER_SECONDS = 2;
export const SERVICE_UNAVAILABLE_MESSAGE = 'the database is unavailable at the moment (restarting, unreachable or busy); retry the request in a few seconds';

/** Socket failures: the server is down, restarting or the network dropped the connection. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs meaning "not now" rather than "not this": class 08 is a lost or
 * refused connection; 57P01-57P03 an administrator or crash shutdown, or a
 * server still starting; 53300 too many connections; 57014 a statement
 * cancelled, which here means our statement timeout fired under load.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '57014']);

/**
 * What node-postgres and the knex pool say when a connection dies or none can
 * be had in time. "Transaction query already complete" is what MikroORM's
 * rollback throws after the COMMIT itself failed, hiding the COMMIT's error; we
 * use no deferred constraints or serializable transactions, so a failing COMMIT
 * means the connection was lost (and whether the write landed is unknown: a
 * retry meets the unique key or the version check, never a duplicate).
 */
const UNAVAILABLE_MESSAGES = [
  /Transaction query already complete/i,
  /Connection terminated/i,
  /Connection ended unexpectedly/i,
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /timeout expired/i,
  /Timeout acquiring a connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  cause?: unknown;
  originalError?: unknown;
  errors?: unknown;
}

function unavailableItself(error: ErrorLike): boolean {
  if (error instanceof ConnectionException) return true;
  if (error.name === 'KnexTimeoutError') return true;
  const code = typeof error.code === 'string' ? error.code : undefined;
  if (code && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  const message = typeof error.message === 'string' ? error.message : '';
  return UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}

/**
 * True when `error` (or what it wraps: GraphQL's originalError, a cause, the
 * attempts of an AggregateError) says the database cannot serve us right now.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const current = queue.shift();
    if (!current || typeof current !== 'object' || seen.has(current) || seen.size > 20) continue;
    seen.add(current);
    if (current instanceof GraphQLError && current.extensions?.code === SERVICE_UNAVAILABLE) return true;
    const e = current as ErrorLike;
    if (unavailableItself(e)) return true;
    queue.push(e.originalError, e.cause);
    if (Array.isArray(e.errors)) queue.push(...e.errors);
  }
  return false;
}

/** The error a caller sees; the HTTP head applies where Apollo answers before executing (context creation). */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
    extensions: {
      code: SERVICE_UNAVAILABLE,
      retryAfterSeconds: RETRY_AFTER_SECONDS,
      http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}

/** For `.catch(...)`: turns a database outage into SERVICE_UNAVAILABLE and lets anything else through unchanged. */
export function rethrowUnavailable(error: unknown): never {
  throw isDatabaseUnavailable(error) ? serviceUnavailable() : error;
}

/** formatError's part: the formatted SERVICE_UNAVAILABLE error, or undefined when `error` is something else. */
export function formatUnavailable(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  if (!isDatabaseUnavailable(error)) return undefined;
  return {
    message: SERVICE_UNAVAILABLE_MESSAGE,
    path: formatted.path,
    extensions: { code: SERVICE_UNAVAILABLE, retryAfterSeconds: RETRY_AFTER_SECONDS },
  };
}

/**
 * A response whose only errors are SERVICE_UNAVAILABLE and that carries no data
 * at all failed as a whole: answer 503 with Retry-After. A response with some
 * data keeps 200, as GraphQL over HTTP expects for partial results.
 */
export const serviceUnavailableStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (!errors?.length || !errors.every((e) => e.extensions?.code === SERVICE_UNAVAILABLE)) return;
        const nothingServed = data == null || Object.values(data).every((value) => value === null);
        if (!nothingServed) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    };
  },
};
