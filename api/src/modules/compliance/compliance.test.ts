import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient } from '../../../../test/support/graphql.js';
import { seedDemoData } from '../../seed.js';

/**
 * The dashboard's reads on the demo network as seeded (seeds/outlet-plans.ts):
 * nine plans — approved GD-GZTH-01, JS-NJGL-01 (compliant), JS-SZ-01 (two
 * overdue items), SC-MY-01 (gaps); submitted GD-GZTH-02, JS-NJGL-02; returned
 * JS-SZ-02; drafts GD-GZTH-03, SC-MY-02 — and no plan anywhere else.
 */

let db: TestDatabase;
type Client = Awaited<ReturnType<typeof createGraphqlClient>>;
let ho: Client;
let t2: Client;

const ROLLUP = `query($u: String!) { complianceRollup(orgUnitCode: $u) {
  outlets overdueActions
  byPlanStatus { status outlets } byCompliance { compliance outlets } gapsByKind { kind outlets }
  children { orgUnit { code } outlets overdueActions byPlanStatus { status outlets } byCompliance { compliance outlets } gapsByKind { kind outlets } }
} }`;

type Counts = { outlets: number; overdueActions: number; byPlanStatus: { status: string; outlets: number }[]; byCompliance: { compliance: string; outlets: number }[]; gapsByKind: { kind: string; outlets: number }[] };
const nonZero = <T extends { outlets: number }>(list: T[], key: keyof T) => Object.fromEntries(list.filter((e) => e.outlets).map((e) => [e[key], e.outlets]));

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  ho = await createGraphqlClient(db.orm, await actorFor(db.orm, 'ho_staff'));
  t2 = await createGraphqlClient(db.orm, await actorFor(db.orm, 't2_staff'));
});
afterAll(async () => {
  await ho?.stop();
  await t2?.stop();
  await db?.close();
});

describe('the national roll-up on the demo network', () => {
  it('counts the seeded plans by status and compliance', async () => {
    const total: number = (await db.orm.em.getKnex().raw(`select count(*)::int as n from org_unit where level = 'OUTLET' and status = 'OPEN'`)).rows[0].n;
    const r = (await ho.ok<{ complianceRollup: Counts }>(ROLLUP, { u: 'HO' })).complianceRollup;
    expect(r.outlets).toBe(total);
    expect(nonZero(r.byPlanStatus, 'status')).toEqual({ APPROVED: 4, SUBMITTED: 2, RETURNED: 1, DRAFT: 2, NONE: total - 9 });
    expect(nonZero(r.byCompliance, 'compliance')).toEqual({ COMPLIANT: 2, WITH_GAPS: 2, NOT_ASSESSED: total - 4 });
    expect(r.overdueActions).toBeGreaterThanOrEqual(2);
  });

  it('splits into children whose numbers add up to the parent, at every level', async () => {
    for (const code of ['HO', 'GD', 'JS', 'JS-SZ']) {
      const r = (await ho.ok<{ complianceRollup: Counts & { children: Counts[] } }>(ROLLUP, { u: code })).complianceRollup;
      expect(r.children.length).toBeGreaterThan(0);
      const sum = (f: (c: Counts) => number) => r.children.reduce((s, c) => s + f(c), 0);
      expect(sum((c) => c.outlets)).toBe(r.outlets);
      expect(sum((c) => c.overdueActions)).toBe(r.overdueActions);
      for (const s of r.byPlanStatus) expect(sum((c) => c.byPlanStatus.find((x) => x.status === s.status)!.outlets)).toBe(s.outlets);
      for (const s of r.byCompliance) expect(sum((c) => c.byCompliance.find((x) => x.compliance === s.compliance)!.outlets)).toBe(s.outlets);
      for (const s of r.gapsByKind) expect(sum((c) => c.gapsByKind.find((x) => x.kind === s.kind)!.outlets)).toBe(s.outlets);
    }
  });

  it('costs the same statements whatever the number of children', async () => {
    // Twelve more outlets under Mianyang, so its children outnumber Foshan's three.
    const knex = db.orm.em.getKnex();
    const my = await knex('org_unit').where({ code: 'SC-MY' }).first();
    const now = new Date();
    await knex('org_unit').insert(Array.from({ length: 12 }, (_, i) => {
      const id = randomUUID();
      const n = String(i + 1).padStart(2, '0');
      return { id, code: `SC-MY-X${n}`, name_zh: `绵阳测试网点${n}`, name_en: `Mianyang test ${n}`, level: 'OUTLET', parent_id: my.id, path: `${my.path}${id}/`, status: 'OPEN', version: 1, created_at: now, updated_at: now };
    }));
    await ho.ok(ROLLUP, { u: 'HO' });
    const cost = async (u: string) => {
      db.resetQueries();
      const r = (await ho.ok<{ complianceRollup: { children: unknown[] } }>(ROLLUP, { u })).complianceRollup;
      return { children: r.children.length, statements: db.queries.length };
    };
    const wide = await cost('HO');
    const wideBranch = await cost('SC-MY');
    const narrow = await cost('GD-FS');
    expect(wideBranch.children).toBeGreaterThan(narrow.children + 10);
    expect(wideBranch.statements).toBe(narrow.statements);
    expect(wide.statements).toBe(narrow.statements);
    expect(wide.statements).toBeLessThanOrEqual(3);
  });
});

describe('the dashboard lists', () => {
  const OUTLETS = `query($u: String!, $c: String, $p: String, $o: Int, $l: Int) { complianceOutlets(orgUnitCode: $u, compliance: $c, planStatus: $p, offset: $o, limit: $l) {
    total items { code nameZh planStatus compliance gapCount gapKinds overdueActions } } }`;
  const OVERDUE = `query($u: String!, $o: Int, $l: Int) { overdueActions(orgUnitCode: $u, offset: $o, limit: $l) { total items { outletCode who what dueDate path } } }`;

  it('lists outlets by compliance with their plan status, matching the roll-up', async () => {
    const compliant = (await ho.ok(OUTLETS, { u: 'HO', c: 'COMPLIANT' })).complianceOutlets;
    expect(compliant.items.map((i: { code: string }) => i.code)).toEqual(['GD-GZTH-01', 'JS-NJGL-01']);
    expect(compliant.total).toBe(2);
    const withGaps = (await ho.ok(OUTLETS, { u: 'HO', c: 'WITH_GAPS' })).complianceOutlets;
    expect(withGaps.items.map((i: { code: string }) => i.code)).toEqual(['JS-SZ-01', 'SC-MY-01']);
    expect(withGaps.items.every((i: { gapCount: number; gapKinds: string[] }) => i.gapCount > 0 && i.gapKinds.length > 0)).toBe(true);
    const returned = (await ho.ok(OUTLETS, { u: 'HO', p: 'RETURNED' })).complianceOutlets;
    expect(returned.items.map((i: { code: string; planStatus: string }) => `${i.code}:${i.planStatus}`)).toEqual(['JS-SZ-02:RETURNED']);
  });

  it('pages outlets by code with the total on every page', async () => {
    const all = (await ho.ok(OUTLETS, { u: 'GD', l: 500 })).complianceOutlets;
    const first = (await ho.ok(OUTLETS, { u: 'GD', o: 0, l: 2 })).complianceOutlets;
    const second = (await ho.ok(OUTLETS, { u: 'GD', o: 2, l: 2 })).complianceOutlets;
    expect(first.total).toBe(all.total);
    expect(second.total).toBe(all.total);
    expect([...first.items, ...second.items].map((i: { code: string }) => i.code)).toEqual(all.items.slice(0, 4).map((i: { code: string }) => i.code));
  });

  it('lists overdue actions with outlet, owner and due date, the same number the roll-up counts', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const r = (await ho.ok<{ complianceRollup: Counts }>(ROLLUP, { u: 'HO' })).complianceRollup;
    const list = (await ho.ok(OVERDUE, { u: 'HO', l: 500 })).overdueActions;
    expect(list.total).toBe(r.overdueActions);
    expect(list.items).toHaveLength(r.overdueActions);
    expect(list.items.filter((i: { outletCode: string }) => i.outletCode === 'JS-SZ-01').length).toBeGreaterThanOrEqual(2);
    expect(list.items.every((i: { dueDate: string; who: string }) => i.dueDate < today && i.who)).toBe(true);
    const due = list.items.map((i: { dueDate: string }) => i.dueDate);
    expect(due).toEqual([...due].sort());
  });

  it('rejects a page out of bounds, naming the field', async () => {
    const big = await ho.run(OUTLETS, { u: 'HO', l: 501 });
    expect(big.errors?.[0]?.extensions?.field).toBe('limit');
    const neg = await ho.run(OVERDUE, { u: 'HO', o: -1 });
    expect(neg.errors?.[0]?.extensions?.field).toBe('offset');
    const bad = await ho.run(OUTLETS, { u: 'HO', c: 'GREEN' });
    expect(bad.errors?.[0]?.extensions?.field).toBe('compliance');
  });

  it('keeps a tier-two branch to its own subtree: Guangdong and its sibling branches read as nothing', async () => {
    for (const u of ['GD', 'GD-GZTH', 'JS']) {
      expect((await t2.run(ROLLUP, { u })).data!.complianceRollup).toBeNull();
      expect((await t2.run(OUTLETS, { u })).data!.complianceOutlets).toBeNull();
      expect((await t2.run(OVERDUE, { u })).data!.overdueActions).toBeNull();
    }
    const own = (await t2.ok(OUTLETS, { u: 'GD-FS' })).complianceOutlets;
    expect(own.items.map((i: { code: string }) => i.code)).toEqual(['GD-FS-01', 'GD-FS-02', 'GD-FS-03']);
  });
});
