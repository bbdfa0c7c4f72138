import type { Server } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE } from './shared/db-errors.js';

/** Whether the process is shutting down; the HTTP layer reads it on every request. */
export class Lifecycle {
  draining = false;
}

/**
 * While draining, new requests (including ones on kept-alive connections,
 * which `server.close()` does not stop) are refused at once with 503 and
 * `Connection: close`, so a load balancer or client retries elsewhere instead
 * of reaching an Apollo server that is about to stop.
 */
export function refuseWhileDraining(lifecycle: Lifecycle) {
  return (_req: Request, res: Response, next: NextFunction) => {
    if (!lifecycle.draining) return next();
    res.set({ connection: 'close', 'retry-after': String(RETRY_AFTER_SECONDS) });
    res.status(503).json({
      errors: [{ message: 'the server is shutting down; retry the request in a moment', extensions: { code: SERVICE_UNAVAILABLE } }],
    });
  };
}

/**
 * Stops taking connections and waits for the requests in flight to finish,
 * at most `graceMillis`; whatever still runs then is cut off. Resolves true
 * when everything finished in time.
 */
export async function drainHttpServer(server: Server, lifecycle: Lifecycle, graceMillis: number): Promise<boolean> {
  lifecycle.draining = true;
  const closed = new Promise<boolean>((resolve) => server.close(() => resolve(true)));
  // close() waits for every open socket; a kept-alive one idles between requests,
  // so close idle ones now and again as each in-flight response completes.
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), graceMillis);
  });
  try {
    const finished = await Promise.race([closed, expired]);
    if (!finished) server.closeAllConnections();
    return finished;
  } finally {
    clearInterval(sweep);
    clearTimeout(timer);
  }
}
