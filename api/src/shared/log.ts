import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * The server log: one JSON line per event, for the bank's log collector.
 * `LOG_LEVEL` sets the level (default `info`); under Vitest it is `silent`
 * unless LOG_LEVEL asks otherwise, so test output stays readable.
 *
 * Credentials never belong in a log line. Callers do not pass variables or
 * headers; the redaction below is the safety net if one ever does.
 */
export function createLogger(destination?: DestinationStream, level?: string): Logger {
  return pino(
    {
      level: level ?? process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info'),
      redact: {
        paths: [
          'password', '*.password', 'token', '*.token', 'variables', '*.variables',
          'authorization', '*.authorization', 'cookie', '*.cookie', 'err.parameters', 'err.params',
        ],
        censor: '[redacted]',
      },
    },
    // Standard output is written asynchronously, so the one line per request
    // does not hold the request up on a write (README, "Request costs").
    // pino flushes what is buffered when the process exits, including
    // through process.exit.
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

export const log = createLogger();

/**
 * What the log knows about the HTTP request being served: its id (also sent
 * as the `X-Request-Id` header and recorded on audit rows) and, once known,
 * who is acting and which operation runs. It travels on the GraphQL context
 * (`RequestContext.log`), not in an AsyncLocalStorage: on Node 20 an async
 * context store makes Node run a hook for every promise a request creates,
 * and only these few log fields needed it.
 */
export interface RequestLogContext {
  requestId: string;
  actor?: string;
  operation?: string | null;
}

/**
 * Errors seen while serving a request, mapped to that request, so that error
 * formatting (which Apollo calls with the error alone) can still name the
 * request id, operation and actor. Weak: an error and its entry go together.
 */
const errorRequests = new WeakMap<object, RequestLogContext>();

export function tagErrorWithRequest(error: unknown, request: RequestLogContext): void {
  if (error && typeof error === 'object') errorRequests.set(error, request);
}

/** The request an error was raised in, looking through the wrappers graphql-js and Apollo put around it. */
export function requestOfError(...errors: unknown[]): RequestLogContext | undefined {
  const queue = [...errors];
  // Bounded: originalError chains are short, and a cycle must not hang formatting.
  for (let seen = 0; queue.length && seen < 16; seen++) {
    const error = queue.shift();
    if (!error || typeof error !== 'object') continue;
    const found = errorRequests.get(error);
    if (found) return found;
    queue.push((error as { originalError?: unknown }).originalError);
  }
  return undefined;
}
