/**
 * Before/after comparison of two checkouts of this API on one database, for
 * read-path work on a shared machine (`npm run bench` is for a quiet one).
 *
 *   BENCH_BASE=/path/to/other/checkout DATABASE_URL=postgres://… npx tsx bench/compare.ts [query ids…]
 *
 * Both servers run on the same generated network (BENCH_SCALE, default
 * 40x10x100). For each query their raw HTTP answers must be byte-identical
 * (else it stops); then they take turns (who goes first alternates) for
 * BENCH_ROUNDS rounds of BENCH_SECONDS at BENCH_CONNECTIONS. Other jobs share
 * the cores, so what it reports is CPU per request rather than throughput:
 * the Node CPU of each server's process tree, and the PostgreSQL CPU of the
 * backends connected to the bench database (only the loaded server is busy
 * during a round), medians over rounds.
 *
 * BENCH_PROFILE=dir starts the "after" server with --cpu-prof into dir.
 * BENCH_BEFORE_ENV="NAME=value …" sets environment variables for the "before"
 * server only: with BENCH_BASE=. it compares one checkout with a switch off
 * (e.g. GRAPHQL_JIT=off) and on.
 * The database is the checkout's (its migrations) and dropped at the end; the
 * "before" checkout must not need migrations this one lacks.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ensureDatabase } from '../api/src/db/database.js';
import { parseShape } from './network.js';
import { defaultTargets, querySet } from './queries.js';
import { migrateAndSeed, setUpNetwork } from './harness.js';
import { startOurServer, type RunningServer } from './servers.js';
import { median, round } from './load.js';
import { readTicks } from './proc.js';

const env = (name: string, fallback: string) => process.env[name] || fallback;

/** CPU seconds so far of every backend connected to `database` (the connections stay open across a round). */
async function backendCpu(admin: pg.Client, database: string): Promise<Map<number, number>> {
  const { rows } = await admin.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
  return new Map(rows.map((r) => [r.pid, readTicks(r.pid)]));
}

function cpuBetween(before: Map<number, number>, after: Map<number, number>) {
  let seconds = 0;
  for (const [pid, ticks] of after) seconds += ticks - (before.get(pid) ?? 0);
  return seconds;
}

async function rawAnswer(server: RunningServer, query: string, headers: Record<string, string>) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return `${res.status} ${await res.text()}`;
}

async function main() {
  const base = process.env.BENCH_BASE;
  if (!base || !process.env.DATABASE_URL) throw new Error('set BENCH_BASE (the "before" checkout) and DATABASE_URL (a PostgreSQL server)');
  const shape = parseShape(env('BENCH_SCALE', '40x10x100'));
  const rounds = Number(env('BENCH_ROUNDS', '3'));
  const seconds = Number(env('BENCH_SECONDS', '5'));
  const connections = Number(env('BENCH_CONNECTIONS', '4'));
  const only = process.argv.slice(2);

  const server = new URL(process.env.DATABASE_URL);
  server.pathname = '';
  const serverUrl = server.toString().replace(/\/$/, '');
  const database = `outlet_compare_${Date.now().toString(36)}`;
  await ensureDatabase(serverUrl, database);
  const databaseUrl = `${serverUrl}/${database}`;
  const tmp = await mkdtemp(path.join(tmpdir(), 'outlet-compare-'));
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  const servers: RunningServer[] = [];
  try {
    await migrateAndSeed(databaseUrl);
    const setup = await setUpNetwork(databaseUrl, shape, { logFile: path.join(tmp, 'setup.log') });
    console.log(`network ${shape.tierOne}x${shape.tierTwoPerTierOne}x${shape.outletsPerTierTwo} in ${setup.network.seconds.toFixed(1)} s`);
    const profile = process.env.BENCH_PROFILE;
    const beforeEnv = Object.fromEntries((process.env.BENCH_BEFORE_ENV ?? '').split(/\s+/).filter(Boolean).map((kv) => kv.split(/=(.*)/s).slice(0, 2)));
    const before = await startOurServer({ databaseUrl, logFile: path.join(tmp, 'before.log'), root: path.resolve(base), name: 'before', env: beforeEnv });
    servers.push(before);
    const after = await startOurServer({
      databaseUrl,
      logFile: path.join(tmp, 'after.log'),
      name: 'after',
      nodeArgs: profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [],
    });
    servers.push(after);

    const queries = querySet(defaultTargets(shape)).filter((q) => !only.length || only.includes(q.id));
    console.log('| query | Node CPU ms/req before | after | PostgreSQL CPU ms/req before | after | req/s before | after |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const q of queries) {
      const [a, b] = [await rawAnswer(before, q.ours, setup.headers), await rawAnswer(after, q.ours, setup.headers)];
      if (a !== b) throw new Error(`${q.id}: the answers differ\nbefore: ${a.slice(0, 600)}\nafter:  ${b.slice(0, 600)}`);
      const results = new Map<string, { node: number[]; pg: number[]; rps: number[] }>(servers.map((s) => [s.name, { node: [], pg: [], rps: [] }]));
      // One unmeasured second each (JIT, caches, pool).
      for (const s of servers) await round({ url: s.url, query: q.ours, headers: setup.headers, connections, seconds: 1, serverPid: s.pid, postgresPid: null });
      for (let r = 0; r < rounds; r++) {
        for (const s of r % 2 ? [after, before] : [before, after]) {
          const pgBefore = await backendCpu(admin, database);
          const res = await round({ url: s.url, query: q.ours, headers: setup.headers, connections, seconds, serverPid: s.pid, postgresPid: null });
          const pgAfter = await backendCpu(admin, database);
          if (res.errors) throw new Error(`${q.id} on ${s.name}: ${res.errors} errors`);
          const m = results.get(s.name)!;
          m.node.push(res.nodeCpuPerRequest * 1000);
          m.pg.push((cpuBetween(pgBefore, pgAfter) / res.requests) * 1000);
          m.rps.push(res.throughput);
        }
      }
      const [x, y] = [results.get('before')!, results.get('after')!];
      const f = (v: number[], digits = 2) => median(v).toFixed(digits);
      console.log(`| ${q.id} | ${f(x.node)} | ${f(y.node)} | ${f(x.pg)} | ${f(y.pg)} | ${f(x.rps, 0)} | ${f(y.rps, 0)} |`);
      console.log(`  rounds, Node ms/req before ${x.node.map((v) => v.toFixed(2)).join(' ')}; after ${y.node.map((v) => v.toFixed(2)).join(' ')}`);
    }
  } finally {
    for (const s of servers) await s.stop();
    await admin.query(`drop database if exists "${database}" with (force)`).catch(() => undefined);
    await admin.end();
    await rm(tmp, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
