import { createHash, randomBytes } from 'node:crypto';

/** API tokens carry this prefix, so a leaked one is recognisable in logs and scanners. */
export const API_TOKEN_PREFIX = 'ost_';
export const SESSION_COOKIE = 'ost_session';

/** A new secret: 256 random bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A session secret. Credentials are told apart by their prefix (API tokens
 * start with `ost_`), so a random session secret that happens to start that
 * way (about one in 16 million) is drawn again rather than mistaken for one.
 */
export function newSessionSecret(): string {
  for (;;) {
    const secret = newSecret();
    if (!secret.startsWith(API_TOKEN_PREFIX)) return secret;
  }
}

/** Tokens are high-entropy, so a plain SHA-256 is the right store (no salt or slow hash needed). */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Shape check before any lookup: a malformed credential gets a clear error, not a crash. */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,200}$/;
