import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { ensureDatabase, startEmbeddedPostgres } from '../../api/src/db/database.js';
import { initOrm, migrate } from '../../api/src/db/orm.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the PostgreSQL server tests use, without a database name. */
    pgServerUrl: string;
    /** A database with every migration applied; test files clone it. */
    pgTemplate: string;
  }
}

/** `postgres://u:p@host:port/db?x` → `postgres://u:p@host:port` */
function serverUrlOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '';
  url.search = '';
  return url.toString().replace(/\/$/, '');
}

/**
 * Starts one real PostgreSQL for the whole run (embedded, or the server named
 * by DATABASE_URL) and prepares a migrated template database.
 */
export default async function setup(project: TestProject) {
  let stopServer = async () => {};
  let serverUrl: string;
  let tmp: string | undefined;
  if (process.env.DATABASE_URL) {
    serverUrl = serverUrlOf(process.env.DATABASE_URL);
    console.log(`[test db] using the PostgreSQL server at DATABASE_URL (${new URL(serverUrl).host})`);
  } else {
    tmp = await mkdtemp(path.join(tmpdir(), 'outlet-test-pg-'));
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(tmp, 'data'), persistent: false });
    serverUrl = embedded.serverUrl;
    stopServer = embedded.stop;
    console.log('[test db] using an embedded PostgreSQL');
  }
  const runId = `${process.pid}_${Date.now().toString(36)}`;
  const template = `outlet_tpl_${runId}`;
  await ensureDatabase(serverUrl, template);
  const orm = await initOrm({ url: `${serverUrl}/${template}` });
  await migrate(orm);
  await orm.close(true);

  project.provide('pgServerUrl', serverUrl);
  project.provide('pgTemplate', template);

  return async () => {
    // Drop this run's databases (the per-file ones are named after the template).
    const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      `select datname from pg_database where datname like $1`,
      [`outlet_%${runId}%`],
    );
    for (const { datname } of rows) {
      await client.query(`drop database if exists "${datname}" with (force)`);
    }
    await client.end();
    await stopServer();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  };
}
