import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';
import { initOrm, type MikroORM, type OrmOptions } from '../../api/src/db/orm.js';

export interface TestDatabase {
  orm: MikroORM;
  url: string;
  /** Every SQL statement sent since the last `resetQueries()`. */
  queries: string[];
  resetQueries(): void;
  close(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file (cloned from the run's template); `options.pool` sets its pool limits. */
export async function createTestDatabase(options: Pick<OrmOptions, 'pool'> = {}): Promise<TestDatabase> {
  const serverUrl = inject('pgServerUrl');
  const template = inject('pgTemplate');
  const name = `${template.replace('outlet_tpl_', 'outlet_t_')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  try {
    // Two files cloning the template at the same instant can collide; retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database "${name}" template "${template}"`);
        break;
      } catch (err) {
        if (attempt >= 20 || !String(err).includes('is being accessed by other users')) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  const url = `${serverUrl}/${name}`;
  const queries: string[] = [];
  const orm = await initOrm({ url, pool: options.pool, onQuery: (sql) => queries.push(sql) });
  return {
    orm,
    url,
    queries,
    resetQueries: () => {
      queries.length = 0;
    },
    close: () => orm.close(true),
  };
}
