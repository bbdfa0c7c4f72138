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
  /** Failed sign-ins allowed per user / per address inside the window. */
  loginMaxFailuresPerUser: number;
  loginMaxFailuresPerAddress: number;
  loginWindowMinutes: number;
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
    loginMaxFailuresPerUser: int('LOGIN_MAX_FAILURES_PER_USER', 5),
    loginMaxFailuresPerAddress: int('LOGIN_MAX_FAILURES_PER_ADDRESS', 20),
    loginWindowMinutes: int('LOGIN_WINDOW_MINUTES', 15),
    ...overrides,
  };
}
