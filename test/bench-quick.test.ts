/**
 * The benchmark's quick mode, part of `npm test`: a small network served over
 * HTTP by the real server process (as `npm run bench` runs it, without
 * PostGraphile), each query checked, counted and loaded briefly (16 requests
 * on 4 connections, about a second on a quiet machine).
 * It catches a statement-count regression or an order-of-magnitude slowdown;
 * it asserts no absolute timing beyond a bound no healthy run comes near.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedDemoData } from '../api/src/seed.js';
import { createTestDatabase } from './support/db.js';
import { checkAnswer, countStatements, setUpNetwork, throughCounter, type BenchSetup } from '../bench/harness.js';
import { branchSubtree, defaultTargets, outletPage, outletsWithStaffing, querySet } from '../bench/queries.js';
import type { RunningServer } from '../bench/servers.js';
import { startStatementCounter, type StatementCounter } from '../bench/statement-counter.js';
import { round } from '../bench/load.js';
import { procAvailable } from '../bench/proc.js';

/** 3 tier-one × 3 tier-two × 40 outlets: 120 outlets under each tier-one, enough for a page of 100. */
const SHAPE = { tierOne: 3, tierTwoPerTierOne: 3, outletsPerTierTwo: 40 };
const targets = defaultTargets(SHAPE);

/**
 * SQL statements per request, by query. A change here is a change in the
 * read path's cost: update the table only when the new count is intended
 * (and say why in the commit).
 */
const EXPECTED_STATEMENTS: Record<string, number> = {
  typename: 1,
  // Session, head office by code, its children, theirs: child counts come with the rows (stored, kept by triggers).
  tree: 4,
  page50: 3,
  'outlet-chain': 5,
  'subtree:B01': 4,
  deep: 6,
  effective: 5,
  'category-page100': 7,
  // Session, the unit by code, the roll-up in one statement, the children's units in one batch; for the
  // rollout by phase and wave, the rollout and its approved tier-one localizations (the waves come with the roll-up).
  rollup: 6,
};

let tmp: string;
let counter: StatementCounter;
let server: RunningServer;
let setup: BenchSetup;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'outlet-bench-quick-'));
  const db = await createTestDatabase();
  try {
    await seedDemoData(db.orm);
  } finally {
    await db.close();
  }
  const { hostname, port } = new URL(db.url);
  counter = await startStatementCounter({ host: hostname, port: Number(port || 5432) });
  // One server, through the counter, from setting up to the end (the full run restarts it instead).
  const ready = await setUpNetwork(db.url, SHAPE, { logFile: path.join(tmp, 'server.log'), serverDatabaseUrl: throughCounter(db.url, counter), keepServer: true });
  setup = ready;
  server = ready.server!;
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await counter?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('benchmark, quick mode', () => {
  it('generates the network at the requested shape, each outlet with a category of the edition in force', () => {
    expect(setup.network.units).toBe(3 * (1 + 3 * (1 + 40)));
    expect(setup.categories.length).toBeGreaterThan(0);
  });

  it('answers every query correctly and with the expected number of SQL statements', async () => {
    const counts: Record<string, number> = {};
    for (const q of querySet(targets)) {
      await checkAnswer(q, server, setup.headers);
      counts[q.id] = (await countStatements(server, counter, q.ours, setup.headers)).count;
    }
    expect(counts).toEqual(EXPECTED_STATEMENTS);
  }, 60_000);

  it('costs the same number of statements whatever the page size or the tree width', async () => {
    const pairs = [
      [outletPage(targets, 10), outletPage(targets, 100)],
      [branchSubtree('GD'), branchSubtree(targets.tierOne, 1 + 3 * 41)],
      [outletsWithStaffing(targets, 10), outletsWithStaffing(targets, 100)],
    ];
    for (const [small, large] of pairs) {
      await checkAnswer(small, server, setup.headers);
      await checkAnswer(large, server, setup.headers);
      const a = await countStatements(server, counter, small.ours, setup.headers);
      const b = await countStatements(server, counter, large.ours, setup.headers);
      expect({ query: large.id, statements: b.count }).toEqual({ query: large.id, statements: a.count });
    }
  }, 60_000);

  it('serves each query under load without errors, well within an order of magnitude', async () => {
    for (const q of querySet(targets)) {
      const result = await round({
        url: server.url,
        query: q.ours,
        headers: setup.headers,
        // A fixed number of requests rather than a duration: a slow, busy machine takes longer but never sees an empty round.
        connections: 4,
        seconds: 1,
        amount: 16,
        serverPid: server.pid,
        postgresPid: null,
      });
      expect({ query: q.id, errors: result.errors }).toEqual({ query: q.id, errors: 0 });
      expect(result.requests).toBe(16);
      // An order-of-magnitude bound only: a healthy run is far below it even on a busy machine.
      expect(result.p50).toBeLessThan(2000);
      if (procAvailable) expect(result.nodeCpuPerRequest).toBeGreaterThan(0);
    }
  }, 60_000);
});
