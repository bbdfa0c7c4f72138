import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient } from '../../../../test/support/graphql.js';
import { approveAndPublish } from '../../../../test/support/editions.js';
import { seedDemoData } from '../../seed.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { OrgUnit } from './org-unit.entity.js';

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createGraphqlClient>>;

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  // The administrator at head office may change the whole network.
  gql = await createGraphqlClient(db.orm, await actorFor(db.orm, 'admin'));
});
afterAll(async () => {
  await gql?.stop();
  await db?.close();
});

const CREATE = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id code level version parent { code } ancestors { code } } }`;
const UNIT = `query($code: String!) { orgUnit(code: $code) { code version status name { zh en } parent { code } ancestors { code } } }`;

async function unitCount() {
  return db.orm.em.fork().count(OrgUnit, {});
}
async function auditCount() {
  return db.orm.em.fork().count(AuditEvent, {});
}

describe('the demo network through GraphQL', () => {
  it('answers head office down to outlets', async () => {
    const data = await gql.ok(`{ orgUnit(code: "HO") { code level children { code level children { code level children { code level } } } } }`);
    const ho = data.orgUnit;
    expect(ho).toMatchObject({ code: 'HO', level: 'HEAD_OFFICE' });
    expect(ho.children.map((c: any) => c.code)).toEqual(['GD', 'JS', 'SC']);
    for (const t1 of ho.children) {
      expect(t1.level).toBe('TIER_ONE_BRANCH');
      expect(t1.children.length).toBeGreaterThanOrEqual(2);
      for (const t2 of t1.children) {
        expect(t2.level).toBe('TIER_TWO_BRANCH');
        expect(t2.children.length).toBeGreaterThanOrEqual(3);
        for (const outlet of t2.children) expect(outlet.level).toBe('OUTLET');
      }
    }
  });

  it('gives ancestors from head office down, and null for an unknown code', async () => {
    const data = await gql.ok(UNIT, { code: 'GD-FS-01' });
    expect(data.orgUnit.ancestors.map((a: any) => a.code)).toEqual(['HO', 'GD', 'GD-FS']);
    expect(data.orgUnit.parent.code).toBe('GD-FS');
    expect((await gql.ok(UNIT, { code: 'NOPE' })).orgUnit).toBeNull();
  });

  it('lists a subtree by level as a cursor connection with totalCount', async () => {
    const q = `query($after: String) { orgUnit(code: "GD") { descendants(filter: { level: OUTLET }, first: 4, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { code level } } } }`;
    const first = (await gql.ok(q)).orgUnit.descendants;
    expect(first.totalCount).toBe(6);
    expect(first.nodes.map((n: any) => n.code)).toEqual(['GD-FS-01', 'GD-FS-02', 'GD-FS-03', 'GD-GZTH-01']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await gql.ok(q, { after: first.pageInfo.endCursor })).orgUnit.descendants;
    expect(second.nodes.map((n: any) => n.code)).toEqual(['GD-GZTH-02', 'GD-GZTH-03']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(second.totalCount).toBe(6);
  });

  it('filters the root list by search, level and parent, with offset paging and sorting', async () => {
    const q = `query($filter: OrgUnitFilter, $offset: Int, $orderBy: OrgUnitOrderField, $descending: Boolean) {
      orgUnits(filter: $filter, first: 2, offset: $offset, orderBy: $orderBy, descending: $descending) { totalCount nodes { code } } }`;
    const search = (await gql.ok(q, { filter: { search: '天河' } })).orgUnits;
    expect(search.totalCount).toBe(2);
    expect(search.nodes.map((n: any) => n.code)).toEqual(['GD-GZTH', 'GD-GZTH-01']);
    const english = (await gql.ok(q, { filter: { search: 'suzhou', level: 'OUTLET' } })).orgUnits;
    expect(english.totalCount).toBe(3);
    const paged = (await gql.ok(q, { filter: { parentCode: 'HO' }, offset: 2 })).orgUnits;
    expect(paged).toEqual({ totalCount: 3, nodes: [{ code: 'SC' }] });
    const sorted = (await gql.ok(q, { filter: { parentCode: 'HO' }, orderBy: 'CODE', descending: true })).orgUnits;
    expect(sorted.nodes.map((n: any) => n.code)).toEqual(['SC', 'JS']);
    const byEnglish = `{ orgUnits(filter: { parentCode: "JS-SZ" }, orderBy: NAME_EN) { nodes { code } } }`;
    expect((await gql.ok(byEnglish)).orgUnits.nodes.map((n: any) => n.code)).toEqual(['JS-SZ-02', 'JS-SZ-01', 'JS-SZ-03']);
  });

  it('refuses bad paging arguments naming the argument', async () => {
    const res = await gql.run(`{ orgUnits(first: 0, after: "garbage!") { totalCount } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', rule: 'range' });
    expect(res.errors?.[0].message).toContain('after: is not a cursor');
  });
});

describe('creating units', () => {
  it('creates an outlet under a tier-two branch, with an audit event holding the new values', async () => {
    const data = await gql.ok(CREATE, {
      input: { code: 'GD-FS-09', level: 'OUTLET', parentCode: 'GD-FS', name: { zh: '佛山新城网点', en: 'Foshan New Town Outlet' }, city: '佛山' },
    });
    expect(data.createOrgUnit).toMatchObject({ code: 'GD-FS-09', level: 'OUTLET', version: 1, parent: { code: 'GD-FS' } });
    expect(data.createOrgUnit.ancestors.map((a: any) => a.code)).toEqual(['HO', 'GD', 'GD-FS']);
    const event = await db.orm.em.fork().findOneOrFail(AuditEvent, { objectId: data.createOrgUnit.id });
    expect(event.operation).toBe('orgUnit.create');
    expect(event.changes.nameZh).toEqual({ after: '佛山新城网点' });
    expect(event.changes.level).toEqual({ after: 'OUTLET' });
  });

  it.each([
    [{ code: 'X1', level: 'OUTLET', parentCode: 'GD', name: { zh: '甲', en: 'A' } }, 'input.parentCode', 'parent-level'],
    [{ code: 'X2', level: 'TIER_ONE_BRANCH', parentCode: 'GD-FS', name: { zh: '甲', en: 'A' } }, 'input.parentCode', 'parent-level'],
    [{ code: 'X3', level: 'OUTLET', name: { zh: '甲', en: 'A' } }, 'input.parentCode', 'required'],
    [{ code: 'X4', level: 'OUTLET', parentCode: 'NOPE', name: { zh: '甲', en: 'A' } }, 'input.parentCode', 'exists'],
    [{ code: 'HO2', level: 'HEAD_OFFICE', name: { zh: '第二总行', en: 'Second HO' } }, 'input.level', 'single-head-office'],
    [{ code: 'GD-FS-01', level: 'OUTLET', parentCode: 'GD-FS', name: { zh: '甲', en: 'A' } }, 'input.code', 'unique'],
    [{ code: 'bad code', level: 'OUTLET', parentCode: 'GD-FS', name: { zh: '甲', en: 'A' } }, 'input.code', 'format'],
    [{ code: 'X5', level: 'OUTLET', parentCode: 'GD-FS', name: { zh: ' ', en: 'A' } }, 'input.name.zh', 'required'],
    [{ code: 'X6', level: 'OUTLET', parentCode: 'GD-FS', name: { zh: '甲', en: 'A' }, tierTwoKind: 'BRANCH' }, 'input.tierTwoKind', 'tier-two-only'],
    [{ code: 'X7', level: 'OUTLET', parentCode: 'GD-FS', name: { zh: '甲', en: 'A' }, category: 'HUGE' }, 'input.category', 'category-in-edition'],
    [{ code: 'X8', level: 'TIER_TWO_BRANCH', parentCode: 'GD', name: { zh: '甲', en: 'A' }, category: 'GENERAL' }, 'input.category', 'outlet-only'],
  ])('refuses %j: %s breaks %s, and changes nothing', async (input, field, rule) => {
    const [unitsBefore, auditBefore] = [await unitCount(), await auditCount()];
    const res = await gql.run(CREATE, { input });
    expect(res.data).toBeNull();
    const violations = res.errors?.[0].extensions?.violations ?? [res.errors?.[0].extensions];
    expect(violations).toContainEqual(expect.objectContaining({ field, rule }));
    expect(res.errors?.[0].message).toContain(field);
    expect(await unitCount()).toBe(unitsBefore);
    expect(await auditCount()).toBe(auditBefore);
  });

  it('reports every problem of one input at once', async () => {
    const res = await gql.run(CREATE, { input: { code: 'no good', level: 'OUTLET', name: { zh: '', en: '' } } });
    const fields = res.errors?.[0].extensions?.violations.map((v: any) => v.field);
    expect(fields).toEqual(expect.arrayContaining(['input.code', 'input.name.zh', 'input.name.en', 'input.parentCode']));
  });
});

describe('outlet categories are the codes of the edition in force', () => {
  const UPDATE = `mutation($input: UpdateOrgUnitInput!) { updateOrgUnit(input: $input) { category version } }`;
  const version = async (code: string) => (await gql.ok(UNIT, { code })).orgUnit.version;

  it('refuses a code the edition does not define, naming the field, the edition and the valid codes', async () => {
    const res = await gql.run(CREATE, { input: { code: 'GD-FS-C1', level: 'OUTLET', parentCode: 'GD-FS', name: { zh: '甲', en: 'A' }, category: 'SMALL' } });
    const violation = res.errors?.[0].extensions?.violations?.find((v: any) => v.field === 'input.category') ?? res.errors?.[0].extensions;
    expect(violation).toMatchObject({ field: 'input.category', rule: 'category-in-edition' });
    expect(violation.message).toContain('HO-2026-01');
    expect(violation.message).toContain('use one of GENERAL, LARGE_FULL_FUNCTION, MEDIUM_FULL_FUNCTION');
    const update = await gql.run(UPDATE, { input: { code: 'GD-FS-01', expectedVersion: await version('GD-FS-01'), category: 'SMALL' } });
    expect(update.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(update.errors?.[0].extensions)).toContain('category-in-edition');
    expect((await gql.ok(`{ orgUnit(code: "GD-FS-01") { category } }`)).orgUnit.category).not.toBe('SMALL');
  });

  it('accepts a category a newer edition adds, once that edition is in force, and lists it', async () => {
    const author = await createGraphqlClient(db.orm, await actorFor(db.orm, 'ho_staff'));
    const approver = await createGraphqlClient(db.orm, await actorFor(db.orm, 'ho_approver'));
    try {
      const draft = await author.ok(`mutation { createStandardDraft(input: { code: "HO-2026-09", title: { zh: "试点", en: "Pilot" }, basedOnCode: "HO-2026-01" }) { id version } }`);
      // A copy of GENERAL under a new code, made whole-row so this test does not depend on the category's columns.
      const knex = db.orm.em.getKnex();
      await knex.transaction(async (trx) => {
        await trx.raw(`create temp table pilot on commit drop as select * from std_outlet_category where edition_id = ? and code = 'GENERAL'`, [draft.createStandardDraft.id]);
        await trx.raw(`update pilot set id = gen_random_uuid(), code = 'PILOT_SMART'`);
        await trx.raw(`insert into std_outlet_category select * from pilot`);
      });
      const input = { code: 'GD-FS-C2', level: 'OUTLET', parentCode: 'GD-FS', name: { zh: '智能试点', en: 'Smart pilot' }, category: 'PILOT_SMART' };
      // Drafts are not in force: the code is not valid yet.
      expect(JSON.stringify((await gql.run(CREATE, { input })).errors)).toContain('category-in-edition');
      await approveAndPublish(author, approver, 'HO-2026-09', draft.createStandardDraft.version);
      expect((await gql.ok(CREATE.replace('parent { code }', 'parent { code } category'), { input })).createOrgUnit.category).toBe('PILOT_SMART');
      const inForce = await gql.ok(`{ outletCategoriesInForce { code name { zh } } }`);
      expect(inForce.outletCategoriesInForce.map((c: any) => c.code)).toEqual(['GENERAL', 'LARGE_FULL_FUNCTION', 'MEDIUM_FULL_FUNCTION', 'PILOT_SMART']);
      // One statement, however many categories.
      db.resetQueries();
      await gql.ok(`{ outletCategoriesInForce { code categoryCode name { zh en } } }`);
      expect(db.queries.length).toBe(1);
    } finally {
      await author.stop();
      await approver.stop();
    }
  });
});

describe('changing units', () => {
  it('renames with the current version and refuses a stale one', async () => {
    const before = (await gql.ok(UNIT, { code: 'JS-SZ-02' })).orgUnit;
    const rename = `mutation($input: RenameOrgUnitInput!) { renameOrgUnit(input: $input) { version name { zh en } } }`;
    const renamed = await gql.ok(rename, { input: { code: 'JS-SZ-02', expectedVersion: before.version, name: { zh: '观前街网点', en: 'Guanqian Street Outlet' } } });
    expect(renamed.renameOrgUnit).toEqual({ version: before.version + 1, name: { zh: '观前街网点', en: 'Guanqian Street Outlet' } });

    const stale = await gql.run(rename, { input: { code: 'JS-SZ-02', expectedVersion: before.version, name: { zh: '别的名字', en: 'Other' } } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', field: 'input.expectedVersion' });
    expect((await gql.ok(UNIT, { code: 'JS-SZ-02' })).orgUnit.name.zh).toBe('观前街网点');

    const event = await db.orm.em.fork().findOneOrFail(AuditEvent, { objectLabel: 'JS-SZ-02', operation: 'orgUnit.rename' });
    expect(event.changes).toEqual({
      nameZh: { before: '苏州姑苏观前网点', after: '观前街网点' },
      nameEn: { before: 'Suzhou Gusu Guanqian Outlet', after: 'Guanqian Street Outlet' },
    });
  });

  it('detects two concurrent edits of the same version: one wins, the other conflicts', async () => {
    const { version } = (await gql.ok(UNIT, { code: 'SC-MY-03' })).orgUnit;
    const update = `mutation($input: UpdateOrgUnitInput!) { updateOrgUnit(input: $input) { version city } }`;
    const results = await Promise.all(
      ['江油', '德阳'].map((city) => gql.run(update, { input: { code: 'SC-MY-03', expectedVersion: version, city } })),
    );
    const failed = results.filter((r) => r.errors);
    expect(failed).toHaveLength(1);
    expect(failed[0].errors?.[0].extensions?.code).toBe('VERSION_CONFLICT');
    expect((await gql.ok(UNIT, { code: 'SC-MY-03' })).orgUnit.version).toBe(version + 1);
  });

  it('moves a tier-two branch with its outlets to another province, rewriting the subtree', async () => {
    const t2 = (await gql.ok(UNIT, { code: 'SC-MY' })).orgUnit;
    const move = `mutation($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { code parent { code } } }`;
    await gql.ok(move, { input: { code: 'SC-MY', expectedVersion: t2.version, newParentCode: 'JS' } });
    const outlet = (await gql.ok(UNIT, { code: 'SC-MY-01' })).orgUnit;
    expect(outlet.ancestors.map((a: any) => a.code)).toEqual(['HO', 'JS', 'SC-MY']);
    const js = (await gql.ok(`{ orgUnit(code: "JS") { descendants(filter: { level: OUTLET }) { totalCount } } }`)).orgUnit;
    expect(js.descendants.totalCount).toBe(9);
    const sc = (await gql.ok(`{ orgUnit(code: "SC") { descendants { totalCount } } }`)).orgUnit;
    expect(sc.descendants.totalCount).toBe(4);
    const event = await db.orm.em.fork().findOneOrFail(AuditEvent, { objectLabel: 'SC-MY', operation: 'orgUnit.move' });
    expect(event.changes.parentCode).toEqual({ before: 'SC', after: 'JS' });
    // Paths are internal ids: the move names parents by code only (issue 7).
    expect(Object.keys(event.changes)).toContain('parentCode');
    expect(event.changes).not.toHaveProperty('path');
  });

  it('refuses moves that would break the levels', async () => {
    const outlet = (await gql.ok(UNIT, { code: 'GD-FS-02' })).orgUnit;
    const move = `mutation($input: MoveOrgUnitInput!) { moveOrgUnit(input: $input) { code } }`;
    const toBranch = await gql.run(move, { input: { code: 'GD-FS-02', expectedVersion: outlet.version, newParentCode: 'GD' } });
    expect(toBranch.errors?.[0].extensions).toMatchObject({ field: 'input.newParentCode', rule: 'parent-level' });
    const ho = (await gql.ok(UNIT, { code: 'HO' })).orgUnit;
    const moveHo = await gql.run(move, { input: { code: 'HO', expectedVersion: ho.version, newParentCode: 'GD' } });
    expect(moveHo.errors?.[0].extensions).toMatchObject({ field: 'input.code', rule: 'head-office-fixed' });
    expect((await gql.ok(UNIT, { code: 'GD-FS-02' })).orgUnit.parent.code).toBe('GD-FS');
  });

  it('closes an outlet but not a branch that still has open units below it', async () => {
    const close = `mutation($input: CloseOrgUnitInput!) { closeOrgUnit(input: $input) { status closedAt version } }`;
    const branch = (await gql.ok(UNIT, { code: 'GD-GZTH' })).orgUnit;
    const refused = await gql.run(close, { input: { code: 'GD-GZTH', expectedVersion: branch.version } });
    expect(refused.errors?.[0].extensions).toMatchObject({ field: 'input.code', rule: 'no-open-units-below' });

    const outlet = (await gql.ok(UNIT, { code: 'GD-GZTH-03' })).orgUnit;
    const closed = (await gql.ok(close, { input: { code: 'GD-GZTH-03', expectedVersion: outlet.version } })).closeOrgUnit;
    expect(closed.status).toBe('CLOSED');
    expect(closed.closedAt).toBeTruthy();

    const create = await gql.run(CREATE, { input: { code: 'X7', level: 'OUTLET', parentCode: 'GD-GZTH', name: { zh: '甲', en: 'A' } } });
    expect(create.data).not.toBeNull();
    const openCount = (await gql.ok(`{ orgUnits(filter: { parentCode: "GD-GZTH", status: OPEN }) { totalCount } }`)).orgUnits;
    expect(openCount.totalCount).toBe(3);
  });
});

describe('no N+1: statements are bounded by query depth, not by result size', () => {
  const DEEP = `query($code: String!) { orgUnit(code: $code) {
    code children { code childCount parent { code } ancestors { code } children { code }
      descendants(first: 5) { totalCount nodes { code } } } } }`;

  async function statementsFor(code: string) {
    db.resetQueries();
    const data = await gql.ok(DEEP, { code });
    const statements = db.queries.length;
    return { statements, children: data.orgUnit.children.length };
  }

  it('resolves 100 children (with their parents, ancestors, children and subtrees) in as many statements as 3', async () => {
    const em = db.orm.em.fork();
    const t1 = await em.findOneOrFail(OrgUnit, { code: 'SC' });
    await gql.ok(CREATE, { input: { code: 'BULK', level: 'TIER_TWO_BRANCH', parentCode: 'SC', name: { zh: '批量', en: 'Bulk' } } });
    for (let i = 0; i < 100; i++) {
      await gql.ok(CREATE, {
        input: { code: `BULK-${String(i).padStart(3, '0')}`, level: 'OUTLET', parentCode: 'BULK', name: { zh: `网点${i}`, en: `Outlet ${i}` } },
      });
    }
    expect(t1.code).toBe('SC');
    const small = await statementsFor('SC-CDJJ');
    const large = await statementsFor('BULK');
    expect(small.children).toBe(3);
    expect(large.children).toBe(100);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(8);
  });
});

describe('stored child counts (kept by triggers in the writing transaction)', () => {
  /** Units whose stored count differs from a fresh count of their rows' children. */
  async function wrongCounts() {
    const { rows } = await db.orm.em.getKnex().raw(`
      select p.code, p.child_count as stored, count(c.id)::int as actual
      from org_unit p left join org_unit c on c.parent_id = p.id
      group by p.id having p.child_count <> count(c.id)`);
    return rows;
  }

  it('match the children after every create, move and close the tests above made through the API', async () => {
    // The file's earlier tests created 100+ units, moved a branch with its outlets and closed an outlet.
    expect(await wrongCounts()).toEqual([]);
    const moved = (await gql.ok(`{ orgUnit(code: "SC") { childCount children { code } } }`)).orgUnit;
    expect(moved.childCount).toBe(moved.children.length);
  });

  it('stay right for bulk inserts, multi-row re-parenting, deletes and two transactions adding children at once', async () => {
    const knex = db.orm.em.getKnex();
    const ids = async (...codes: string[]) =>
      Object.fromEntries((await knex('org_unit').select('code', 'id', 'path').whereIn('code', codes)).map((u: any) => [u.code, u]));
    const { 'GD-FS': fs, 'GD-GZTH': zh } = await ids('GD-FS', 'GD-GZTH');
    expect(fs && zh).toBeTruthy();
    const outlet = (code: string, parent: { id: string; path: string }) => {
      const id = crypto.randomUUID();
      return { id, code, name_zh: code, name_en: code, level: 'OUTLET', parent_id: parent.id, path: `${parent.path}${id}/`, status: 'OPEN', version: 1, created_at: new Date(), updated_at: new Date() };
    };
    // One statement adding children to two parents.
    const bulk = [outlet('CC-1', fs), outlet('CC-2', fs), outlet('CC-3', zh)];
    await knex('org_unit').insert(bulk);
    expect(await wrongCounts()).toEqual([]);
    // One statement re-parenting two units (one to a parent it already has: no change there).
    await knex('org_unit').whereIn('code', ['CC-1', 'CC-3']).update({ parent_id: zh.id });
    expect(await wrongCounts()).toEqual([]);
    // Two transactions add under the same parent concurrently; the second waits for the first's lock and adds to its count.
    const a = await knex.transaction();
    const b = await knex.transaction();
    try {
      await a('org_unit').insert(outlet('CC-4', fs));
      const second = b('org_unit').insert(outlet('CC-5', fs)).then(() => undefined);
      await new Promise((r) => setTimeout(r, 200));
      await a.commit();
      await second;
      await b.commit();
    } finally {
      if (!a.isCompleted()) await a.rollback();
      if (!b.isCompleted()) await b.rollback();
    }
    expect(await wrongCounts()).toEqual([]);
    // A rolled-back insert leaves the count as it was.
    const before = (await knex('org_unit').where('id', fs.id).first('child_count')).child_count;
    await knex.transaction(async (tx) => {
      await tx('org_unit').insert(outlet('CC-6', fs));
      throw new Error('roll back');
    }).catch(() => undefined);
    expect((await knex('org_unit').where('id', fs.id).first('child_count')).child_count).toBe(before);
    await knex('org_unit').whereIn('code', ['CC-1', 'CC-2', 'CC-3', 'CC-4', 'CC-5']).delete();
    expect(await wrongCounts()).toEqual([]);
  });

  it('count for a scoped actor only the children it may see: all below its unit, one on each unit above it', async () => {
    const branch = await createGraphqlClient(db.orm, await actorFor(db.orm, 't2_staff'));
    try {
      const ho = (await branch.ok(`{ orgUnit(code: "HO") { childCount children { code childCount children { code childCount children { code } } } } }`)).orgUnit;
      expect(ho.childCount).toBe(1);
      expect(ho.children.map((c: any) => c.code)).toEqual(['GD']);
      const gd = ho.children[0];
      expect(gd.childCount).toBe(1);
      expect(gd.children.map((c: any) => c.code)).toEqual(['GD-FS']);
      const fs = gd.children[0];
      expect(fs.childCount).toBe(fs.children.length);
      expect(fs.childCount).toBeGreaterThan(1);
    } finally {
      await branch.stop();
    }
  });
});
