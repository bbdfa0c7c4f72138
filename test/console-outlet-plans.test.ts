/**
 * The branches' plan list in the console (console/src/data/outletPlans.ts):
 * its document, sent as the console sends it through the console's pager,
 * against the real API on the demo network. A branch lists its own outlets'
 * current plans, filtered by state, and nothing outside its part of the
 * network; reading every row for an export costs the same statements per
 * request whatever the page holds (the outlets and their branches are batched).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../api/src/seed.js';
import { ConsoleOutletPlansDocument, type ConsoleOutletPlansQuery } from '../console/src/gql/graphql.js';
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

const read = (unit: string, status: string | null, perPage = EVERY_ROW) =>
  readPage({ page: 1, perPage }, async (slice: SliceArgs) => (await gd.ok<ConsoleOutletPlansQuery>(ConsoleOutletPlansDocument.toString(), { unit, status, ...slice })).outletPlans);

describe('the console’s outlet plan list', () => {
  it('lists the current plans of the outlets under the branch, by outlet code, with each outlet’s tier-two branch', async () => {
    const page = await read('GD', null);
    const expected: { code: string; status: string }[] = (
      await db.orm.em.getKnex().raw(`
        select u.code, p.status from outlet_plan p join org_unit u on u.id = p.unit_id
        where u.path like (select path from org_unit where code = 'GD') || '%' and p.status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')
        order by u.code`)
    ).rows;
    expect(expected.length).toBeGreaterThan(0);
    expect(page.nodes.map((n) => ({ code: n.orgUnit!.code, status: n.status }))).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
    for (const n of page.nodes) expect(n.orgUnit!.parent!.code).toBe(n.orgUnit!.code.replace(/-\d+$/, ''));
  });

  it('filters by state', async () => {
    const submitted = await read('GD', 'SUBMITTED');
    expect(submitted.nodes.length).toBeGreaterThan(0);
    expect(submitted.nodes.every((n) => n.status === 'SUBMITTED')).toBe(true);
    const all = await read('GD', null);
    expect(submitted.totalCount).toBeLessThan(all.totalCount);
  });

  it('keeps to the branch’s part of the network', async () => {
    const res = await gd.run(ConsoleOutletPlansDocument.toString(), { unit: 'JS', status: null, first: 10 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('costs the same statements for one row as for every row (no statement per plan)', async () => {
    await read('GD', null, 1); // warm the process's caches
    db.resetQueries();
    await read('GD', null, 1);
    const one = db.queries.length;
    db.resetQueries();
    const all = await read('GD', null);
    expect(all.nodes.length).toBeGreaterThan(1);
    expect(db.queries.length).toBe(one);
  });
});
