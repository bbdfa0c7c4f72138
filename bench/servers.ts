/**
 * The two servers under test, each a child process on the bench database:
 * ours started as in production (api/src/main.ts through tsx's loader,
 * NODE_ENV=production), and PostGraphile 5 on Node 22.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../api/src/db/database.js';
import type pg from 'pg';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PEER_DIR = path.join(REPO_ROOT, 'bench', 'postgraphile');

export interface RunningServer {
  name: string;
  url: string;
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

export interface GraphQLAnswer {
  status: number;
  body: { data?: Record<string, any>; errors?: { message: string }[] };
}

/** One GraphQL request over HTTP. */
export async function post(url: string, query: string, headers: Record<string, string> = {}): Promise<GraphQLAnswer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    throw new Error(`${url}: HTTP ${res.status}, not JSON: ${text.slice(0, 300)}`);
  }
}

/** The answer's data, or an error quoting the server's. */
export async function data(url: string, query: string, headers: Record<string, string> = {}) {
  const { status, body } = await post(url, query, headers);
  if (status !== 200 || body.errors?.length || !body.data) {
    throw new Error(`${url} answered HTTP ${status} to ${query.slice(0, 120)}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

async function waitUntilReady(name: string, child: ChildProcess, logFile: string, probe: () => Promise<boolean>, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`${name} exited (${exited}) while starting; its log:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`${name} did not answer within ${timeoutMs / 1000} s; its log:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
}

function stopper(child: ChildProcess) {
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
}

/**
 * Our API as `npm start` runs it (api/src/main.ts under tsx), on `databaseUrl`,
 * in production mode, without re-seeding. Its log (one JSON line per request,
 * as in production) goes to a file, not through this process.
 */
export async function startOurServer(opts: {
  databaseUrl: string;
  logFile: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
  /** Another checkout of this repository to serve from (bench/compare.ts's "before"); this one by default. */
  root?: string;
  name?: string;
}): Promise<RunningServer> {
  const root = opts.root ?? REPO_ROOT;
  const port = await freePort();
  const log = openSync(opts.logFile, 'a');
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', path.join(root, 'api', 'src', 'main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: opts.databaseUrl,
      PORT: String(port),
      NODE_ENV: 'production',
      SEED: 'false',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      VITEST: '',
      ...opts.env,
    },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady('our API server', child, opts.logFile, async () => (await fetch(`${url}/healthz`)).status === 200);
  return { name: opts.name ?? 'ours', url, pid: child.pid!, logFile: opts.logFile, stop: stopper(child) };
}

let node22: string | undefined;

/** The Node 22 binary from the `node@22` npm package (through npx, cached after the first run). */
export function node22Binary(): string {
  if (node22) return node22;
  const found = spawnSync('npx', ['-y', '-p', 'node@22', 'node', '-p', 'process.execPath'], { encoding: 'utf8' });
  const binary = found.stdout?.trim().split('\n').pop();
  if (found.status !== 0 || !binary || !existsSync(binary)) {
    throw new Error(`could not get Node 22 through npx (node@22): ${found.stderr?.slice(-500)}`);
  }
  return (node22 = binary);
}

/** Installs PostGraphile from bench/postgraphile's lockfile on first use. */
export function ensurePeerInstalled() {
  if (existsSync(path.join(PEER_DIR, 'node_modules', 'postgraphile', 'package.json'))) return;
  console.log('Installing PostGraphile into bench/postgraphile (first run)…');
  const npm = path.join(path.dirname(node22Binary()), 'npm');
  const args = ['ci', '--prefix', PEER_DIR, '--no-audit', '--no-fund'];
  const done = existsSync(npm)
    ? spawnSync(node22Binary(), [npm, ...args], { stdio: 'inherit' })
    : spawnSync('npx', ['-y', '-p', 'node@22', 'npm', ...args], { stdio: 'inherit' });
  if (done.status !== 0) throw new Error('installing PostGraphile failed');
}

/**
 * The SQL functions PostGraphile needs for questions its generated schema
 * cannot ask directly, in a schema of the bench's own (never in our
 * migrations). The path-prefix test is the one our API uses, so both servers
 * read the same index; the branch's path comes from scalar subqueries so the
 * planner scans only that range (a join would make it walk every outlet).
 */
export async function preparePeerSchema(client: pg.Client) {
  await client.query(`
    create schema if not exists bench_pg;
    create or replace function bench_pg.outlets_under(unit_code text) returns setof public.org_unit
      language sql stable as $$
        select u.* from public.org_unit u
        where u.path ~>~ (select path from public.org_unit where code = unit_code)
          and u.path ~<~ (select path || '~' from public.org_unit where code = unit_code)
          and u.level = 'OUTLET'
        order by u.code
      $$;
  `);
}

/** PostGraphile 5.1.5 (amber preset) on Node 22, over `databaseUrl`. */
export async function startPeerServer(opts: { databaseUrl: string; logFile: string; poolMax: number }): Promise<RunningServer> {
  ensurePeerInstalled();
  const port = await freePort();
  const log = openSync(opts.logFile, 'a');
  const child = spawn(node22Binary(), [path.join(PEER_DIR, 'server.mjs')], {
    cwd: PEER_DIR,
    env: { ...process.env, DATABASE_URL: opts.databaseUrl, PORT: String(port), PG_POOL_MAX: String(opts.poolMax), NODE_ENV: 'production' },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady('PostGraphile', child, opts.logFile, async () => (await post(url, '{ __typename }')).status === 200);
  return { name: 'PostGraphile', url, pid: child.pid!, logFile: opts.logFile, stop: stopper(child) };
}
