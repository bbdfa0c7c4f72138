/**
 * The gap list in the console (console/src/data/outletGaps.ts): its document,
 * sent as the console sends it through the console's pager, against the real
 * API on the demo network. Reading every row (an export) gives the rows the
 * screen pages through, filtered by kind and plan state, in the same
 * statements per request whatever the page holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../api/src/seed.js';
import { ConsoleOutletGapsDocument, type ConsoleOutletGapsQuery } from '../console/src/gql/graphql.js';
import { EVERY_ROW, readPage, type SliceArgs } from '../console/src/data/paging.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { actorFor, createGraphqlClient } from './support/graphql.js';

let db: TestDatabase;
let gd: Awaited<ReturnType<typeof createGraphqlClient>>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  gd = await createGraphqlClient(db.orm, await actorFor(db.orm, 't1_staff'));
});

afterAll(async () => {
  await gd?.stop();
  await db?.close();
});

const read = (filter: { kind?: string; planStatus?: string }, pagination: { page: number; perPage: number }) =>
  readPage(pagination, async (slice: SliceArgs) =>
    (await gd.ok<ConsoleOutletGapsQuery>(ConsoleOutletGapsDocument.toString(), { unit: 'GD', kind: null, planStatus: null, ...filter, ...slice })).outletGaps,
  );
const key = (n: { outletCode: string; path: string }) => `${n.outletCode} ${n.path}`;

describe('the console’s gap list', () => {
  it('reads the same rows for an export as the screen does page by page', async () => {
    const all = await read({}, { page: 1, perPage: EVERY_ROW });
    expect(all.nodes.length).toBeGreaterThan(3);
    expect(all.totalCount).toBe(all.nodes.length);
    const paged = [];
    for (let page = 1; page <= Math.ceil(all.totalCount / 3); page++) paged.push(...(await read({}, { page, perPage: 3 })).nodes);
    expect(paged.map(key)).toEqual(all.nodes.map(key));
    // Every row is a Guangdong outlet's, named, with the unit that set the requirement.
    for (const n of all.nodes) {
      expect(n.outletCode.startsWith('GD-')).toBe(true);
      expect(n.outletName.zh).not.toBe('');
      expect(n.setBy.unit?.code).toBe(n.setBy.unitCode);
    }
  });

  it('filters by kind and by plan state', async () => {
    const all = await read({}, { page: 1, perPage: EVERY_ROW });
    const zones = await read({ kind: 'ZONE_MISSING' }, { page: 1, perPage: EVERY_ROW });
    expect(zones.nodes.map(key)).toEqual(all.nodes.filter((n) => n.kind === 'ZONE_MISSING').map(key));
    expect(zones.nodes.length).toBeGreaterThan(0);
    const drafts = await read({ planStatus: 'DRAFT' }, { page: 1, perPage: EVERY_ROW });
    expect(drafts.nodes.map(key)).toEqual(all.nodes.filter((n) => n.planStatus === 'DRAFT').map(key));
    expect(drafts.nodes.length).toBeLessThan(all.nodes.length);
  });

  it('costs the same statements for one row as for every row (no statement per gap or plan)', async () => {
    await read({}, { page: 1, perPage: 1 }); // warm the process's caches
    db.resetQueries();
    await read({}, { page: 1, perPage: 1 });
    const one = db.queries.length;
    db.resetQueries();
    const all = await read({}, { page: 1, perPage: EVERY_ROW });
    expect(all.nodes.length).toBeGreaterThan(1);
    expect(db.queries.length).toBe(one);
  });
});
