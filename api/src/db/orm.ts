import { MikroORM, type Options } from '@mikro-orm/postgresql';

export type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from '../modules/index.js';
import { migrationsList } from '../migrations/index.js';
import { int } from '../config.js';

/**
 * How the application uses its connections. Every wait is bounded, so a
 * database that is down or saturated turns into a quick, clear error
 * (SERVICE_UNAVAILABLE) instead of requests piling up behind it.
 */
export interface PoolSettings {
  /** Most connections this process holds. */
  max: number;
  /** How long a request waits for a free connection (or a new one to open) before giving up. */
  acquireTimeoutMillis: number;
  /** Longest any one statement may run; PostgreSQL cancels it after that. */
  statementTimeoutMillis: number;
}

export function loadPoolSettings(overrides: Partial<PoolSettings> = {}): PoolSettings {
  return {
    max: int('DB_POOL_MAX', 10),
    acquireTimeoutMillis: int('DB_POOL_ACQUIRE_TIMEOUT_MS', 5000),
    statementTimeoutMillis: int('DB_STATEMENT_TIMEOUT_MS', 30_000),
    ...overrides,
  };
}

export interface OrmOptions {
  url: string;
  /** Pool limits; the environment's (or defaults) when omitted. */
  pool?: Partial<PoolSettings>;
  /** Called with every SQL statement; tests use it to count statements. */
  onQuery?: (sql: string) => void;
  debug?: boolean;
}

export function ormConfig(opts: OrmOptions): Options {
  const pool = loadPoolSettings(opts.pool);
  return {
    clientUrl: opts.url,
    entities,
    // tsx/esbuild emit no decorator metadata: every property declares its type,
    // so the ORM reads nothing from reflection.
    discovery: { requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    // A connection the database dropped (restart, admin shutdown) is marked dead
    // by knex and discarded when next acquired, so the pool heals by itself.
    pool: { min: 0, max: pool.max, acquireTimeoutMillis: pool.acquireTimeoutMillis },
    driverOptions: {
      connection: {
        statement_timeout: pool.statementTimeoutMillis,
        // Opening a connection is bounded too: an unreachable host must not hold a pool slot for minutes.
        connectionTimeoutMillis: pool.acquireTimeoutMillis,
        keepAlive: true,
      },
    },
    forceUtcTimezone: true,
    debug: opts.debug ?? false,
    // Fail loudly if code ever uses the global EntityManager instead of a fork.
    allowGlobalContext: false,
  };
}

export async function initOrm(opts: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(opts));
  if (opts.onQuery) {
    const onQuery = opts.onQuery;
    orm.em.getKnex().on('query', (q: { sql: string }) => onQuery(q.sql));
  }
  return orm;
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
