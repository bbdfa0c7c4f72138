import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { SecurityConfig } from '../../config.js';
import { tooManyAttempts } from '../../shared/errors.js';

/**
 * Password-guessing throttle, after OWASP's authentication guidance and
 * rate-limiter-flexible's brute-force recipe. It must slow an attacker down
 * without letting the attacker lock the real user out, so nothing here is a
 * plain per-account lock:
 *
 * - per (account, address): failures in a row from one address block that
 *   address, for that account only, for a while; a success resets the count;
 * - per address: failures per day across all accounts (password spraying),
 *   except for accounts that signed in from that address recently;
 * - per account, from addresses the account has not signed in from lately:
 *   after a few free failures each further try must wait, the wait doubling
 *   up to a cap. An address the account signed in from recently is not held
 *   back by what strangers do.
 *
 * Everything is checked before the password hash is computed (argon2 is
 * meant to be expensive, so throttled guesses must not cost CPU), and the
 * same way whether the account exists or not. Counters live in PostgreSQL
 * and are updated atomically, so they hold across API processes and against
 * concurrent guesses. A refusal is answered at once with when to retry;
 * requests are never put to sleep.
 */

const TABLE = 'sign_in_throttle';
const DAY_SECONDS = 86_400;

type ThrottleSettings = Pick<
  SecurityConfig,
  | 'signInMaxFailuresPerAccountAndAddress'
  | 'signInAccountAndAddressBlockMinutes'
  | 'signInMaxFailuresPerAddressPerDay'
  | 'signInFreeFailuresPerAccount'
  | 'signInAccountDelayBaseSeconds'
  | 'signInAccountDelayMaxSeconds'
  | 'signInKnownAddressDays'
>;

/** A password check the throttle let through; report how it ended with `failed` or `succeeded`. */
export interface AdmittedCheck {
  readonly accountKey: string;
  readonly addressKey: string;
  readonly accountAddressKey: string;
  /** The account signed in from this address recently. */
  readonly knownAddress: boolean;
}

/**
 * Hashed so keys have a fixed length whatever the input, cannot run into
 * each other, and the table holds no usernames or addresses in clear.
 */
function keyOf(...parts: string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

type Outcome = { allowed: true; res: RateLimiterRes } | { allowed: false; res: RateLimiterRes };

/** The library rejects with a RateLimiterRes when a limit is reached, with an Error when the store fails. */
async function attempt(consuming: Promise<RateLimiterRes>): Promise<Outcome> {
  try {
    return { allowed: true, res: await consuming };
  } catch (err) {
    if (err instanceof RateLimiterRes) return { allowed: false, res: err };
    throw err;
  }
}

export class SignInThrottle {
  private readonly perAccountAndAddress: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;
  private readonly accountFailures: RateLimiterPostgres;
  private readonly accountDelay: RateLimiterPostgres;
  private readonly knownAddresses: RateLimiterPostgres;

  constructor(
    knex: unknown,
    private readonly settings: ThrottleSettings,
  ) {
    // The table comes from a migration; every limiter shares it under its own key prefix.
    const store = { storeClient: knex, storeType: 'knex', tableName: TABLE, tableCreated: true, clearExpiredByTimeout: false };
    this.perAccountAndAddress = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'account-address',
      points: settings.signInMaxFailuresPerAccountAndAddress,
      duration: DAY_SECONDS,
      blockDuration: settings.signInAccountAndAddressBlockMinutes * 60,
    });
    this.perAddress = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'address',
      points: settings.signInMaxFailuresPerAddressPerDay,
      duration: DAY_SECONDS,
      blockDuration: DAY_SECONDS,
    });
    // Only counts; the delay it leads to is enforced by `accountDelay`.
    this.accountFailures = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'account-failures',
      points: settings.signInFreeFailuresPerAccount,
      duration: DAY_SECONDS,
    });
    // One try per delay period: whoever takes the slot first makes the others wait.
    this.accountDelay = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'account-delay',
      points: 1,
      duration: settings.signInAccountDelayBaseSeconds,
    });
    // One sweeper of expired rows is enough for the whole table.
    this.knownAddresses = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'known-address',
      points: 1,
      duration: settings.signInKnownAddressDays * DAY_SECONDS,
      clearExpiredByTimeout: true,
    });
  }

  /**
   * Lets one password check through, or throws TOO_MANY_ATTEMPTS naming
   * `field`. The attempt is counted now, before the password is checked, so
   * guesses sent in parallel cannot slip past a limit; a success gives it back.
   */
  async admit(field: string, username: string, address: string): Promise<AdmittedCheck> {
    const check: AdmittedCheck = {
      accountKey: keyOf(username),
      addressKey: keyOf(address),
      accountAddressKey: keyOf(username, address),
      knownAddress: false,
    };
    const [pair, fromAddress, known, failures] = await Promise.all([
      attempt(this.perAccountAndAddress.consume(check.accountAddressKey)),
      attempt(this.perAddress.consume(check.addressKey)),
      this.knownAddresses.get(check.accountAddressKey),
      this.accountFailures.get(check.accountKey),
    ]);
    // A refused attempt is not a failure: hand back what the other limits counted for it.
    const giveBack = (includePair: boolean) =>
      Promise.all([
        includePair && pair.allowed ? this.perAccountAndAddress.reward(check.accountAddressKey) : null,
        fromAddress.allowed ? this.perAddress.reward(check.addressKey) : null,
      ]);
    if (!pair.allowed) {
      await giveBack(false);
      throw tooManyAttempts(field, 'per-account-and-address', 'too many failed attempts for this account from this address', pair.res.msBeforeNext);
    }
    const knownAddress = known !== null;
    // A shared office address blocked by someone else's failures still lets in the accounts that use it.
    if (!fromAddress.allowed && !knownAddress) {
      await giveBack(true);
      throw tooManyAttempts(field, 'per-address', 'too many failed attempts from this address', fromAddress.res.msBeforeNext);
    }
    const failed = failures?.consumedPoints ?? 0;
    const { signInFreeFailuresPerAccount: free, signInAccountDelayBaseSeconds: base, signInAccountDelayMaxSeconds: max } = this.settings;
    if (!knownAddress && failed >= free) {
      const delaySeconds = Math.min(base * 2 ** Math.min(failed - free, 40), max);
      const slot = await attempt(this.accountDelay.consume(check.accountKey, 1, { customDuration: delaySeconds }));
      if (!slot.allowed) {
        await giveBack(true);
        throw tooManyAttempts(
          field,
          'account-delay',
          'too many failed attempts for this account from unfamiliar addresses; each further attempt has to wait longer',
          slot.res.msBeforeNext,
        );
      }
    }
    return { ...check, knownAddress };
  }

  /** The password (or the account's state) was wrong. */
  async failed(check: AdmittedCheck): Promise<void> {
    // The account's own familiar addresses never slow it down for others.
    if (!check.knownAddress) await this.accountFailures.penalty(check.accountKey);
  }

  /** The password was right: the address's count starts over and it becomes familiar to the account. */
  async succeeded(check: AdmittedCheck): Promise<void> {
    await Promise.all([
      this.perAccountAndAddress.delete(check.accountAddressKey),
      this.perAddress.reward(check.addressKey),
      this.knownAddresses.set(check.accountAddressKey, 1, this.settings.signInKnownAddressDays * DAY_SECONDS),
    ]);
  }
}

const throttles = new WeakMap<object, Map<string, SignInThrottle>>();

/**
 * The throttle for this database and these settings, built once and reused:
 * the request path only runs queries. Keyed by the ORM's connection, so each
 * app (or test) with its own database gets its own limiters.
 */
export function signInThrottle(em: EntityManager, security: SecurityConfig): SignInThrottle {
  const knex = em.getKnex();
  const settings: ThrottleSettings = {
    signInMaxFailuresPerAccountAndAddress: security.signInMaxFailuresPerAccountAndAddress,
    signInAccountAndAddressBlockMinutes: security.signInAccountAndAddressBlockMinutes,
    signInMaxFailuresPerAddressPerDay: security.signInMaxFailuresPerAddressPerDay,
    signInFreeFailuresPerAccount: security.signInFreeFailuresPerAccount,
    signInAccountDelayBaseSeconds: security.signInAccountDelayBaseSeconds,
    signInAccountDelayMaxSeconds: security.signInAccountDelayMaxSeconds,
    signInKnownAddressDays: security.signInKnownAddressDays,
  };
  const id = JSON.stringify(settings);
  let byDatabase = throttles.get(knex);
  if (!byDatabase) throttles.set(knex, (byDatabase = new Map()));
  let throttle = byDatabase.get(id);
  if (!throttle) byDatabase.set(id, (throttle = new SignInThrottle(knex, settings)));
  return throttle;
}
