import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient } from '../../../../test/support/graphql.js';
import { seedDemoData } from '../../seed.js';
import { SYSTEM_ACTOR } from '../../shared/actor.js';
import { Scope } from '../../shared/auth/scope.js';
import { saveFacts } from './outlet-plan.service.js';

/**
 * The gap list (差距清单) over the demo network: exact rows for a known outlet,
 * paging that agrees with the whole list, a cost that does not grow with the
 * page, the actor's part of the network only, and refused input naming the
 * argument.
 */

let db: TestDatabase;
const system = new Scope(SYSTEM_ACTOR);

/** An outlet that has recorded nothing yet: every requirement of its category is a gap. */
const BARE = { floorArea: null, staffing: [], zones: [], devices: [], acknowledgedRules: [] };

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
});
afterAll(async () => {
  await db?.close();
});

const ROWS = `query($u: String!, $first: Int, $offset: Int, $after: String, $kind: String, $status: String) {
  outletGaps(orgUnitCode: $u, first: $first, offset: $offset, after: $after, kind: $kind, planStatus: $status) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    nodes {
      outletCode outletName { zh en } branchCode branchName { zh en } planStatus
      kind path expectedMin expectedMax expectedRequirement actualCount actualZone addressed
      setBy { unitCode layerCode } requirementName { zh en }
      action { who dueDate what done } justification
    }
  } }`;

type Row = { outletCode: string; kind: string; path: string; planStatus: string; branchCode: string };
type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }; nodes: Row[] };

const client = async (username: string) => createGraphqlClient(db.orm, await actorFor(db.orm, username));

describe('the gap list', () => {
  it('lists a known outlet’s gaps with expected and actual values, who set them, their names and what closes them', async () => {
    const gd = await client('t1_staff');
    try {
      const page: Page = (await gd.ok(ROWS, { u: 'GD-GZTH', first: 50 })).outletGaps;
      const zhujiang = page.nodes.filter((n) => n.outletCode === 'GD-GZTH-02');
      const common = {
        outletCode: 'GD-GZTH-02',
        outletName: { zh: '珠江新城网点', en: 'Zhujiang New Town Outlet' },
        branchCode: 'GD-GZTH',
        branchName: { zh: '广州天河支行', en: 'Guangzhou Tianhe Sub-branch' },
        planStatus: 'SUBMITTED',
        setBy: { unitCode: 'HO', layerCode: 'HO-2026-01' },
        addressed: true,
        justification: null,
      };
      expect(zhujiang).toEqual([
        {
          ...common,
          kind: 'DEVICES_TOO_FEW',
          path: 'outletCategories/MEDIUM_FULL_FUNCTION/devices/CASH_RECYCLER',
          expectedMin: 2, expectedMax: null, expectedRequirement: null, actualCount: 1, actualZone: null,
          requirementName: { zh: '存取款一体机', en: 'Cash recycler' },
          action: { who: '珠江新城网点 黄婷 (Huang Ting)', dueDate: '2027-02-28', what: '申领一台存取款一体机。 Requisition a cash recycler.', done: false },
        },
        {
          ...common,
          kind: 'LOBBY_STAFF_OUT_OF_RANGE',
          path: 'outletCategories/MEDIUM_FULL_FUNCTION/lobbyStaffTotal',
          expectedMin: 3, expectedMax: 4, expectedRequirement: null, actualCount: 2, actualZone: null,
          requirementName: null,
          action: { who: '珠江新城网点 黄婷 (Huang Ting)', dueDate: '2027-03-31', what: '招聘一名大堂引导员。 Hire a lobby guide.', done: false },
        },
        {
          ...common,
          kind: 'ZONE_MISSING',
          path: 'outletCategories/MEDIUM_FULL_FUNCTION/zones/VIP',
          expectedMin: null, expectedMax: null, expectedRequirement: 'REQUIRED', actualCount: null, actualZone: 'PLANNED',
          requirementName: { zh: '贵宾客户服务区', en: 'VIP zone' },
          action: { who: '广州天河支行 运营部 (Tianhe operations)', dueDate: '2027-06-30', what: '改造二楼为贵宾服务区。 Turn the first floor into the VIP area.', done: false },
        },
      ]);
      // Tianhe's draft (GD-GZTH-03) is listed too, after Zhujiang, and only Tianhe's outlets are.
      expect(page.nodes.map((n) => n.outletCode)).toEqual([...zhujiang.map(() => 'GD-GZTH-02'), ...page.nodes.filter((n) => n.outletCode === 'GD-GZTH-03').map(() => 'GD-GZTH-03')]);
      expect(page.totalCount).toBe(page.nodes.length);

      const zones: Page = (await gd.ok(ROWS, { u: 'GD', kind: 'ZONE_MISSING' })).outletGaps;
      expect(zones.nodes.map((n) => `${n.outletCode} ${n.path}`)).toEqual([
        'GD-GZTH-02 outletCategories/MEDIUM_FULL_FUNCTION/zones/VIP',
        'GD-GZTH-03 outletCategories/GENERAL/zones/SUPPORT',
      ]);
      const submitted: Page = (await gd.ok(ROWS, { u: 'GD', status: 'SUBMITTED' })).outletGaps;
      expect(new Set(submitted.nodes.map((n) => `${n.outletCode} ${n.planStatus}`))).toEqual(new Set(['GD-GZTH-02 SUBMITTED']));
    } finally {
      await gd.stop();
    }
  });

  describe('with bare plans in two more branches', () => {
    beforeAll(async () => {
      for (const code of ['GD-FS-01', 'GD-FS-02', 'SC-CDJJ-01', 'SC-CDJJ-02', 'SC-CDJJ-03']) await saveFacts(db.orm.em.fork(), system, code, null, BARE);
    });

    it('pages by cursor and by offset through the same rows as one big page, with a total the pages agree on', async () => {
      const ho = await client('ho_staff');
      try {
        const all: Page = (await ho.ok(ROWS, { u: 'HO', first: 500 })).outletGaps;
        expect(all.totalCount).toBe(all.nodes.length);
        expect(all.nodes.length).toBeGreaterThan(60);
        const keys = all.nodes.map((n) => `${n.outletCode} ${n.path}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(all.nodes.map((n) => n.outletCode)).toEqual(all.nodes.map((n) => n.outletCode).sort());

        const paged: string[] = [];
        let after: string | null = null;
        do {
          const page: Page = (await ho.ok(ROWS, { u: 'HO', first: 7, after })).outletGaps;
          expect(page.totalCount).toBe(all.totalCount);
          expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
          paged.push(...page.nodes.map((n) => `${n.outletCode} ${n.path}`));
          after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        } while (after);
        expect(paged).toEqual(keys);

        const third: Page = (await ho.ok(ROWS, { u: 'HO', first: 10, offset: 20 })).outletGaps;
        expect(third.nodes.map((n) => `${n.outletCode} ${n.path}`)).toEqual(keys.slice(20, 30));
        const last: Page = (await ho.ok(ROWS, { u: 'HO', first: 10, offset: keys.length - 3 })).outletGaps;
        expect(last.nodes).toHaveLength(3);
        expect(last.pageInfo.hasNextPage).toBe(false);
        const beyond: Page = (await ho.ok(ROWS, { u: 'HO', first: 10, offset: keys.length + 5 })).outletGaps;
        expect(beyond).toMatchObject({ totalCount: keys.length, nodes: [] });

        // One kind: exactly the rows of that kind, in the same order.
        const devices: Page = (await ho.ok(ROWS, { u: 'HO', first: 500, kind: 'DEVICES_TOO_FEW' })).outletGaps;
        expect(devices.nodes.map((n) => `${n.outletCode} ${n.path}`)).toEqual(all.nodes.filter((n) => n.kind === 'DEVICES_TOO_FEW').map((n) => `${n.outletCode} ${n.path}`));
        expect(devices.totalCount).toBe(devices.nodes.length);
      } finally {
        await ho.stop();
      }
    });

    it('costs the same statements for a page of 5 gaps under one branch as for 50 across several', async () => {
      const ho = await client('ho_staff');
      try {
        await ho.ok(ROWS, { u: 'HO', first: 1 }); // the edition's content, once per process
        const cost = async (first: number, offset: number) => {
          db.resetQueries();
          const page: Page = (await ho.ok(ROWS, { u: 'HO', first, offset })).outletGaps;
          return { statements: db.queries.length, page };
        };
        const five = await cost(5, 0);
        const fifty = await cost(50, 40);
        expect(five.page.nodes).toHaveLength(5);
        expect(fifty.page.nodes).toHaveLength(50);
        expect(new Set(five.page.nodes.map((n) => n.branchCode)).size).toBe(1);
        expect(new Set(fifty.page.nodes.map((n) => n.branchCode)).size).toBeGreaterThanOrEqual(3);
        expect(fifty.statements).toBe(five.statements);
        expect(fifty.statements).toBeLessThanOrEqual(5);
      } finally {
        await ho.stop();
      }
    });

    it('keeps to your part of the network: a tier-two branch its outlets, an outlet head its outlet', async () => {
      const fs = await client('t2_staff');
      const head = await client('outlet_head');
      try {
        const foshan: Page = (await fs.ok(ROWS, { u: 'GD-FS', first: 500 })).outletGaps;
        expect(new Set(foshan.nodes.map((n) => n.outletCode))).toEqual(new Set(['GD-FS-01', 'GD-FS-02']));
        expect((await fs.run(ROWS, { u: 'GD' })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
        expect((await fs.run(ROWS, { u: 'GD-GZTH' })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });

        const own: Page = (await head.ok(ROWS, { u: 'GD-FS-01', first: 500 })).outletGaps;
        expect(own.nodes.length).toBeGreaterThan(0);
        expect(own.nodes.every((n) => n.outletCode === 'GD-FS-01')).toBe(true);
        expect(own.totalCount).toBe(foshan.nodes.filter((n) => n.outletCode === 'GD-FS-01').length);
        expect((await head.run(ROWS, { u: 'GD-FS' })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
      } finally {
        await fs.stop();
        await head.stop();
      }
    });

    it('refuses a kind, a plan state or a page it does not know, naming the argument', async () => {
      const ho = await client('ho_staff');
      try {
        for (const [vars, field] of [
          [{ kind: 'LOST' }, 'kind'],
          [{ status: 'WITHDRAWN' }, 'planStatus'],
          [{ first: 0 }, 'first'],
          [{ after: 'bogus' }, 'after'],
        ] as const) {
          const bad = await ho.run(ROWS, { u: 'HO', ...vars });
          expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
          expect(JSON.stringify(bad.errors?.[0]?.extensions)).toContain(`"${field}"`);
        }
      } finally {
        await ho.stop();
      }
    });
  });
});
