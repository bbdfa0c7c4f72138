/**
 * The org-unit list's export reads every row in scope, through the API's page
 * cap. react-admin's ExportButton asks the data provider for one page as large
 * as the export; the API answers at most 500 rows a request, so the console's
 * pager (console/src/data/paging.ts) reads the page in slices. Here it drives
 * the real API with the console's own list document, over a network with more
 * units than three requests' worth.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../api/src/seed.js';
import { ConsoleOrgUnitsDocument, type ConsoleOrgUnitsQuery, type ConsoleOrgUnitsQueryVariables } from '../console/src/gql/graphql.js';
import { EVERY_ROW, MAX_PAGE, readPage, type SliceArgs } from '../console/src/data/paging.js';
import { createTestDatabase, type TestDatabase } from './support/db.js';
import { actorFor, createGraphqlClient } from './support/graphql.js';

const ADDED = 1234;

let db: TestDatabase;
let client: Awaited<ReturnType<typeof createGraphqlClient>>;
let inScope: string[];

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  // Many outlets under Foshan (GD-FS), inserted in bulk as the benchmark does.
  const knex = db.orm.em.getKnex();
  const foshan = await knex('org_unit').where({ code: 'GD-FS' }).first();
  const now = new Date();
  const rows = Array.from({ length: ADDED }, (_, i) => {
    const id = randomUUID();
    const n = String(i + 1).padStart(4, '0');
    return {
      id, code: `GD-FS-X${n}`, name_zh: `导出测试网点${n}`, name_en: `Export outlet ${n}`, level: 'OUTLET',
      parent_id: foshan.id, path: `${foshan.path}${id}/`, status: 'OPEN', version: 1, created_at: now, updated_at: now,
    };
  });
  for (let i = 0; i < rows.length; i += 500) await knex('org_unit').insert(rows.slice(i, i + 500));
  // What t2_staff (Foshan) may see: Foshan's subtree and the chain above it.
  const chain = (foshan.path as string).split('/').filter(Boolean);
  inScope = (
    await knex('org_unit').select('code').where('path', 'like', `${foshan.path}%`).orWhereIn('id', chain)
  ).map((r: { code: string }) => r.code).sort();
  client = await createGraphqlClient(db.orm, await actorFor(db.orm, 't2_staff'));
});

afterAll(async () => {
  await client?.stop();
  await db?.close();
});

/** The console's list request, sent as the console sends it (same document), counting requests. */
function slices() {
  const sent: SliceArgs[] = [];
  const fetchSlice = async (slice: SliceArgs) => {
    sent.push(slice);
    const variables: ConsoleOrgUnitsQueryVariables = { filter: {}, orderBy: 'CODE', descending: false, ...slice };
    return (await client.ok<ConsoleOrgUnitsQuery>(ConsoleOrgUnitsDocument.toString(), variables)).orgUnits;
  };
  return { sent, fetchSlice };
}

describe('org-unit export', () => {
  it('cannot be one request: the API refuses more than 500 rows', async () => {
    expect(inScope.length).toBeGreaterThan(2 * MAX_PAGE);
    const res = await client.run(ConsoleOrgUnitsDocument.toString(), { filter: {}, first: 1000, offset: 0, orderBy: 'CODE', descending: false });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('reads every unit in scope, once each, in slices the API accepts', async () => {
    const { sent, fetchSlice } = slices();
    const page = await readPage({ page: 1, perPage: EVERY_ROW }, fetchSlice);
    const codes = page.nodes.map((n) => n.code);
    expect(codes).toHaveLength(page.totalCount);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(inScope);
    expect(codes).not.toContain('JS'); // another province stays out
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(sent.length).toBe(Math.ceil(inScope.length / MAX_PAGE));
    expect(sent.every((s) => s.first <= MAX_PAGE)).toBe(true);
    // the first slice by offset, the rest by keyset after the previous slice
    expect(sent[0]).toMatchObject({ offset: 0 });
    expect(sent.slice(1).every((s) => typeof s.after === 'string' && s.offset === undefined)).toBe(true);
  });

  it('serves any page larger than the cap, in order', async () => {
    const all = (await readPage({ page: 1, perPage: EVERY_ROW }, slices().fetchSlice)).nodes.map((n) => n.code);
    const { sent, fetchSlice } = slices();
    const second = await readPage({ page: 2, perPage: 700 }, fetchSlice);
    expect(second.nodes.map((n) => n.code)).toEqual(all.slice(700, 1400));
    expect(second.pageInfo).toEqual({ hasNextPage: all.length > 1400, hasPreviousPage: true });
    expect(sent).toHaveLength(2);
  });
});
