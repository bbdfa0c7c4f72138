import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient } from '../../../../test/support/graphql.js';
import { seedDemoData } from '../../seed.js';
import { SYSTEM_ACTOR, type Actor } from '../../shared/actor.js';
import { Role } from '../../shared/auth/roles.js';
import { Scope } from '../../shared/auth/scope.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { ApprovalEvent } from '../approval/approval-event.entity.js';
import { clearEffectiveStandardCache } from '../standard/effective-standard.service.js';
import { itemData, loadContents } from '../standard/standard.content.js';
import { kindSpec } from '../standard/standard.kinds.js';
import type { AnyKind } from '../standard/standard.kind.js';
import { createDraft, saveItem, submitApproveAndPublish } from '../standard/standard.service.js';

/**
 * Issue 10: local versions in Jiangsu (JS → JS-SZ → outlet JS-SZ-01, a large
 * full-function outlet), which the demo data leaves untouched, driven through
 * the API as the people who would do it.
 */

type Client = Awaited<ReturnType<typeof createGraphqlClient>>;
let db: TestDatabase;
const clients: Record<string, Client> = {};

const MARKETING = 'outletCategories/LARGE_FULL_FUNCTION/marketingStaffMin'; // INTEGER, RAISE_ONLY, 12
const REPLY_DAYS = 'serviceRules/COMPLAINT_HANDLING/parameters/COMPLAINT_REPLY_WORKING_DAYS'; // INTEGER, LOWER_ONLY, 3, core
const PLANS = 'serviceRules/EMERGENCY_PLANS/parameters/EMERGENCY_PLANS'; // CODE_LIST, EXTEND_ONLY, core
const DUTIES = 'positions/LOBBY_MANAGER/duties'; // TEXT_LIST, EXTEND_ONLY
const SUPPORT_ZONE = 'outletCategories/GENERAL/zones/SUPPORT'; // REQUIREMENT, LOCKED
const ASSETS_FROM = 'customerTiers/MID_HIGH_END/assetsFrom'; // MONEY, FREE

/** A person at a unit, made by hand (the demo users cover Guangdong and head office only). */
async function person(unitCode: string, name: string, roles: Role[]): Promise<Actor> {
  const unit = await db.orm.em.fork().findOneOrFail(OrgUnit, { code: unitCode });
  return { kind: 'USER', id: randomUUID(), name, unit: { id: unit.id, code: unit.code, path: unit.path, level: unit.level }, roles, readOnly: false };
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  const make = async (key: string, actor: Actor) => (clients[key] = await createGraphqlClient(db.orm, actor));
  await make('js', await person('JS', 'js_staff', [Role.BRANCH_STAFF, Role.APPROVER]));
  await make('sz', await person('JS-SZ', 'sz_staff', [Role.BRANCH_STAFF, Role.APPROVER]));
  await make('szOther', await person('JS-SZ', 'sz_colleague', [Role.BRANCH_STAFF]));
  await make('jsAuditor', await person('JS', 'js_auditor', [Role.AUDITOR]));
  await make('gdAuditor', await person('GD', 'gd_auditor', [Role.AUDITOR]));
  await make('ho', await actorFor(db.orm, 'ho_staff'));
  await make('gd', await actorFor(db.orm, 't1_staff'));
  await make('hoAuditor', await actorFor(db.orm, 'auditor'));
  await make('outletHead', await actorFor(db.orm, 'outlet_head'));
});
afterAll(async () => {
  for (const c of Object.values(clients)) await c.stop();
  await db?.close();
});

const FIELDS = `id code status version submittedBy decidedBy orgUnit { code } baseEdition { code } hasConflicts
  changes { path kind value policy conflict { rule message } } notApplicable { path conflict { rule } }
  history { action fromState toState revision actorName comment itemComments { path comment } }`;
const CREATE = `mutation($i: CreateLocalVersionInput!) { createLocalVersion(input: $i) { ${FIELDS} } }`;
const SET = `mutation($i: SetLocalValueInput!) { setLocalValue(input: $i) { ${FIELDS} } }`;
const NA = `mutation($id: ID!, $v: Int!, $p: String!) { markLocalNotApplicable(id: $id, expectedVersion: $v, path: $p) { ${FIELDS} } }`;
const CLEAR = `mutation($id: ID!, $v: Int!, $p: String!) { clearLocalChange(id: $id, expectedVersion: $v, path: $p) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!, $c: String) { submitLocalVersion(id: $id, expectedVersion: $v, comment: $c) { ${FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $v: Int!) { withdrawLocalVersion(id: $id, expectedVersion: $v) { ${FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $r: Int!, $c: String) { approveLocalVersion(id: $id, revision: $r, comment: $c) { ${FIELDS} } }`;
const RETURN = `mutation($id: ID!, $r: Int!, $c: String!, $items: [ItemCommentInput!]) { returnLocalVersion(id: $id, revision: $r, comment: $c, itemComments: $items) { ${FIELDS} } }`;
const READ = `query($id: ID!) { localVersion(id: $id) { ${FIELDS} } }`;

const title = (en: string) => ({ zh: `${en}（本地化）`, en });

async function draft(client: Client, unit: string, code: string) {
  return (await client.ok(CREATE, { i: { orgUnitCode: unit, code, title: title(code) } })).createLocalVersion;
}
async function set(client: Client, v: { id: string; version: number }, path: string, value: unknown, policy?: string) {
  return client.run(SET, { i: { id: v.id, expectedVersion: v.version, path, value, ...(policy ? { policy } : {}) } });
}
async function setOk(client: Client, v: { id: string; version: number }, path: string, value: unknown, policy?: string) {
  const res = await set(client, v, path, value, policy);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.setLocalValue;
}
const effectiveAt = async (client: Client, unit: string, path: string) =>
  (await client.ok(`query($u: String!, $p: String!) { effectiveStandard(orgUnitCode: $u) { values(under: $p) { path setBy { unitCode layerKind layerCode revision }
      ... on IntValue { value overrode { value setBy { unitCode } overrode { value setBy { unitCode } } } } } } }`, { u: unit, p: path })).effectiveStandard.values[0];

describe('drafting: each policy kind accepts what it allows and refuses the rest, naming path, policy, inherited value, attempt and who set it', () => {
  let v: any;
  beforeAll(async () => {
    v = await draft(clients.js, 'JS', 'JS-2026-01');
  });

  const refused = async (path: string, value: unknown, rule: string, policy?: string) => {
    const res = await set(clients.js, v, path, value, policy);
    expect(res.errors?.[0].extensions, JSON.stringify(res.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value', rule });
    const detail = res.errors![0].extensions!.violations[0];
    expect(detail).toMatchObject({ path, attempted: policy && policy !== detail.policy ? policy : value, setBy: expect.stringMatching(/^HO \(edition HO-2026-01, revision \d+\)$/) });
    expect(res.errors![0].message).toContain(path);
    expect(res.errors![0].message).toContain('HO (edition HO-2026-01');
    // Nothing changed.
    const now = (await clients.js.ok(READ, { id: v.id })).localVersion;
    expect(now.version).toBe(v.version);
    return detail;
  };

  it('RAISE_ONLY: 13 marketing staff is fine, 11 is refused', async () => {
    const detail = await refused(MARKETING, 11, 'policy-raise-only');
    expect(detail).toMatchObject({ policy: 'RAISE_ONLY', inherited: 12 });
    expect(detail.message).toMatch(/cannot change 12 .* to 11: the value may be raised, never lowered \(RAISE_ONLY\)/);
    v = await setOk(clients.js, v, MARKETING, 13);
    expect(v.changes).toEqual([{ path: MARKETING, kind: 'INTEGER', value: 13, policy: 'RAISE_ONLY', conflict: null }]);
  });

  it('LOWER_ONLY: a 2-day complaint reply is fine, 5 days is refused', async () => {
    const detail = await refused(REPLY_DAYS, 5, 'policy-lower-only');
    expect(detail).toMatchObject({ policy: 'LOWER_ONLY', inherited: 3 });
    v = await setOk(clients.js, v, REPLY_DAYS, 2);
  });

  it('EXTEND_ONLY: a plan may be added to the emergency plans, none dropped', async () => {
    const inherited = (await clients.js.ok(`{ effectiveStandard(orgUnitCode: "JS") { values(under: "${PLANS}") { ... on CodeListValue { value { code name { zh en } } } } } }`)).effectiveStandard.values[0].value;
    const asStored = inherited.map((p: any) => ({ code: p.code, label: p.name }));
    await refused(PLANS, asStored.slice(1), 'policy-extend-only');
    v = await setOk(clients.js, v, PLANS, [...asStored, { code: 'TYPHOON', label: { zh: '台风应急预案', en: 'Typhoon plan' } }]);
    expect(v.changes.find((c: any) => c.path === PLANS).value).toHaveLength(asStored.length + 1);
  });

  it('EXTEND_ONLY on texts: a duty may be added, rewording one is refused', async () => {
    const duties = (await clients.js.ok(`{ effectiveStandard(orgUnitCode: "JS") { values(under: "${DUTIES}") { ... on TextListValue { value { zh en } } } } }`)).effectiveStandard.values[0].value;
    await refused(DUTIES, [{ ...duties[0], en: `${duties[0].en} (reworded)` }, ...duties.slice(1)], 'policy-extend-only');
    v = await setOk(clients.js, v, DUTIES, [...duties, { zh: '每日晨会通报理财产品', en: 'Brief the morning meeting on wealth products' }]);
  });

  it('LOCKED: a required support zone cannot be made optional', async () => {
    const detail = await refused(SUPPORT_ZONE, 'OPTIONAL', 'policy-locked');
    expect(detail).toMatchObject({ policy: 'LOCKED', inherited: 'REQUIRED' });
  });

  it('FREE: a threshold may change, but not its currency', async () => {
    await refused(ASSETS_FROM, { amount: 500000, currency: 'USD' }, 'currency-mismatch');
    v = await setOk(clients.js, v, ASSETS_FROM, { amount: 800000, currency: 'CNY' });
  });

  it('a policy handed down may tighten but never loosen', async () => {
    await refused(SUPPORT_ZONE, 'REQUIRED', 'policy-loosened', 'FREE');
    v = await setOk(clients.js, v, MARKETING, 13, 'LOCKED');
    expect(v.changes.find((c: any) => c.path === MARKETING)).toMatchObject({ value: 13, policy: 'LOCKED' });
  });

  it('core content can be neither dropped nor weakened; other items may be marked not applicable', async () => {
    const core = await clients.js.run(NA, { id: v.id, v: v.version, p: 'serviceRules/COMPLAINT_HANDLING' });
    expect(core.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'path', rule: 'core-removed' });
    expect(core.errors?.[0].message).toMatch(/serviceRules\/COMPLAINT_HANDLING, set by HO \(edition HO-2026-01\), cannot be marked not applicable: it is core content/);
    const device = await clients.js.run(NA, { id: v.id, v: v.version, p: 'outletCategories/LARGE_FULL_FUNCTION/devices/ATM' });
    expect(device.errors?.[0].extensions).toMatchObject({ rule: 'policy-forbids-removal' });
    // Weakening a core value: a longer complaint deadline.
    expect((await set(clients.js, v, REPLY_DAYS, 4)).errors?.[0].extensions).toMatchObject({ rule: 'policy-lower-only' });
    v = (await clients.js.ok(NA, { id: v.id, v: v.version, p: 'serviceRules/TELLER_COURTESY_LANGUAGE' })).markLocalNotApplicable;
    expect(v.notApplicable).toEqual([{ path: 'serviceRules/TELLER_COURTESY_LANGUAGE', conflict: null }]);
    v = (await clients.js.ok(CLEAR, { id: v.id, v: v.version, p: 'serviceRules/TELLER_COURTESY_LANGUAGE' })).clearLocalChange;
    expect(v.notApplicable).toEqual([]);
  });

  it('setting a value back to what it inherits drops the change; a stale edit is a VERSION_CONFLICT', async () => {
    const before = v.changes.length;
    const dropped = await setOk(clients.js, v, DUTIES, (await clients.js.ok(`{ effectiveStandard(orgUnitCode: "JS") { values(under: "${DUTIES}") { ... on TextListValue { value { zh en } } } } }`)).effectiveStandard.values[0].value);
    expect(dropped.changes).toHaveLength(before - 1);
    expect((await set(clients.js, v, MARKETING, 14)).errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', field: 'expectedVersion' });
    v = dropped;
  });

  it('audits every edit with the change made', async () => {
    const events = await db.orm.em.fork().find(AuditEvent, { objectId: v.id }, { orderBy: { occurredAt: 'asc' } });
    expect(events[0].operation).toBe('localVersion.create');
    expect(new Set(events.map((e) => e.operation))).toEqual(new Set(['localVersion.create', 'localVersion.setValue', 'localVersion.markNotApplicable', 'localVersion.clearChange']));
    expect(events.at(-1)!.actorName).toBe('js_staff');
  });

  it('the branch submits, head office approves the revision it reviewed, and the history keeps every step', async () => {
    v = (await clients.js.ok(SUBMIT, { id: v.id, v: v.version, c: '请审批 please approve' })).submitLocalVersion;
    expect(v).toMatchObject({ status: 'SUBMITTED', submittedBy: 'js_staff' });
    // Submitted: frozen for its unit.
    expect((await set(clients.js, v, MARKETING, 14)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'workflow-state' });
    const review = (await clients.ho.ok(`query($id: ID!) { localVersionReview(id: $id) { path notApplicable change { value policy }
        inherited { policy setBy { unitCode layerCode } ... on IntValue { value } } } }`, { id: v.id })).localVersionReview;
    expect(review.find((r: any) => r.path === MARKETING)).toEqual({
      path: MARKETING,
      notApplicable: false,
      change: { value: 13, policy: 'LOCKED' },
      inherited: { value: 12, policy: 'RAISE_ONLY', setBy: { unitCode: 'HO', layerCode: 'HO-2026-01' } },
    });
    expect((await clients.gd.ok(`query($id: ID!) { localVersionReview(id: $id) { path } }`, { id: v.id })).localVersionReview).toBeNull();
    const inbox = (await clients.ho.ok(`{ inbox { awaitingMe { subjectType code state } returnedToMe { code } } }`)).inbox;
    expect(inbox.awaitingMe).toContainEqual({ subjectType: 'LOCAL_VERSION', code: 'JS-2026-01', state: 'SUBMITTED' });
    v = (await clients.ho.ok(APPROVE, { id: v.id, r: v.version, c: '同意 approved' })).approveLocalVersion;
    expect(v).toMatchObject({ status: 'APPROVED', decidedBy: 'ho_staff' });
    expect(v.history.map((h: any) => [h.action, h.fromState, h.toState, h.actorName, h.comment])).toEqual([
      ['SUBMIT', 'DRAFT', 'SUBMITTED', 'js_staff', '请审批 please approve'],
      ['APPROVE', 'SUBMITTED', 'APPROVED', 'ho_staff', '同意 approved'],
    ]);
    expect(v.history[1].revision).toBe(v.version);
    const audit = await db.orm.em.fork().find(AuditEvent, { objectId: v.id, operation: { $like: 'approval.%' } }, { orderBy: { occurredAt: 'asc' } });
    expect(audit.map((e) => [e.operation, e.changes.comment?.after])).toEqual([
      ['approval.submit', '请审批 please approve'],
      ['approval.approve', '同意 approved'],
    ]);
  });
});

describe('the effective standard across three levels', () => {
  let sz: any;

  it('provenance: head office 12 → Jiangsu 13 → Suzhou 14, and the outlet below sees 14 from Suzhou', async () => {
    sz = await draft(clients.sz, 'JS-SZ', 'JS-SZ-2026-01');
    // Jiangsu locked the figure at 13, so Suzhou cannot raise it; it can only move the complaint deadline further down.
    const locked = await set(clients.sz, sz, MARKETING, 14);
    expect(locked.errors?.[0].extensions).toMatchObject({ rule: 'policy-locked' });
    expect(locked.errors?.[0].extensions!.violations[0]).toMatchObject({ inherited: 13, attempted: 14, policy: 'LOCKED', setBy: expect.stringMatching(/^JS \(local version JS-2026-01, revision \d+\)$/) });
    sz = await setOk(clients.sz, sz, REPLY_DAYS, 1);
    const outlet = await effectiveAt(clients.outletHead, 'GD-FS-01', REPLY_DAYS);
    expect(outlet.value).toBe(3); // Guangdong is untouched by Jiangsu's version
    const beforeApproval = await effectiveAt(clients.sz, 'JS-SZ-01', REPLY_DAYS);
    expect(beforeApproval).toMatchObject({ value: 2, setBy: { unitCode: 'JS', layerKind: 'LOCAL_VERSION', layerCode: 'JS-2026-01' } });
  });

  it('drafts and submitted versions never reach the effective standard; approval does', async () => {
    const draftValue = await effectiveAt(clients.sz, 'JS-SZ-01', REPLY_DAYS);
    expect(draftValue.value).toBe(2);
    sz = (await clients.sz.ok(SUBMIT, { id: sz.id, v: sz.version })).submitLocalVersion;
    expect((await effectiveAt(clients.sz, 'JS-SZ-01', REPLY_DAYS)).value).toBe(2);
    sz = (await clients.js.ok(APPROVE, { id: sz.id, r: sz.version })).approveLocalVersion;
    const approved = await effectiveAt(clients.sz, 'JS-SZ-01', REPLY_DAYS);
    expect(approved).toMatchObject({
      value: 1,
      setBy: { unitCode: 'JS-SZ', layerKind: 'LOCAL_VERSION', layerCode: 'JS-SZ-2026-01', revision: sz.version },
      overrode: { value: 2, setBy: { unitCode: 'JS' }, overrode: { value: 3, setBy: { unitCode: 'HO' } } },
    });
    const marketing = await effectiveAt(clients.sz, 'JS-SZ-01', MARKETING);
    expect(marketing).toMatchObject({ value: 13, setBy: { unitCode: 'JS', layerCode: 'JS-2026-01' }, overrode: { value: 12, setBy: { unitCode: 'HO' } } });
  });

  it('valueAcrossLevels answers “why is it 1 here?” level by level', async () => {
    const levels = (await clients.sz.ok(`query($p: String!) { valueAcrossLevels(orgUnitCode: "JS-SZ-01", path: $p) { orgUnit { code } setHere value { setBy { unitCode } ... on IntValue { value } } } }`, { p: REPLY_DAYS })).valueAcrossLevels;
    expect(levels.map((l: any) => [l.orgUnit.code, l.value.value, l.value.setBy.unitCode, l.setHere])).toEqual([
      ['HO', 3, 'HO', true],
      ['JS', 2, 'JS', true],
      ['JS-SZ', 1, 'JS-SZ', true],
      ['JS-SZ-01', 1, 'JS-SZ', false],
    ]);
    const bad = await clients.sz.run(`{ valueAcrossLevels(orgUnitCode: "JS-SZ-01", path: "not a path") { setHere } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'path', rule: 'format' });
  });

  it('costs the same number of statements with no branch layer, one, or two', async () => {
    const query = `{ effectiveStandard(orgUnitCode: "X") { values { path } } }`;
    const count = async (unit: string) => {
      await clients.hoAuditor.ok(query.replace('X', unit)); // warm the caches
      db.resetQueries();
      await clients.hoAuditor.ok(query.replace('X', unit));
      return db.queries.length;
    };
    const none = await count('SC-MY-01'); // Sichuan: no local versions at all
    const two = await count('JS-SZ-01'); // Jiangsu and Suzhou both approved
    expect(two).toBe(none);
    expect(two).toBe(4); // the unit, the edition in force, the chain, the approved versions on it
    clearEffectiveStandardCache();
    db.resetQueries();
    await clients.hoAuditor.ok(query.replace('X', 'JS-SZ-01'));
    expect(db.queries.length).toBeLessThanOrEqual(11);
  });
});

describe('scope and stale approvals', () => {
  let v: any;

  it('people outside the unit’s scope cannot read, submit or approve its versions', async () => {
    v = await draft(clients.sz, 'JS-SZ', 'JS-SZ-2026-02');
    v = await setOk(clients.sz, v, REPLY_DAYS, 1, 'LOCKED');
    // Guangdong cannot see it at all; head office (not Suzhou's parent) and Suzhou's own colleague without approval rights cannot see the draft's changes either way.
    expect((await clients.gd.ok(READ, { id: v.id })).localVersion).toBeNull();
    expect((await clients.gd.run(SUBMIT, { id: v.id, v: v.version })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await clients.ho.ok(READ, { id: v.id })).localVersion).toBeNull();
    expect((await clients.gd.ok(`{ localVersions(orgUnitCode: "JS-SZ") { code } }`)).localVersions).toEqual([]);
    // Jiangsu's approver reads it (it will approve it); Jiangsu's auditor does not read drafts.
    expect((await clients.js.ok(READ, { id: v.id })).localVersion.code).toBe('JS-SZ-2026-02');
    expect((await clients.jsAuditor.ok(READ, { id: v.id })).localVersion).toBeNull();
    // The approved one is readable by anyone who sees the unit.
    expect((await clients.jsAuditor.ok(`{ localVersions(orgUnitCode: "JS-SZ") { code status } }`)).localVersions).toEqual([{ code: 'JS-SZ-2026-01', status: 'APPROVED' }]);
    // Only the unit's own staff submit.
    expect((await clients.js.run(SUBMIT, { id: v.id, v: v.version })).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    v = (await clients.szOther.ok(SUBMIT, { id: v.id, v: v.version })).submitLocalVersion;
    // Only approvers of the parent approve: not Suzhou's own approver, not head office, not Guangdong.
    for (const c of [clients.sz, clients.ho]) {
      const res = await c.run(APPROVE, { id: v.id, r: v.version });
      expect(res.errors?.[0].extensions?.code, JSON.stringify(res.errors)).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
    expect((await clients.sz.run(APPROVE, { id: v.id, r: v.version })).errors?.[0].message).toMatch(/only an approver of the approving unit may approve it/);
    expect((await clients.gd.run(APPROVE, { id: v.id, r: v.version })).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('an approval names the revision reviewed: a version changed since fails with VERSION_CONFLICT', async () => {
    const reviewed = v.version;
    const blank = await clients.js.run(RETURN, { id: v.id, r: reviewed, c: '  ', items: [{ path: 'not a path', comment: 'x' }] });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment', rule: 'required' });
    expect(blank.errors?.[0].extensions?.violations.map((x: any) => x.field)).toEqual(['comment', 'itemComments[0].path']);
    expect((await clients.js.ok(READ, { id: v.id })).localVersion).toMatchObject({ status: 'SUBMITTED', version: reviewed });
    v = (await clients.js.ok(RETURN, { id: v.id, r: reviewed, c: '期限请说明 explain the deadline', items: [{ path: REPLY_DAYS, comment: '1 天是否可行？ Is one day feasible?' }] })).returnLocalVersion;
    expect(v.status).toBe('RETURNED');
    expect(v.history.at(-1)).toMatchObject({ action: 'RETURN', itemComments: [{ path: REPLY_DAYS, comment: '1 天是否可行？ Is one day feasible?' }] });
    const back = (await clients.szOther.ok(`{ inbox { returnedToMe { code } } }`)).inbox.returnedToMe;
    expect(back).toEqual([{ code: 'JS-SZ-2026-02' }]);
    v = await setOk(clients.sz, v, REPLY_DAYS, 2, 'LOCKED');
    v = (await clients.sz.ok(SUBMIT, { id: v.id, v: v.version, c: '改为 2 天 changed to 2 days' })).submitLocalVersion;
    const stale = await clients.js.run(APPROVE, { id: v.id, r: reviewed });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', field: 'revision' });
    expect((await clients.js.ok(READ, { id: v.id })).localVersion.status).toBe('SUBMITTED');
    v = (await clients.js.ok(APPROVE, { id: v.id, r: v.version })).approveLocalVersion;
    expect(v.status).toBe('APPROVED');
    // The earlier approved version is superseded and kept.
    const all = (await clients.sz.ok(`{ localVersions(orgUnitCode: "JS-SZ") { code status history { action } } }`)).localVersions;
    expect(all.map((x: any) => [x.code, x.status])).toEqual([['JS-SZ-2026-02', 'APPROVED'], ['JS-SZ-2026-01', 'SUPERSEDED']]);
    expect(all[1].history.map((h: any) => h.action)).toEqual(['SUBMIT', 'APPROVE', 'SUPERSEDE']);
    expect((await effectiveAt(clients.sz, 'JS-SZ-01', REPLY_DAYS)).value).toBe(2);
  });

  it('audit rows of a local version are read by auditors who see its unit, and by nobody else', async () => {
    const read = async (c: Client) =>
      (await c.ok(`{ auditEvents(first: 200, filter: { operation: "approval.approve" }) { nodes { objectLabel } } }`)).auditEvents.nodes.map((n: any) => n.objectLabel);
    const jsRows = await read(clients.jsAuditor);
    expect(jsRows).toContain('JS-SZ-2026-02');
    expect(await read(clients.hoAuditor)).toContain('JS-SZ-2026-02');
    expect(await read(clients.gdAuditor)).not.toContain('JS-SZ-2026-02');
    expect(await read(clients.gdAuditor)).not.toContain('JS-2026-01');
  });
});

describe('re-basing onto a new head-office edition', () => {
  it('keeps conforming changes and flags conflicting ones, which then stop applying', async () => {
    // Head office raises the large outlets' marketing minimum to 15: Jiangsu's 13 now falls below it.
    const system = new Scope(SYSTEM_ACTOR);
    const em = db.orm.em.fork();
    let edition = await createDraft(em, system, { code: 'HO-2027-01', title: title('2027') as never, basedOnCode: 'HO-2026-01' });
    const spec = kindSpec('OUTLET_CATEGORY') as unknown as AnyKind;
    const large = (await loadContents(em, [edition.id])).get(edition.id)!.outletCategories.find((c) => c.code === 'LARGE_FULL_FUNCTION')!;
    const data = itemData(large) as any;
    data.marketingStaffMin.value = 15;
    edition = await saveItem(em, system, spec as never, edition.code, edition.version, data);
    await submitApproveAndPublish(em, system, edition.code, edition.version);

    const js = (await clients.js.ok(`{ localVersions(orgUnitCode: "JS", status: APPROVED) { ${FIELDS} } }`)).localVersions[0];
    expect(js.baseEdition.code).toBe('HO-2027-01');
    expect(js.hasConflicts).toBe(true);
    const marketing = js.changes.find((c: any) => c.path === MARKETING);
    expect(marketing).toMatchObject({ value: 13, conflict: { rule: 'policy-raise-only' } });
    expect(marketing.conflict.message).toMatch(/cannot change 15 .* to 13/);
    // The conforming changes carry over.
    expect(js.changes.filter((c: any) => !c.conflict).map((c: any) => c.path).sort()).toEqual([ASSETS_FROM, PLANS, REPLY_DAYS].sort());
    expect(await db.orm.em.fork().count(AuditEvent, { objectId: js.id, operation: 'localVersion.rebase' })).toBe(1);

    // The outlet now has head office's 15 (the conflicting 13 no longer applies) and still Suzhou's deadline.
    expect(await effectiveAt(clients.sz, 'JS-SZ-01', MARKETING)).toMatchObject({ value: 15, setBy: { unitCode: 'HO', layerCode: 'HO-2027-01' } });
    expect(await effectiveAt(clients.sz, 'JS-SZ-01', REPLY_DAYS)).toMatchObject({ value: 2, setBy: { unitCode: 'JS-SZ' } });

    // The branch resolves the conflict in a new version, which starts as a copy of the one in force, flag included: 16 fits again.
    let next = await draft(clients.js, 'JS', 'JS-2027-01');
    expect(next.changes).toEqual(js.changes);
    expect((await clients.js.run(SUBMIT, { id: next.id, v: next.version })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'policy-raise-only', field: MARKETING });
    next = await setOk(clients.js, next, MARKETING, 16);
    expect(next.changes.find((c: any) => c.path === MARKETING)).toEqual({ path: MARKETING, kind: 'INTEGER', value: 16, policy: 'RAISE_ONLY', conflict: null });
    expect(next.hasConflicts).toBe(false);
    next = (await clients.js.ok(SUBMIT, { id: next.id, v: next.version })).submitLocalVersion;
    next = (await clients.ho.ok(APPROVE, { id: next.id, r: next.version })).approveLocalVersion;
    expect(await effectiveAt(clients.sz, 'JS-SZ-01', MARKETING)).toMatchObject({ value: 16, setBy: { unitCode: 'JS', layerCode: 'JS-2027-01' } });
  });

  it('approving a branch’s new version re-checks the versions below it', async () => {
    // Suzhou drafts 17 large-outlet marketing staff over Jiangsu's 16 (RAISE_ONLY).
    let sz = await draft(clients.sz, 'JS-SZ', 'JS-SZ-2027-01');
    sz = await setOk(clients.sz, sz, MARKETING, 17);
    // Jiangsu then locks 16 in a newer version, approved by head office.
    let js = await draft(clients.js, 'JS', 'JS-2027-02');
    js = await setOk(clients.js, js, MARKETING, 16, 'LOCKED');
    js = (await clients.js.ok(SUBMIT, { id: js.id, v: js.version })).submitLocalVersion;
    await clients.ho.ok(APPROVE, { id: js.id, r: js.version });
    const flagged = (await clients.sz.ok(READ, { id: sz.id })).localVersion;
    expect(flagged.changes.find((c: any) => c.path === MARKETING).conflict).toMatchObject({ rule: 'policy-locked' });
    expect(flagged.version).toBeGreaterThan(sz.version);
  });

  it('a draft can be withdrawn, which is final and frees the unit for a new draft', async () => {
    let v = await draft(clients.js, 'JS', 'JS-2027-03');
    expect((await clients.js.run(CREATE, { i: { orgUnitCode: 'JS', code: 'JS-2027-04', title: title('x') } })).errors?.[0].extensions).toMatchObject({ rule: 'one-open-version' });
    v = (await clients.js.ok(WITHDRAW, { id: v.id, v: v.version })).withdrawLocalVersion;
    expect(v.status).toBe('WITHDRAWN');
    expect(v.history.map((h: any) => [h.action, h.toState])).toEqual([['WITHDRAW', 'WITHDRAWN']]);
    expect((await set(clients.js, v, MARKETING, 17)).errors?.[0].extensions).toMatchObject({ rule: 'workflow-state' });
    const again = await draft(clients.js, 'JS', 'JS-2027-04');
    expect(again.status).toBe('DRAFT');
  });

  it('refuses, in the database itself, any change to what an approved or superseded version changes', async () => {
    const knex = db.orm.em.getKnex();
    const approved = await knex('local_version').where({ code: 'JS-2027-02' }).first();
    expect(approved.status).toBe('APPROVED');
    const edited = [...approved.changes];
    edited[0] = { ...edited[0], value: 99 };
    await expect(knex('local_version').where({ id: approved.id }).update({ changes: JSON.stringify(edited) })).rejects.toThrow(/approved and immutable/);
    await expect(knex('local_version').where({ id: approved.id }).update({ status: 'DRAFT' })).rejects.toThrow(/approved and immutable/);
    // Flagging a conflict is what re-basing does, and stays possible.
    const flagged = approved.changes.map((c: any) => ({ ...c, conflict: { rule: 'policy-locked', message: 'test' } }));
    await knex('local_version').where({ id: approved.id }).update({ changes: JSON.stringify(flagged) });
    await knex('local_version').where({ id: approved.id }).update({ changes: JSON.stringify(approved.changes) });
    const superseded = await knex('local_version').where({ code: 'JS-2027-01' }).first();
    expect(superseded.status).toBe('SUPERSEDED');
    await expect(knex('local_version').where({ id: superseded.id }).update({ title_en: 'x' })).rejects.toThrow(/superseded and immutable/);
    await expect(knex('local_version').where({ id: superseded.id }).delete()).rejects.toThrow(/immutable/);
  });

  it('keeps every transition in the approval history table', async () => {
    const events = await db.orm.em.fork().find(ApprovalEvent, {});
    expect(events.length).toBeGreaterThanOrEqual(8);
    expect(events.every((e) => e.actorName && e.revision > 0)).toBe(true);
  });
});
