import { AsyncLocalStorage } from 'node:async_hooks';
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
    destination,
  );
}

export const log = createLogger();

/**
 * What the log knows about the HTTP request being served: its id (also sent
 * as the `X-Request-Id` header and recorded on audit rows) and, once known,
 * who is acting and which operation runs. Error formatting has no access to
 * the GraphQL context, so it reads this instead.
 */
export interface RequestLogContext {
  requestId: string;
  actor?: string;
  operation?: string | null;
}

const requests = new AsyncLocalStorage<RequestLogContext>();

export function runWithRequestLog<T>(context: RequestLogContext, fn: () => T): T {
  return requests.run(context, fn);
}

export function currentRequestLog(): RequestLogContext | undefined {
  return requests.getStore();
}
