/**
 * `npm run bench`: the benchmark over HTTP, our API side by side with
 * PostGraphile 5 on the same database. Not part of `npm test` (the quick
 * check that is lives in test/bench-quick.test.ts).
 *
 * 1. A PostgreSQL (embedded, or DATABASE_URL's server in a scratch database),
 *    migrated and seeded, with the network generated at BENCH_SCALE.
 * 2. Statement counts: each query once through a counting proxy, for both
 *    servers, and every comparable answer checked equal to PostGraphile's.
 * 3. Timed rounds with autocannon, ours and theirs interleaved per query,
 *    BENCH_ROUNDS rounds of BENCH_SECONDS each, BENCH_CONNECTIONS connections.
 * 4. bench/REPORT.md: the machine, the results, the targets met or missed
 *    (only between the markers; the commentary around them is kept).
 *
 * Settings: BENCH_SCALE (full, or e.g. 40x10x100), BENCH_SECONDS (8),
 * BENCH_ROUNDS (3), BENCH_CONNECTIONS (20), BENCH_WARMUP_SECONDS (2),
 * BENCH_PEER (0 to skip PostGraphile), BENCH_REPORT (path, or "-" to only print),
 * BENCH_NOTE (a line about the machine's state, e.g. other work running),
 * BENCH_NODE_ARGS (Node options for our server, e.g. --cpu-prof).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { ensureDatabase, startEmbeddedPostgres } from '../api/src/db/database.js';
import { parseShape, unitCount, FULL_SCALE } from './network.js';
import { branchSubtree, defaultTargets, outletPage, outletsWithStaffing, querySet, type BenchQuery } from './queries.js';
import { checkAnswer, countStatements, migrateAndSeed, setUpNetwork, throughCounter, type StatementCount } from './harness.js';
import { node22Binary, preparePeerSchema, REPO_ROOT, startOurServer, startPeerServer, type RunningServer } from './servers.js';
import { startStatementCounter } from './statement-counter.js';
import { median, round, type RoundResult } from './load.js';
import { postmasterPid, procAvailable, treePeakRssBytes } from './proc.js';
import { measureImpact } from './impact.js';
import { describeMachine, writeReport, type BenchResults, type QueryResult } from './report.js';

const positive = (name: string, fallback: number) => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
};

async function main() {
  const shape = parseShape(process.env.BENCH_SCALE);
  const settings = {
    seconds: positive('BENCH_SECONDS', 8),
    rounds: positive('BENCH_ROUNDS', 3),
    connections: positive('BENCH_CONNECTIONS', 20),
    warmupSeconds: positive('BENCH_WARMUP_SECONDS', 2),
  };
  const withPeer = process.env.BENCH_PEER !== '0';
  const reportPath = process.env.BENCH_REPORT === '-' ? null : path.resolve(REPO_ROOT, process.env.BENCH_REPORT ?? 'bench/REPORT.md');
  const startedAt = new Date();
  const tmp = await mkdtemp(path.join(tmpdir(), 'outlet-bench-'));
  const log = (name: string) => path.join(tmp, name);
  const stops: (() => Promise<void>)[] = [];
  try {
    // 1. The database.
    let databaseUrl: string;
    let dataDir: string | null = null;
    if (process.env.DATABASE_URL) {
      const server = new URL(process.env.DATABASE_URL);
      server.pathname = '';
      const serverUrl = server.toString().replace(/\/$/, '');
      const name = `outlet_bench_${Date.now().toString(36)}`;
      await ensureDatabase(serverUrl, name);
      databaseUrl = `${serverUrl}/${name}`;
      stops.push(() => dropDatabase(serverUrl, name));
      console.log(`PostgreSQL: the server at DATABASE_URL, database ${name} (its CPU is not measured: the server is shared)`);
    } else {
      dataDir = path.join(tmp, 'pg');
      const embedded = await startEmbeddedPostgres({ dataDir, persistent: false, database: 'outlet_bench' });
      databaseUrl = embedded.url;
      stops.push(embedded.stop);
      console.log('PostgreSQL: embedded, started for this run');
    }
    const postgresPid = dataDir && procAvailable ? postmasterPid(dataDir) : null;
    await migrateAndSeed(databaseUrl);
    const setup = await setUpNetwork(databaseUrl, shape, { logFile: log('setup.log') });
    console.log(`Network: ${unitCount(shape)} generated units (${shape.tierOne} × ${shape.tierTwoPerTierOne} × ${shape.outletsPerTierTwo}) in ${setup.network.seconds.toFixed(1)} s`);
    const sql = new pg.Client({ connectionString: databaseUrl });
    await sql.connect();
    const postgresVersion = (await sql.query<{ v: string }>("select current_setting('server_version') as v")).rows[0].v;
    const totalUnits = Number((await sql.query<{ n: string }>('select count(*) as n from org_unit')).rows[0].n);
    if (withPeer) await preparePeerSchema(sql);
    await sql.end();

    const impact = await measureImpact(databaseUrl);
    for (const i of impact) console.log(`Impact preview, ${i.label}: ${i.ms.toFixed(0)} ms (${i.outletsAffected} of ${i.outletsBelow} outlets affected, ${i.groups} groups)`);

    const targets = defaultTargets(shape);
    const queries = querySet(targets);
    // Width variants: the statement count must not move with page size or tree width.
    const widthChecks: [BenchQuery, BenchQuery][] = [
      [outletPage(targets, 10), outletPage(targets, 100)],
      [branchSubtree('GD'), branchSubtree(targets.tierOne)],
      [outletsWithStaffing(targets, 10), outletsWithStaffing(targets, 100)],
    ];

    // 2. Statement counts and answers, through the counting proxy.
    const { hostname, port } = new URL(databaseUrl);
    const counter = await startStatementCounter({ host: hostname, port: Number(port || 5432) });
    const oursCounted = await startOurServer({ databaseUrl: throughCounter(databaseUrl, counter), logFile: log('ours-counted.log') });
    const peerCounted = withPeer
      ? await startPeerServer({ databaseUrl: throughCounter(databaseUrl, counter), logFile: log('peer-counted.log'), poolMax: poolMax() })
      : undefined;
    const counts = new Map<string, { ours: StatementCount; peer?: StatementCount }>();
    try {
      for (const q of [...queries, ...widthChecks.flat()]) {
        if (counts.has(q.id)) continue;
        await checkAnswer(q, oursCounted, setup.headers, peerCounted);
        const ours = await countStatements(oursCounted, counter, q.ours, setup.headers);
        const peer = peerCounted && q.peer ? await countStatements(peerCounted, counter, q.peer, setup.headers) : undefined;
        counts.set(q.id, { ours, peer });
        console.log(`  ${q.id}: ${ours.count} statements${peer ? ` (PostGraphile ${peer.count})` : ''}, answer checked${peer ? ' and equal' : ''}`);
      }
    } finally {
      await oursCounted.stop();
      await peerCounted?.stop();
      await counter.close();
    }

    // 3. Timed rounds, both servers up, taking turns.
    // BENCH_NODE_ARGS passes Node options to our server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where its time goes.
    const nodeArgs = process.env.BENCH_NODE_ARGS?.split(/\s+/).filter(Boolean);
    const ours = await startOurServer({ databaseUrl, logFile: log('ours.log'), nodeArgs });
    stops.unshift(ours.stop);
    const peer = withPeer ? await startPeerServer({ databaseUrl, logFile: log('peer.log'), poolMax: poolMax() }) : undefined;
    if (peer) stops.unshift(peer.stop);
    const results: QueryResult[] = [];
    for (const q of queries) {
      const timed = async (server: RunningServer, query: string, seconds: number) =>
        round({ url: server.url, query, headers: setup.headers, connections: settings.connections, seconds, serverPid: server.pid, postgresPid });
      const hasPeer = !!(peer && q.peer);
      await timed(ours, q.ours, settings.warmupSeconds);
      if (hasPeer) await timed(peer!, q.peer!, settings.warmupSeconds);
      const oursRounds: RoundResult[] = [];
      const peerRounds: RoundResult[] = [];
      for (let r = 0; r < settings.rounds; r++) {
        // Turns alternate who goes first, so neither always follows the other's leftovers (caches, autovacuum).
        if (hasPeer && r % 2 === 1) peerRounds.push(await timed(peer!, q.peer!, settings.seconds));
        oursRounds.push(await timed(ours, q.ours, settings.seconds));
        if (hasPeer && r % 2 === 0) peerRounds.push(await timed(peer!, q.peer!, settings.seconds));
      }
      const result: QueryResult = { query: q, ours: oursRounds, peer: hasPeer ? peerRounds : undefined, counts: counts.get(q.id)! };
      results.push(result);
      const m = (rs: RoundResult[], f: (r: RoundResult) => number) => median(rs.map(f));
      console.log(
        `  ${q.id}: ${m(oursRounds, (r) => r.throughput).toFixed(0)} req/s, p50 ${m(oursRounds, (r) => r.p50)} ms` +
          (hasPeer ? `; PostGraphile ${m(peerRounds, (r) => r.throughput).toFixed(0)} req/s, p50 ${m(peerRounds, (r) => r.p50)} ms` : ''),
      );
    }
    const peakRss = { ours: procAvailable ? treePeakRssBytes(ours.pid) : null, peer: peer && procAvailable ? treePeakRssBytes(peer.pid) : null };

    // 4. The report.
    const bench: BenchResults = {
      startedAt,
      finishedAt: new Date(),
      machine: describeMachine({ postgresVersion, node22: withPeer ? nodeVersion(node22Binary()) : null, note: process.env.BENCH_NOTE }),
      postgres: dataDir ? 'embedded (started by the bench)' : 'the server at DATABASE_URL (shared: its CPU is not measured)',
      shape,
      fullScale: JSON.stringify(shape) === JSON.stringify(FULL_SCALE),
      totalUnits,
      generationSeconds: setup.network.seconds,
      settings,
      withPeer,
      results,
      widthChecks: widthChecks.map(([a, b]) => ({ small: a.label, large: b.label, smallCount: counts.get(a.id)!.ours, largeCount: counts.get(b.id)!.ours })),
      peakRss,
      impact,
    };
    const markdown = writeReport(bench, reportPath);
    console.log(`\n${markdown}`);
    if (reportPath) console.log(`Written to ${path.relative(REPO_ROOT, reportPath)}`);
  } finally {
    for (const stop of stops) await stop().catch((err) => console.error(err));
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Both servers get the same number of database connections (ours: DB_POOL_MAX, default 10). */
const poolMax = () => Number(process.env.DB_POOL_MAX ?? 10);

function nodeVersion(binary: string) {
  return spawnSync(binary, ['-v'], { encoding: 'utf8' }).stdout.trim();
}

async function dropDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  await client.query(`drop database if exists "${name}" with (force)`);
  await client.end();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
