/**
 * Settings read from the environment, with the defaults a bank deployment
 * starts from. Every limit is configurable; tests pass their own values.
 */
export interface SecurityConfig {
  production: boolean;
  /** Deepest selection nesting a query may have. */
  maxDepth: number;
  /** Largest estimated cost (graphql-armor's object/field cost model). */
  maxCost: number;
  /** Most aliases one operation may use. */
  maxAliases: number;
  /** Largest request body Express accepts. */
  bodyLimit: string;
  /** Session lifetime limits. */
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /**
   * Sign-in throttling (every password check: `login` and `changeMyPassword`).
   * Failures in a row for one account from one address before that address is
   * blocked for that account, and for how long.
   */
  signInMaxFailuresPerAccountAndAddress: number;
  signInAccountAndAddressBlockMinutes: number;
  /** Failed password checks one address may make per day, across all accounts. */
  signInMaxFailuresPerAddressPerDay: number;
  /**
   * Failures against one account from addresses it has not signed in from
   * before those addresses have to wait: first the base delay, doubling with
   * each further failure up to the maximum.
   */
  signInFreeFailuresPerAccount: number;
  signInAccountDelayBaseSeconds: number;
  signInAccountDelayMaxSeconds: number;
  /** How long an address stays "known" to an account after a successful sign-in from it. */
  signInKnownAddressDays: number;
}

export const int = (name: string, fallback: number) => {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
};

export function loadSecurityConfig(overrides: Partial<SecurityConfig> = {}): SecurityConfig {
  return {
    production: process.env.NODE_ENV === 'production',
    maxDepth: int('GRAPHQL_MAX_DEPTH', 12),
    maxCost: int('GRAPHQL_MAX_COST', 20000),
    maxAliases: int('GRAPHQL_MAX_ALIASES', 20),
    bodyLimit: process.env.REQUEST_BODY_LIMIT ?? '200kb',
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', 30),
    sessionMaxHours: int('SESSION_MAX_HOURS', 10),
    signInMaxFailuresPerAccountAndAddress: int('SIGN_IN_MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS', 5),
    signInAccountAndAddressBlockMinutes: int('SIGN_IN_ACCOUNT_AND_ADDRESS_BLOCK_MINUTES', 15),
    signInMaxFailuresPerAddressPerDay: int('SIGN_IN_MAX_FAILURES_PER_ADDRESS_PER_DAY', 100),
    signInFreeFailuresPerAccount: int('SIGN_IN_FREE_FAILURES_PER_ACCOUNT', 5),
    signInAccountDelayBaseSeconds: int('SIGN_IN_ACCOUNT_DELAY_BASE_SECONDS', 1),
    signInAccountDelayMaxSeconds: int('SIGN_IN_ACCOUNT_DELAY_MAX_SECONDS', 900),
    signInKnownAddressDays: int('SIGN_IN_KNOWN_ADDRESS_DAYS', 30),
    ...overrides,
  };
}
