/**
 * The parts of the benchmark that the full run (bench/run.ts) and the quick
 * check in CI (test/bench-quick.test.ts) share: preparing the bench database,
 * a head-office API token, statement counts, and answers checked against
 * PostGraphile's.
 */
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { initOrm, migrate } from '../api/src/db/orm.js';
import { seedDemoData } from '../api/src/seed.js';
import { DEMO_PASSWORD } from '../seeds/demo-identities.js';
import { generateNetwork, type GeneratedNetwork, type NetworkShape } from './network.js';
import { data, startOurServer, type RunningServer } from './servers.js';
import type { StatementCounter } from './statement-counter.js';
import type { BenchQuery } from './queries.js';

/** Applies the migrations and loads the demo data (the head office, the seeded standard), through the API's own code. */
export async function migrateAndSeed(databaseUrl: string) {
  const orm = await initOrm({ url: databaseUrl });
  try {
    await migrate(orm);
    await seedDemoData(orm);
  } finally {
    await orm.close(true);
  }
}

/** The same database reached through the statement counter. */
export function throughCounter(databaseUrl: string, counter: StatementCounter) {
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(counter.port);
  return url.toString();
}

export interface BenchSetup {
  /** Authorization header of an API token scoped to head office. */
  headers: Record<string, string>;
  network: GeneratedNetwork;
  categories: string[];
}

/**
 * Asks a first server for what the bench needs through the public API (an
 * HO-scoped API token issued by the demo administrator, the outlet categories
 * of the edition in force), then generates the network.
 *
 * By default that server is stopped before the network is generated, so the
 * servers measured later start on the finished network and nothing they might
 * load at start-up predates it. The quick mode keeps it (`keepServer`) to save
 * a start-up; its answers are checked, so a server that had cached the old
 * network would fail there loudly.
 */
export async function setUpNetwork(
  databaseUrl: string,
  shape: NetworkShape,
  server: { logFile: string; serverDatabaseUrl?: string; keepServer?: boolean },
): Promise<BenchSetup & { server?: RunningServer }> {
  const running = await startOurServer({ databaseUrl: server.serverDatabaseUrl ?? databaseUrl, logFile: server.logFile });
  let headers: Record<string, string>;
  let categories: string[];
  try {
    headers = { authorization: `Bearer ${await issueHeadOfficeToken(running.url)}` };
    categories = (await data(running.url, '{ outletCategoriesInForce { code } }', headers)).outletCategoriesInForce.map((c: { code: string }) => c.code);
    if (!server.keepServer) await running.stop();
  } catch (err) {
    await running.stop();
    throw err;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const network = await generateNetwork(client, shape, categories);
    return { headers, network, categories, server: server.keepServer ? running : undefined };
  } catch (err) {
    if (server.keepServer) await running.stop();
    throw err;
  } finally {
    await client.end();
  }
}

/** Signs in as the demo administrator and issues a read-only token for the whole bank. */
export async function issueHeadOfficeToken(url: string): Promise<string> {
  const session = await data(url, `mutation { login(username: "admin", password: ${JSON.stringify(DEMO_PASSWORD)}) { token } }`);
  const expiresAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
  const issued = await data(
    url,
    `mutation { issueApiToken(input: { name: "Benchmark, head office", system: "BENCHMARK", scopeUnitCode: "HO", expiresAt: "${expiresAt}" }) { token } }`,
    { authorization: `Bearer ${session.login.token}` },
  );
  return issued.issueApiToken.token;
}

export interface StatementCount {
  /** The count most runs gave. */
  count: number;
  /** Every run's count (they differ only if something ran on the side, e.g. a periodic write). */
  runs: number[];
}

/**
 * SQL statements one request costs, measured on a server connected through
 * the counter: one unmeasured request first (caches fill, the pool opens a
 * connection), then `runs` requests one at a time.
 */
export async function countStatements(server: RunningServer, counter: StatementCounter, query: string, headers: Record<string, string>, runs = 3): Promise<StatementCount> {
  await data(server.url, query, headers);
  await settle(counter);
  const counts: number[] = [];
  for (let i = 0; i < runs; i++) {
    counter.reset();
    await data(server.url, query, headers);
    // Writes a server makes after answering (e.g. a token's last use) belong to the request too.
    await settle(counter);
    counts.push(counter.count);
  }
  const tally = new Map<number, number>();
  for (const c of counts) tally.set(c, (tally.get(c) ?? 0) + 1);
  const count = [...tally.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  return { count, runs: counts };
}

/** Waits until the server has sent nothing for 100 ms. */
async function settle(counter: StatementCounter) {
  let last = -1;
  while (counter.count !== last) {
    last = counter.count;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Our answer checked (expected codes, non-empty) and, where a peer answers, equal to its answer after normalising. */
export async function checkAnswer(query: BenchQuery, ours: RunningServer, headers: Record<string, string>, peer?: RunningServer) {
  const answer = await data(ours.url, query.ours, headers);
  try {
    query.check(answer);
  } catch (err) {
    throw new Error(`${query.id}: ${(err as Error).message}\nanswer: ${JSON.stringify(answer).slice(0, 1500)}`);
  }
  if (!peer || !query.peer) return;
  const theirs = await data(peer.url, query.peer, headers);
  const a = query.normaliseOurs!(answer);
  const b = query.normalisePeer!(theirs);
  if (!isDeepStrictEqual(a, b)) {
    throw new Error(`${query.id}: our answer differs from PostGraphile's\nours:   ${JSON.stringify(a).slice(0, 800)}\ntheirs: ${JSON.stringify(b).slice(0, 800)}`);
  }
}
