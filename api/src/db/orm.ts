import { MikroORM, type Options } from '@mikro-orm/postgresql';

export type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { entities } from '../modules/index.js';
import { migrationsList } from '../migrations/index.js';

export interface OrmOptions {
  url: string;
  /** Called with every SQL statement; tests use it to count statements. */
  onQuery?: (sql: string) => void;
  debug?: boolean;
}

export function ormConfig(opts: OrmOptions): Options {
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
    pool: { min: 0, max: 10 },
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
