/**
 * The head-office roll-up timed in-process, without HTTP or load: the bench's
 * `rollup` GraphQL document run ROUNDS times through Apollo's executeOperation
 * as the demo administrator, on a database that already holds a generated
 * network (e.g. one left by `npx tsx bench/rollup-timing.ts --generate <db>`).
 * It prints the median and the fastest request, to compare two versions of
 * the roll-up on the same data; `npm run bench` remains the measure of record.
 *
 *   npx tsx bench/rollup-timing.ts [--generate] <database name> [rounds]
 *
 * With ROLLUP_HTTP_SECONDS set, it then also serves the database with the API
 * (as `npm run bench` does) and loads the roll-up over HTTP for that many
 * seconds at ROLLUP_HTTP_CONNECTIONS (20), printing p50 and p99: the bench's
 * measure for this one query, without running the other queries.
 *
 * Uses DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { initOrm } from '../api/src/db/orm.js';
import { ensureDatabase } from '../api/src/db/database.js';
import { createApolloServer } from '../api/src/server.js';
import { createRequestContext } from '../api/src/graphql/context.js';
import { loadSecurityConfig } from '../api/src/config.js';
import { userActor } from '../api/src/modules/session/authenticate.js';
import { User } from '../api/src/modules/user/user.entity.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { issueHeadOfficeToken, migrateAndSeed } from './harness.js';
import { round } from './load.js';
import { startOurServer } from './servers.js';
import { FULL_SCALE, generateNetwork } from './network.js';
import { querySet, defaultTargets } from './queries.js';

const args = process.argv.slice(2);
const generate = args[0] === '--generate';
const [name, roundsText] = generate ? args.slice(1) : args;
if (!name) throw new Error('usage: npx tsx bench/rollup-timing.ts [--generate] <database name> [rounds]');
const rounds = Number(roundsText ?? 20);
const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432');
server.pathname = '';
const serverUrl = server.toString().replace(/\/$/, '');
const url = `${serverUrl}/${name}`;

if (generate) {
  await ensureDatabase(serverUrl, name);
  await migrateAndSeed(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const categories = (await client.query<{ code: string }>(`select distinct category as code from org_unit where category is not null order by 1`)).rows.map((r) => r.code);
  const network = await generateNetwork(client, FULL_SCALE, categories);
  await client.end();
  console.log(`generated ${network.units} units in ${network.seconds.toFixed(1)} s`);
}

const orm = await initOrm({ url });
const security = loadSecurityConfig();
const apollo = await createApolloServer(security);
await apollo.start();
const user = await orm.em.fork().findOneOrFail(User, { username: 'admin' }, { populate: ['orgUnit'] });
const actor = userActor(user, user.orgUnit.getEntity(), null);
const query = querySet(defaultTargets(FULL_SCALE)).find((q) => q.id === 'rollup')!;
const times: number[] = [];
for (let i = 0; i < rounds + 2; i++) {
  const started = performance.now();
  const response = await apollo.executeOperation({ query: query.ours }, { contextValue: createRequestContext(orm.em, actor, randomUUID(), { security }) });
  const ms = performance.now() - started;
  if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
  if (i === 0) query.check(response.body.singleResult.data as Record<string, unknown>);
  if (i >= 2) times.push(ms); // the first two warm the caches
}
times.sort((a, b) => a - b);
console.log(`rollup over ${name}: median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, fastest ${times[0].toFixed(1)} ms (${rounds} requests in turn)`);
await apollo.stop();
await orm.close(true);

const httpSeconds = Number(process.env.ROLLUP_HTTP_SECONDS ?? 0);
if (httpSeconds > 0) {
  const connections = Number(process.env.ROLLUP_HTTP_CONNECTIONS ?? 20);
  const server = await startOurServer({ databaseUrl: url, logFile: path.join(tmpdir(), `rollup-timing-${process.pid}.log`) });
  try {
    const headers = { authorization: `Bearer ${await issueHeadOfficeToken(server.url)}` };
    await round({ url: server.url, query: query.ours, headers, connections, seconds: 2, serverPid: server.pid, postgresPid: null });
    const r = await round({ url: server.url, query: query.ours, headers, connections, seconds: httpSeconds, serverPid: server.pid, postgresPid: null });
    console.log(
      `rollup over HTTP, ${connections} connections, ${httpSeconds} s: ${r.throughput.toFixed(1)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, ` +
        `Node CPU ${(r.nodeCpuPerRequest * 1000).toFixed(1)} ms/request, ${r.errors} errors`,
    );
  } finally {
    await server.stop();
  }
}
