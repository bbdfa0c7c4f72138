import type { Request, Response } from 'express';
import { SESSION_COOKIE } from '../../shared/auth/tokens.js';

/** The HTTP exchange a GraphQL request arrived on, when it did (not in-process calls). */
export interface HttpExchange {
  req: Pick<Request, 'secure'>;
  res: Pick<Response, 'cookie' | 'clearCookie'>;
}

/**
 * The console's session cookie: httpOnly (no script reads it), SameSite=Strict
 * (never sent cross-site), Secure in production or over HTTPS, ending with the
 * session. The HTTP side of signing in lives here, not in the service.
 */
export function setSessionCookie(http: HttpExchange | undefined, token: string, expires: Date, production: boolean): void {
  http?.res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: production || http.req.secure,
    path: '/',
    expires,
  });
}

export function clearSessionCookie(http: HttpExchange | undefined): void {
  http?.res.clearCookie(SESSION_COOKIE, { path: '/' });
}
