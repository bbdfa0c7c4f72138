import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { Violations } from '../../shared/errors.js';

/**
 * Argon2id at the OWASP Password Storage Cheat Sheet's first recommended
 * setting: 19 MiB of memory, 2 iterations, 1 lane.
 */
// `Algorithm` is a const enum the isolated-module build cannot read; 2 is Argon2id.
const ARGON2_OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 128;

/** A few of the passwords every breach list starts with; NIST asks us to refuse known-bad ones. */
const COMMON = new Set([
  'passwordpassword', 'password1234567', '123456789012345', 'qwertyuiopasdfg', '111111111111111',
  'iloveyou1234567', 'welcome12345678', 'administrator12', 'changeme1234567', 'letmein12345678',
]);

/**
 * NIST SP 800-63B style: length is what counts (at least 15 characters for a
 * password that is the only factor, up to 128, spaces and any Unicode allowed),
 * no composition rules, and refuse known-common passwords or the username.
 */
export function checkPasswordPolicy(v: Violations, field: string, password: string, username?: string) {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) v.add(field, 'min-length', `must be at least ${PASSWORD_MIN_LENGTH} characters (a passphrase of a few words works well)`);
  if (length > PASSWORD_MAX_LENGTH) v.add(field, 'max-length', `must be at most ${PASSWORD_MAX_LENGTH} characters`);
  const lowered = password.toLowerCase();
  if (COMMON.has(lowered)) v.add(field, 'not-common', 'is on the list of commonly used passwords');
  if (username && lowered.includes(username.toLowerCase())) v.add(field, 'not-username', 'must not contain the username');
  if (new Set(password).size === 1) v.add(field, 'not-repetitive', 'must not repeat a single character');
}

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'), ARGON2_OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password.normalize('NFKC'));
  } catch {
    return false;
  }
}

/**
 * Checking a password for a user that does not exist takes as long as for one
 * that does, so response times do not reveal which usernames exist.
 */
let dummyHash: Promise<string> | undefined;
export async function burnVerifyTime(password: string): Promise<void> {
  dummyHash ??= hashPassword('a placeholder nobody will ever type');
  await verifyPassword(await dummyHash, password);
}
