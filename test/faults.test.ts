import { createServer, type Server } from 'node:http';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { freePort, startEmbeddedPostgres } from '../api/src/db/database.js';
import { initOrm, migrate, type MikroORM } from '../api/src/db/orm.js';
import { createApp } from '../api/src/server.js';
import { seedDemoData } from '../api/src/seed.js';
import { REPO_ROOT } from '../api/src/paths.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { httpClient } from './support/http.js';
import { DEMO_PASSWORD } from '../seeds/demo-identities.js';

/**
 * Faults the service must survive, each against a real PostgreSQL: a database
 * restart under a stream of writes, an exhausted connection pool, and SIGTERM
 * with requests in flight. The restart and shutdown tests run their own
 * embedded cluster (whatever DATABASE_URL says), because they stop and start it.
 */

const TOKEN = 'ost_demo-queue-management-guangdong-2026';
const READ_GD = '{ orgUnit(code: "GD") { code } }';
const CREATE = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id code } }`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function listen(app: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` };
}

async function readAs(url: string, query = READ_GD) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { data?: any; errors?: any[] } };
}

async function health(url: string) {
  const res = await fetch(`${url}/healthz`);
  return { status: res.status, body: (await res.json()) as { ok: boolean; status: string; reasons: string[]; pool: { waiting: number } } };
}

// One embedded cluster for the restart and shutdown tests, migrated and seeded once.
let dir: string;
let dataDir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'outlet-faults-'));
  dataDir = path.join(dir, 'postgres');
  const cluster = await startEmbeddedPostgres({ dataDir });
  const orm = await initOrm({ url: cluster.url });
  await migrate(orm);
  await seedDemoData(orm);
  await orm.close(true);
  await cluster.stop();
});
afterAll(async () => {
  if (!dir) return;
  // A test that failed midway may have left its cluster running: stop it before removing its files.
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
    try {
      process.kill(pid, 'SIGINT');
      for (let i = 0; i < 100 && existsSync(pidFile); i++) await sleep(50);
    } catch {
      // already gone
    }
  }
  await rm(dir, { recursive: true, force: true });
});

describe('a database restart while writes flow', () => {
  it('answers SERVICE_UNAVAILABLE during the outage, recovers by itself, and loses or duplicates no committed write', async () => {
    const port = await freePort();
    let cluster = await startEmbeddedPostgres({ dataDir, port });
    const orm = await initOrm({ url: cluster.url, pool: { acquireTimeoutMillis: 1000 } });
    const { app, apollo } = await createApp({ orm });
    const { server, url } = await listen(app);
    try {
      const admin = httpClient(url);
      expect((await admin.post(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: 'admin', p: DEMO_PASSWORD })).body.data).toBeTruthy();

      type Outcome = { code: string; ok: boolean; status: number; errorCode?: string; message?: string; ms: number; after: 'before' | 'outage' | 'back' };
      const outcomes: Outcome[] = [];
      let phase: Outcome['after'] = 'before';
      let next = 0;
      let stopWriting = false;
      const writer = async () => {
        while (!stopWriting) {
          const code = `RST-${String(next++).padStart(4, '0')}`;
          const started = Date.now();
          const at = phase;
          const res = await admin.post(CREATE, { input: { code, level: 'OUTLET', parentCode: 'GD-FS', name: { zh: `重启网点${code}`, en: `Restart outlet ${code}` } } });
          outcomes.push({ code, ok: res.body.data?.createOrgUnit?.code === code, status: res.status, errorCode: res.body.errors?.[0]?.extensions?.code, message: res.body.errors?.[0]?.message, ms: Date.now() - started, after: at });
          if (!res.body.data) await sleep(50);
        }
      };
      const writers = [writer(), writer(), writer()];
      const successes = (after: Outcome['after']) => outcomes.filter((o) => o.ok && o.after === after).length;
      const waitFor = async (what: () => boolean, ms: number) => {
        const deadline = Date.now() + ms;
        while (!what() && Date.now() < deadline) await sleep(25);
        return what();
      };

      expect(await waitFor(() => successes('before') >= 6, 10_000)).toBe(true);
      // A real restart: PostgreSQL's fast shutdown ends every session (57P01) and refuses new ones.
      phase = 'outage';
      await cluster.stop();
      expect(await waitFor(() => outcomes.filter((o) => o.after === 'outage' && !o.ok).length >= 6, 10_000)).toBe(true);
      const down = await health(url);
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ ok: false, status: 'down' });
      const refusedRead = await readAs(url);
      expect(refusedRead.status).toBe(503);
      expect(refusedRead.retryAfter).toBeTruthy();
      expect(refusedRead.body.errors?.[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(refusedRead.body.errors?.[0].message).toMatch(/retry/);

      cluster = await startEmbeddedPostgres({ dataDir, port });
      phase = 'back';
      // Nobody restarts the API: its pool drops the dead connections and opens new ones.
      expect(await waitFor(() => successes('back') >= 6, 15_000)).toBe(true);
      stopWriting = true;
      await Promise.all(writers);
      expect((await readAs(url)).body.data.orgUnit).toEqual({ code: 'GD' });
      await sleep(1100); // /healthz reuses a probe for a second
      const up = await health(url);
      expect(up.status).toBe(200);
      expect(up.body).toMatchObject({ ok: true, status: 'ok' });

      // Every answer was either the write's result or a clear, retryable refusal; nothing hung.
      for (const o of outcomes) {
        if (!o.ok) expect(o.errorCode, JSON.stringify(o)).toBe('SERVICE_UNAVAILABLE');
        expect(o.ms, JSON.stringify(o)).toBeLessThan(10_000);
      }
      expect(outcomes.filter((o) => !o.ok && o.status === 503).length).toBeGreaterThan(0);

      const check = new pg.Client({ connectionString: cluster.url });
      await check.connect();
      try {
        const { rows } = await check.query<{ code: string; units: number; audits: number }>(
          `select u.code, count(distinct u.id)::int as units, count(a.id)::int as audits
             from org_unit u left join audit_event a on a.object_id = u.id::text and a.operation = 'orgUnit.create'
            where u.code like 'RST-%' group by u.code`,
        );
        const stored = new Map(rows.map((r) => [r.code, r]));
        const confirmed = outcomes.filter((o) => o.ok).map((o) => o.code);
        // What the client was told succeeded is there, once, with its audit row.
        for (const code of confirmed) expect(stored.get(code), code).toEqual({ code, units: 1, audits: 1 });
        // Anything else stored came from an attempt the client made (a commit whose answer was lost), also exactly once.
        const attempted = new Set(outcomes.map((o) => o.code));
        for (const row of rows) {
          expect(attempted.has(row.code), row.code).toBe(true);
          expect(row, row.code).toMatchObject({ units: 1, audits: 1 });
        }
      } finally {
        await check.end();
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
      await orm.close(true);
      await cluster.stop();
    }
  }, 90_000);
});

describe('an exhausted connection pool', () => {
  let db: TestDatabase;
  let url: string;
  let stop: () => Promise<void>;
  let lifecycle: Awaited<ReturnType<typeof createApp>>['lifecycle'];
  beforeAll(async () => {
    db = await createTestDatabase({ pool: { max: 2, acquireTimeoutMillis: 700 } });
    await seedDemoData(db.orm);
    const created = await createApp({ orm: db.orm });
    lifecycle = created.lifecycle;
    const listening = await listen(created.app);
    url = listening.url;
    stop = async () => {
      await new Promise((resolve) => listening.server.close(resolve));
      await created.apollo.stop();
      await db.close();
    };
  });
  afterAll(() => stop?.());

  it('makes excess requests wait a bounded time, then refuses them clearly; /healthz says degraded; then recovers', async () => {
    expect((await readAs(url)).body.data.orgUnit).toEqual({ code: 'GD' });
    expect((await health(url)).body.status).toBe('ok');

    // Two slow statements take both connections (a knex query runs once it is awaited, hence then()).
    const knex = db.orm.em.getConnection().getKnex();
    const slow = [knex.raw('select pg_sleep(2)').then(), knex.raw('select pg_sleep(2)').then()];
    await sleep(100);

    const started = Date.now();
    let finished = false;
    const excess = readAs(url).finally(() => {
      finished = true;
    });
    let degraded: Awaited<ReturnType<typeof health>> | undefined;
    while (!finished && !degraded) {
      const h = await health(url);
      if (h.body.status === 'degraded') degraded = h;
      else await sleep(20);
    }
    expect(degraded?.status).toBe(200);
    expect(degraded?.body.ok).toBe(true);
    expect(degraded?.body.pool.waiting).toBeGreaterThanOrEqual(1);
    expect(degraded?.body.reasons.join(' ')).toMatch(/waiting for one of 2 database connections/);

    const refused = await excess;
    const waited = Date.now() - started;
    expect(refused.status).toBe(503);
    expect(refused.body.errors?.[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(refused.body.errors?.[0].message).toMatch(/retry/);
    // It gave up at its bound, not when a connection finally came free.
    expect(waited).toBeGreaterThanOrEqual(600);
    expect(waited).toBeLessThan(1900);

    await Promise.all(slow);
    expect((await readAs(url)).body.data.orgUnit).toEqual({ code: 'GD' });
    const h = await health(url);
    expect(h.body).toMatchObject({ ok: true, status: 'ok', pool: { waiting: 0 } });
  });

  it('refuses requests while the server drains, with Connection: close', async () => {
    lifecycle.draining = true;
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ query: READ_GD }),
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('connection')).toBe('close');
      expect(((await res.json()) as any).errors[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' }, message: expect.stringMatching(/shutting down/) });
      const h = await fetch(`${url}/healthz`);
      expect(h.status).toBe(503);
      expect(await h.json()).toMatchObject({ ok: false, status: 'draining' });
    } finally {
      lifecycle.draining = false;
    }
  });
});

describe('SIGTERM with requests in flight', () => {
  let child: ReturnType<typeof spawn> | undefined;
  // If the test fails midway, do not leave the server (and its cluster) running.
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const gone = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
    }
  });

  it('finishes them, refuses new ones, stops the embedded database cleanly and exits 0 within 10 s', async () => {
    const port = await freePort();
    child = spawn(process.execPath, ['--import', 'tsx', path.join('api', 'src', 'main.ts')], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: '', PG_DATA_DIR: dataDir, PORT: String(port), SEED: 'false', NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<{ code: number | null; at: number }>((resolve) => child!.on('exit', (code) => resolve({ code, at: Date.now() })));
    const url = `http://127.0.0.1:${port}`;
    let locker: pg.Client | undefined;
    try {
      const deadline = Date.now() + 60_000;
      while (!output.includes('GraphQL:')) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the server did not start:\n${output}`);
        await sleep(50);
      }
      const dbPort = (await readFile(path.join(dir, 'postgres.port'), 'utf8')).trim();
      const dbUrl = `postgres://postgres:postgres@127.0.0.1:${dbPort}/outlet_standards`;

      // Hold a lock the reads need, so they are genuinely in flight when the signal comes.
      locker = new pg.Client({ connectionString: dbUrl });
      await locker.connect();
      await locker.query('begin');
      await locker.query('lock table org_unit in access exclusive mode');
      const inFlight = [readAs(url), readAs(url)];
      const waitingOnLock = async () =>
        (await locker!.query(`select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid()`)).rows[0].n;
      while ((await waitingOnLock()) < 1) await sleep(20);
      await sleep(200);

      const signalled = Date.now();
      child.kill('SIGTERM');
      await sleep(300);
      // New requests are refused: the port no longer accepts connections (or a kept-alive one gets 503).
      const late = await readAs(url).then(
        (res) => ({ refusedWith: res.status, code: res.body.errors?.[0]?.extensions?.code }),
        () => ({ refusedWith: 'connection refused' }),
      );
      if (late.refusedWith !== 'connection refused') expect(late).toEqual({ refusedWith: 503, code: 'SERVICE_UNAVAILABLE' });
      expect(child.exitCode).toBeNull(); // still draining

      await locker.query('commit');
      for (const res of await Promise.all(inFlight)) {
        expect(res.status).toBe(200);
        expect(res.body).toEqual({ data: { orgUnit: { code: 'GD' } } });
      }
      await locker.end();
      locker = undefined;

      const { code, at } = await exited;
      expect(code, output).toBe(0);
      expect(at - signalled).toBeLessThan(10_000);
      expect(output).not.toMatch(/received during server shutdown/);
      expect(output).toMatch(/Stopped cleanly/);
    } finally {
      await locker?.end().catch(() => undefined);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    }

    // The cluster was shut down, not abandoned: no pid file, and pg_control says "shut down"
    // (what PostgreSQL reads at start to decide whether crash recovery is needed).
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
    const control = await readFile(path.join(dataDir, 'global', 'pg_control'));
    const DB_SHUTDOWNED = 1;
    expect(control.readInt32LE(16)).toBe(DB_SHUTDOWNED);
    const log: string[] = [];
    const again = await startEmbeddedPostgres({ dataDir, log: (m) => log.push(m) });
    await again.stop();
    expect(log.join('')).not.toMatch(/not properly shut down|automatic recovery/);
    expect(log.join('')).toMatch(/database system was shut down at/);
  }, 90_000);
});
