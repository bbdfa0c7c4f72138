import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient, personAt } from '../../../../test/support/graphql.js';
import { seedDemoData } from '../../seed.js';
import { SYSTEM_ACTOR } from '../../shared/actor.js';
import { Role } from '../../shared/auth/roles.js';
import { Scope } from '../../shared/auth/scope.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { kindSpec } from '../standard/standard.kinds.js';
import { createDraft, saveItem, submitApproveAndPublish } from '../standard/standard.service.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { currentPlan, gapsAgainst, saveFacts, standardOf } from '../outlet-plan/outlet-plan.service.js';

/**
 * Issue 10, local items: a branch adds what head office's standard lacks (a
 * wealth-manager position, a local service rule), in Sichuan (SC → SC-MY →
 * outlet SC-MY-01), which the demo data leaves without local versions.
 */

type Client = Awaited<ReturnType<typeof createGraphqlClient>>;
let db: TestDatabase;
const clients: Record<string, Client> = {};

const ITEM_FIELDS = `id code status version hasConflicts changes { path value policy } localItems { kind key path data conflict { rule message } }`;
const CREATE = `mutation($i: CreateLocalVersionInput!) { createLocalVersion(input: $i) { ${ITEM_FIELDS} } }`;
const ADD_POSITION = `mutation($id: ID!, $v: Int!, $i: PositionInput!) { addLocalPosition(id: $id, expectedVersion: $v, input: $i) { ${ITEM_FIELDS} } }`;
const ADD_RULE = `mutation($id: ID!, $v: Int!, $i: ServiceRuleInput!) { addLocalServiceRule(id: $id, expectedVersion: $v, input: $i) { ${ITEM_FIELDS} } }`;
const REMOVE = `mutation($id: ID!, $v: Int!, $k: StandardItemKind!, $key: String!) { removeLocalItem(id: $id, expectedVersion: $v, kind: $k, key: $key) { ${ITEM_FIELDS} } }`;
const SET = `mutation($i: SetLocalValueInput!) { setLocalValue(input: $i) { ${ITEM_FIELDS} } }`;
const NA = `mutation($id: ID!, $v: Int!, $p: String!) { markLocalNotApplicable(id: $id, expectedVersion: $v, path: $p) { ${ITEM_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!) { submitLocalVersion(id: $id, expectedVersion: $v) { ${ITEM_FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $r: Int!) { approveLocalVersion(id: $id, revision: $r) { ${ITEM_FIELDS} } }`;
const READ = `query($id: ID!) { localVersion(id: $id) { ${ITEM_FIELDS} } }`;

const WM = 'positions/WEALTH_MANAGER';
const WM_DUTIES = `${WM}/duties`;
const WM_STAFFING = 'outletCategories/GENERAL/staffing/WEALTH_MANAGER';
const duty = (en: string) => ({ zh: `${en}（职责）`, en });
const wealthManager = (over: Record<string, unknown> = {}) => ({
  code: 'WEALTH_MANAGER',
  kind: 'POSITION',
  name: { zh: '理财经理', en: 'Wealth manager' },
  reportsTo: 'OUTLET_HEAD',
  duties: { value: [duty('Plans clients’ asset allocation'), duty('Matches products to each client’s risk tolerance')], policy: 'EXTEND_ONLY' },
  capabilities: [],
  ...over,
});
const localRule = {
  code: 'FLOOD_SEASON_DRILL',
  category: 'EMERGENCY',
  title: { zh: '汛期应急演练', en: 'Flood-season drill' },
  text: { zh: '每年汛期前组织一次应急演练。', en: 'Hold an emergency drill before each flood season.' },
  core: false,
  parameters: [{ code: 'DRILLS_PER_YEAR', name: { zh: '每年演练次数', en: 'Drills a year' }, policy: 'RAISE_ONLY', type: 'INTEGER', intValue: 1 }],
};

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  clients.sc = await createGraphqlClient(db.orm, await personAt(db.orm, 'SC', 'sc_staff', [Role.BRANCH_STAFF, Role.APPROVER]));
  clients.my = await createGraphqlClient(db.orm, await personAt(db.orm, 'SC-MY', 'my_staff', [Role.BRANCH_STAFF]));
  clients.ho = await createGraphqlClient(db.orm, await actorFor(db.orm, 'ho_staff'));
  clients.auditor = await createGraphqlClient(db.orm, await actorFor(db.orm, 'auditor'));
});
afterAll(async () => {
  for (const c of Object.values(clients)) await c.stop();
  await db?.close();
});

async function draft(client: Client, unit: string, code: string) {
  return (await client.ok(CREATE, { i: { orgUnitCode: unit, code, title: { zh: `${code}（本地化）`, en: code } } })).createLocalVersion;
}
const ok = (res: { errors?: unknown[]; data?: any }, field: string) => {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data[field];
};
const effective = async (unit: string) =>
  (
    await clients.auditor.ok(`query($u: String!, $p: String!) { effectiveStandard(orgUnitCode: $u) {
      localItems { kind key path data setBy { unitCode layerKind layerCode revision } }
      values(under: $p) { path policy setBy { unitCode layerCode } ... on TextListValue { value { en } overrode { setBy { unitCode } overrode { setBy { unitCode } } } } } } }`, { u: unit, p: WM })
  ).effectiveStandard;

describe('local items: added by a branch, folded below it with their source', () => {
  let sc: any;
  let my: any;

  it('refuses an invalid item with the field and rule head office would get, and changes nothing', async () => {
    sc = await draft(clients.sc, 'SC', 'SC-2026-01');
    const refused = async (query: string, input: unknown, field: string, rule: string) => {
      const res = await clients.sc.run(query, { id: sc.id, v: sc.version, i: input });
      const violations = res.errors?.[0].extensions?.violations ?? [];
      expect(violations, JSON.stringify(res.errors)).toContainEqual(expect.objectContaining({ field, rule }));
      expect((await clients.sc.ok(READ, { id: sc.id })).localVersion).toMatchObject({ version: sc.version, localItems: [] });
      return res.errors![0];
    };
    // The kind's own field rules (as saveItem applies them)…
    await refused(ADD_POSITION, wealthManager({ code: 'wealth manager' }), 'input.code', 'format');
    await refused(ADD_RULE, { ...localRule, parameters: [{ ...localRule.parameters[0], intValue: null, texts: [duty('x')] }] }, 'input.parameters[0].intValue', 'value-for-type');
    // …the publication check's references and policy fit, over the standard the branch would have…
    const reports = await refused(ADD_POSITION, wealthManager({ reportsTo: 'NO_SUCH_POST' }), 'input.reportsTo', 'exists');
    expect(reports.message).toContain('NO_SUCH_POST');
    await refused(ADD_POSITION, wealthManager({ duties: { value: [duty('x')], policy: 'RAISE_ONLY' } }), 'input.duties', 'policy-misfit');
    // …and a key the inherited standard already has.
    const taken = await refused(ADD_POSITION, wealthManager({ code: 'LOBBY_MANAGER' }), 'input.code', 'item-exists');
    expect(taken.message).toMatch(/positions\/LOBBY_MANAGER: the inherited standard already has a position LOBBY_MANAGER, set by HO \(edition HO-2026-01\)/);
  });

  it('adds a position and a rule; only the adding version removes them, and every edit is audited', async () => {
    sc = ok(await clients.sc.run(ADD_POSITION, { id: sc.id, v: sc.version, i: wealthManager() }), 'addLocalPosition');
    sc = ok(await clients.sc.run(ADD_RULE, { id: sc.id, v: sc.version, i: localRule }), 'addLocalServiceRule');
    expect(sc.localItems.map((i: any) => [i.kind, i.key, i.path, i.conflict])).toEqual([
      ['POSITION', 'WEALTH_MANAGER', WM, null],
      ['SERVICE_RULE', 'FLOOD_SEASON_DRILL', 'serviceRules/FLOOD_SEASON_DRILL', null],
    ]);
    // Stored as the kind stores it: the parameter's value in `value`, not the input's intValue.
    expect(sc.localItems[1].data.parameters[0]).toMatchObject({ code: 'DRILLS_PER_YEAR', value: 1 });
    expect(sc.localItems[1].data.parameters[0]).not.toHaveProperty('intValue');
    sc = ok(await clients.sc.run(REMOVE, { id: sc.id, v: sc.version, k: 'SERVICE_RULE', key: 'FLOOD_SEASON_DRILL' }), 'removeLocalItem');
    expect(sc.localItems.map((i: any) => i.key)).toEqual(['WEALTH_MANAGER']);
    const stale = await clients.sc.run(ADD_RULE, { id: sc.id, v: sc.version - 1, i: localRule });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT' });
    const ops = (await db.orm.em.fork().find(AuditEvent, { objectId: sc.id }, { orderBy: { occurredAt: 'asc' } })).map((e) => e.operation);
    expect(ops).toEqual(['localVersion.create', 'localVersion.addItem', 'localVersion.addItem', 'localVersion.removeItem']);

    // The position's staffing in general outlets: a keyed entry head office's category lacks, which the branch adds with its policy.
    const setEntry = (path: string, value: unknown, policy?: string) =>
      clients.sc.run(SET, { i: { id: sc.id, expectedVersion: sc.version, path, value, ...(policy ? { policy } : {}) } });
    const unknown = await setEntry('outletCategories/GENERAL/staffing/NO_SUCH_POST', { min: 1, max: 2 }, 'RAISE_ONLY');
    expect(unknown.errors?.[0].extensions).toMatchObject({ field: 'value', rule: 'invalid-value' });
    expect(unknown.errors?.[0].message).toMatch(/NO_SUCH_POST is not a position/);
    expect((await setEntry(WM_STAFFING, { min: 1, max: 2 })).errors?.[0].extensions).toMatchObject({ field: 'policy', rule: 'required' });
    expect((await setEntry(WM_STAFFING, { min: 1, max: 2 }, 'EXTEND_ONLY')).errors?.[0].extensions).toMatchObject({ rule: 'policy-misfit' });
    expect((await setEntry(WM_STAFFING, { min: 3, max: 2 }, 'RAISE_ONLY')).errors?.[0].extensions).toMatchObject({ rule: 'invalid-value' });
    sc = ok(await setEntry(WM_STAFFING, { min: 1, max: 2 }, 'RAISE_ONLY'), 'setLocalValue');
    expect(sc.changes).toEqual([{ path: WM_STAFFING, value: { min: 1, max: 2 }, policy: 'RAISE_ONLY' }]);
    sc = ok(await clients.sc.run(SUBMIT, { id: sc.id, v: sc.version }), 'submitLocalVersion');
    // Submitted: nothing leaks before approval.
    expect((await effective('SC-MY-01')).localItems).toEqual([]);
    sc = ok(await clients.ho.run(APPROVE, { id: sc.id, r: sc.version }), 'approveLocalVersion');
  });

  it('a branch below may change the item only as its policy allows, and may neither re-add nor remove it', async () => {
    my = await draft(clients.my, 'SC-MY', 'SC-MY-2026-01');
    const again = await clients.my.run(ADD_POSITION, { id: my.id, v: my.version, i: wealthManager() });
    expect(again.errors?.[0].extensions).toMatchObject({ field: 'input.code', rule: 'item-exists' });
    expect(again.errors?.[0].message).toMatch(/set by SC \(local version SC-2026-01, revision \d+\)/);
    const removed = await clients.my.run(REMOVE, { id: my.id, v: my.version, k: 'POSITION', key: 'WEALTH_MANAGER' });
    expect(removed.errors?.[0].extensions).toMatchObject({ field: 'key', rule: 'item-not-owner' });
    const notApplicable = await clients.my.run(NA, { id: my.id, v: my.version, p: WM });
    expect(notApplicable.errors?.[0].extensions).toMatchObject({ field: 'path', rule: 'item-not-owner' });
    expect(notApplicable.errors?.[0].message).toMatch(/only that branch's own version can remove it/);
    const inherited = wealthManager().duties.value;
    const dropped = await clients.my.run(SET, { i: { id: my.id, expectedVersion: my.version, path: WM_DUTIES, value: inherited.slice(1) } });
    expect(dropped.errors?.[0].extensions).toMatchObject({ rule: 'policy-extend-only' });
    my = ok(await clients.my.run(SET, { i: { id: my.id, expectedVersion: my.version, path: WM_DUTIES, value: [...inherited, duty('Runs a monthly wealth salon')] } }), 'setLocalValue');
    // Sichuan's staffing row: Mianyang may raise it (RAISE_ONLY) but not drop it, though head office never had it.
    const dropRow = await clients.my.run(NA, { id: my.id, v: my.version, p: WM_STAFFING });
    expect(dropRow.errors?.[0].extensions).toMatchObject({ field: 'path', rule: 'item-not-owner' });
    expect((await clients.my.run(SET, { i: { id: my.id, expectedVersion: my.version, path: WM_STAFFING, value: { min: 0, max: 2 } } })).errors?.[0].extensions).toMatchObject({
      rule: 'policy-raise-only',
    });
    my = ok(await clients.my.run(SET, { i: { id: my.id, expectedVersion: my.version, path: WM_STAFFING, value: { min: 2, max: 2 } } }), 'setLocalValue');
    my = ok(await clients.my.run(SUBMIT, { id: my.id, v: my.version }), 'submitLocalVersion');
    my = ok(await clients.sc.run(APPROVE, { id: my.id, r: my.version }), 'approveLocalVersion');
  });

  it('the outlet’s effective standard lists the item with the branch that added it, and each value with who set it', async () => {
    const outlet = await effective('SC-MY-01');
    expect(outlet.localItems).toEqual([
      expect.objectContaining({ kind: 'POSITION', key: 'WEALTH_MANAGER', path: WM, setBy: { unitCode: 'SC', layerKind: 'LOCAL_VERSION', layerCode: 'SC-2026-01', revision: sc.version } }),
    ]);
    expect(outlet.localItems[0].data.name).toEqual({ zh: '理财经理', en: 'Wealth manager' });
    expect(outlet.values).toEqual([
      {
        path: WM_DUTIES,
        policy: 'EXTEND_ONLY',
        setBy: { unitCode: 'SC-MY', layerCode: 'SC-MY-2026-01' },
        value: expect.arrayContaining([{ en: 'Runs a monthly wealth salon' }]),
        overrode: { setBy: { unitCode: 'SC' }, overrode: null },
      },
    ]);
    // A general outlet's category lists the wealth managers it needs, from Mianyang over Sichuan.
    const general = (
      await clients.auditor.ok(`{ effectiveStandard(orgUnitCode: "SC-MY-02") { outletCategory { staffing { position range { value { min max } setBy { unitCode }
        overrode { value { min max } setBy { unitCode } overrode { setBy { unitCode } } } } } } } }`)
    ).effectiveStandard.outletCategory.staffing;
    expect(general.find((s: any) => s.position === 'WEALTH_MANAGER').range).toEqual({
      value: { min: 2, max: 2 },
      setBy: { unitCode: 'SC-MY' },
      overrode: { value: { min: 1, max: 2 }, setBy: { unitCode: 'SC' }, overrode: null },
    });
    // Head office and other provinces never see Sichuan's item.
    expect((await effective('HO')).localItems).toEqual([]);
    expect((await effective('JS-SZ-01')).values).toEqual([]);
    const levels = (await clients.auditor.ok(`{ valueAcrossLevels(orgUnitCode: "SC-MY-01", path: "${WM_DUTIES}") { orgUnit { code } setHere value { setBy { unitCode } } } }`)).valueAcrossLevels;
    expect(levels.map((l: any) => [l.orgUnit.code, l.value?.setBy.unitCode ?? null, l.setHere])).toEqual([
      ['HO', null, false],
      ['SC', 'SC', true],
      ['SC-MY', 'SC-MY', true],
      ['SC-MY-01', 'SC-MY', false],
    ]);
  });

  it('an outlet plan may record staff for the local position, and is measured against its staffing', async () => {
    const em = db.orm.em.fork();
    const head = new Scope(await personAt(db.orm, 'SC-MY-02', 'my02_head', [Role.OUTLET_HEAD]));
    const outlet = await em.findOneOrFail(OrgUnit, { code: 'SC-MY-02' });
    const facts = (current: number) => ({ floorArea: 200, staffing: [{ position: 'WEALTH_MANAGER', current, target: 2 }], zones: [], devices: [], acknowledgedRules: [] });
    // The demo seeds a draft plan for this outlet: write on it.
    const demoDraft = await currentPlan(em, head, 'SC-MY-02');
    const short = await saveFacts(em, head, 'SC-MY-02', demoDraft?.version ?? null, facts(1));
    const standard = await standardOf(em, outlet);
    const gap = gapsAgainst(short, outlet, standard).find((g) => g.path === WM_STAFFING);
    expect(gap).toMatchObject({ setBy: { unitCode: 'SC-MY' } });
    const staffed = await saveFacts(db.orm.em.fork(), head, 'SC-MY-02', short.version, facts(2));
    expect(gapsAgainst(staffed, outlet, standard).some((g) => g.path === WM_STAFFING)).toBe(false);
  });

  it('local items cost no statement: the effective standard takes as many with them as without', async () => {
    const query = (unit: string) => `{ effectiveStandard(orgUnitCode: "${unit}") { values { path } localItems { path setBy { unitCode layerCode } } } }`;
    const count = async (unit: string) => {
      await clients.auditor.ok(query(unit)); // warm the caches
      db.resetQueries();
      await clients.auditor.ok(query(unit));
      return db.queries.length;
    };
    expect(await count('SC-MY-01')).toBe(await count('JS-SZ-01'));
  });

  it('an added or raised staffing row may not take the minimums past the category total, on save or on submit', async () => {
    const jj = await createGraphqlClient(db.orm, await personAt(db.orm, 'SC-CDJJ', 'jj_staff', [Role.BRANCH_STAFF]));
    try {
      let v = await draft(jj, 'SC-CDJJ', 'SC-CDJJ-2026-01');
      const TOTAL = 'outletCategories/GENERAL/marketingStaffMin';
      const over = await jj.run(SET, { i: { id: v.id, expectedVersion: v.version, path: WM_STAFFING, value: { min: 99, max: 99 } } });
      expect(over.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value', rule: 'covers-positions' });
      expect(over.errors?.[0].message).toMatch(/add up to \d+, more than the total minimum \d+; raise marketingStaffMin to at least \d+ first/);
      expect((await jj.ok(READ, { id: v.id })).localVersion).toMatchObject({ version: v.version, changes: [] });
      // Raising the total first makes room for the row.
      v = ok(await jj.run(SET, { i: { id: v.id, expectedVersion: v.version, path: TOTAL, value: 200 } }), 'setLocalValue');
      v = ok(await jj.run(SET, { i: { id: v.id, expectedVersion: v.version, path: WM_STAFFING, value: { min: 99, max: 99 } } }), 'setLocalValue');
      // Taking the total back leaves the row past it: the submission names the rule and changes nothing.
      v = (await jj.ok(`mutation($id: ID!, $v: Int!, $p: String!) { clearLocalChange(id: $id, expectedVersion: $v, path: $p) { ${ITEM_FIELDS} } }`, { id: v.id, v: v.version, p: TOTAL })).clearLocalChange;
      const submitted = await jj.run(SUBMIT, { id: v.id, v: v.version });
      expect(submitted.errors?.[0].extensions).toMatchObject({ rule: 'covers-positions', field: TOTAL });
      expect((await jj.ok(READ, { id: v.id })).localVersion).toMatchObject({ status: 'DRAFT', version: v.version });
    } finally {
      await jj.stop();
    }
  });

  it('re-basing flags an item head office now defines itself, and never drops it silently', async () => {
    const system = new Scope(SYSTEM_ACTOR);
    const em = db.orm.em.fork();
    let edition = await createDraft(em, system, { code: 'HO-2027-01', title: { zh: '2027', en: '2027' } as never, basedOnCode: 'HO-2026-01' });
    const hoWealthManager = wealthManager({ duties: { value: [duty('Head office’s own duty')], policy: 'LOCKED' }, summary: null });
    edition = await saveItem(em, system, kindSpec('POSITION')! as never, edition.code, edition.version, hoWealthManager as never);
    await submitApproveAndPublish(em, system, edition.code, edition.version);

    const flagged = (await clients.sc.ok(READ, { id: sc.id })).localVersion;
    expect(flagged.hasConflicts).toBe(true);
    expect(flagged.localItems[0]).toMatchObject({ key: 'WEALTH_MANAGER', conflict: { rule: 'item-exists' } });
    expect(flagged.localItems[0].conflict.message).toMatch(/set by HO \(edition HO-2027-01\)/);
    // The flagged item stops applying: the outlet now has head office's position, its duties set by head office.
    const outlet = await effective('SC-MY-01');
    expect(outlet.localItems).toEqual([]);
    expect(outlet.values[0]).toMatchObject({ path: WM_DUTIES, setBy: { unitCode: 'HO', layerCode: 'HO-2027-01' } });
    // The approved version's item is still recorded, for the branch to resolve.
    const knex = db.orm.em.getKnex();
    const row = await knex('local_version').where({ id: sc.id }).first();
    expect(row.items.map((i: any) => i.key)).toEqual(['WEALTH_MANAGER']);
    // And, like its changes, the database refuses to alter it otherwise.
    await expect(knex('local_version').where({ id: sc.id }).update({ items: JSON.stringify([]) })).rejects.toThrow(/approved and immutable/);
  });
});
