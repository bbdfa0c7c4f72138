/**
 * A quick before/after measurement of the API over HTTP (not part of `npm test`
 * nor of `npm run bench`): the real Express + Apollo server in this process,
 * autocannon in a child process, so the CPU this process uses is the server's
 * own. For each query: requests per second, median latency, and the server's
 * CPU time per request (user + system), which is what the read-path work
 * reduces and what a noisy machine disturbs least.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx test/bench/http-quick.ts
 *
 * Knobs: QUICK_SECONDS (per query, default 5), QUICK_CONNECTIONS (default 10),
 * QUICK_NETWORK ("tierOne×tierTwo×outlets", default 40x10x10: the tree from
 * head office to tier-two is then 441 units, as at full scale), QUICK_ONLY
 * (run only the queries whose label contains it).
 */
import { createServer } from 'node:http';
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { ensureDatabase } from '../../api/src/db/database.js';
import { initOrm, migrate } from '../../api/src/db/orm.js';
import { createApp } from '../../api/src/server.js';
import { seedDemoData } from '../../api/src/seed.js';
import { loadSecurityConfig } from '../../api/src/config.js';
import { createLogger } from '../../api/src/shared/log.js';
import { REPO_ROOT } from '../../api/src/paths.js';
import { DEMO_PASSWORD } from '../../seeds/demo-identities.js';
import { generateNetwork } from './network.js';

const SECONDS = Number(process.env.QUICK_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.QUICK_CONNECTIONS ?? 10);
const [tierOne, tierTwoPerTierOne, outletsPerTierTwo] = (process.env.QUICK_NETWORK ?? '40x10x10').split('x').map(Number);

const CASES: [label: string, query: string][] = [
  ['{ __typename } (fixed cost)', '{ __typename }'],
  ['tree HO → tier-one → tier-two', '{ orgUnit(code: "HO") { code name { zh en } children { code name { zh en } childCount children { code name { zh en } childCount } } } }'],
  ['50 outlets with totalCount', '{ orgUnits(filter: { level: OUTLET }, first: 50) { totalCount nodes { code name { zh en } level status city } } }'],
  ['one outlet with ancestors', '{ orgUnit(code: "B01-01-001") { code name { zh } parent { code } ancestors { code name { zh en } level } } }'],
];

interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}

function autocannon(url: string, body: string, token: string): Promise<Result> {
  const bin = path.join(REPO_ROOT, 'node_modules', '.bin', 'autocannon');
  const args = ['-j', '-c', String(CONNECTIONS), '-d', String(SECONDS), '-m', 'POST', '-H', 'content-type=application/json', '-H', `authorization=Bearer ${token}`, '-b', body, url];
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as Result) : reject(new Error(`autocannon exited with ${code}`))));
  });
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error('set DATABASE_URL to a PostgreSQL server; a scratch database is made on it');
  const server = new URL(process.env.DATABASE_URL);
  server.pathname = '';
  const serverUrl = server.toString().replace(/\/$/, '');
  const name = `outlet_quick_${Date.now().toString(36)}`;
  await ensureDatabase(serverUrl, name);
  const orm = await initOrm({ url: `${serverUrl}/${name}` });
  await migrate(orm);
  await seedDemoData(orm);
  await generateNetwork(orm, { tierOne, tierTwoPerTierOne, outletsPerTierTwo });
  await orm.em.getKnex().raw('analyze');
  // Log lines are made as in production (their cost counts) and then dropped, not printed.
  const quiet = createLogger({ write() {} }, 'info');
  const { app, apollo } = await createApp({ orm, security: loadSecurityConfig(), logger: quiet });
  const http = createServer(app);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as { port: number }).port}/graphql`;
  try {
    const login = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($p: String!) { login(username: "admin", password: $p) { token } }', variables: { p: DEMO_PASSWORD } }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    console.log(`network ${tierOne}×${tierTwoPerTierOne}×${outletsPerTierTwo}, ${CONNECTIONS} connections, ${SECONDS} s per query\n`);
    console.log('| query | req/s | p50 ms | p99 ms | server CPU ms/request | non-2xx |\n|---|---:|---:|---:|---:|---:|');
    for (const [label, query] of CASES.filter(([label]) => label.includes(process.env.QUICK_ONLY ?? ''))) {
      const body = JSON.stringify({ query });
      const check = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const answer = (await check.json()) as { errors?: unknown };
      if (answer.errors) throw new Error(`${label}: ${JSON.stringify(answer.errors)}`);
      const cpuBefore = process.cpuUsage();
      const result = await autocannon(url, body, token);
      const cpu = process.cpuUsage(cpuBefore);
      const total = result.requests.average * SECONDS;
      const cpuPerRequest = (cpu.user + cpu.system) / 1000 / Math.max(1, total);
      console.log(
        `| ${label} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} | ${result.latency.p99} | ${cpuPerRequest.toFixed(2)} | ${result.non2xx + result.errors} |`,
      );
    }
  } finally {
    await new Promise((resolve) => http.close(resolve));
    await apollo.stop();
    await orm.close(true);
    const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
    await admin.connect();
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
