import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient } from '../../../../test/support/graphql.js';
import { seedDemoData } from '../../seed.js';
import { loadSecurityConfig } from '../../config.js';
import { authenticate } from '../session/authenticate.js';
import { ANONYMOUS_ACTOR, SYSTEM_ACTOR, type Actor } from '../../shared/actor.js';
import { Scope } from '../../shared/auth/scope.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { itemData, itemsOf, loadContents } from '../standard/standard.content.js';
import { KINDS } from '../standard/standard.kinds.js';
import type { AnyKind } from '../standard/standard.kind.js';
import * as standard from '../standard/standard.service.js';
import { AUDIT_OPERATIONS } from './audit-operations.js';
import { recordAudit } from './audit.service.js';
import { REDACTED } from './audit.redaction.js';

/**
 * Issue 7: a branch auditor reads only what their scope allows. The scenario
 * makes every audited operation happen, then moves things across provinces so
 * that rows the Guangdong auditor still reads point outside Guangdong.
 */

const security = loadSecurityConfig({ signInMaxFailuresPerAddressPerDay: 1000 });
const PASSWORD = 'Guangdong-Audit-Passphrase-2026';
const MOVER_PASSWORD = 'Foshan-Outlet-Head-Passphrase-1';

let db: TestDatabase;
let gdAuditor: Actor;
let scenarioStart: Date;
type Client = Awaited<ReturnType<typeof createGraphqlClient>>;
let gd: Client;
let ho: Client;

/** What each operation's scenario shows the Guangdong auditor. */
type Expectation =
  | 'subject-redacted' // the row is theirs, but what it is about has since left Guangdong
  | 'reference-redacted' // the subject is theirs, a unit it names is not
  | 'head-office-only'; // rows kept at head office: not listed at all
const EXPECTED: Record<string, Expectation> = {
  'orgUnit.create': 'subject-redacted',
  'orgUnit.update': 'subject-redacted',
  'orgUnit.rename': 'subject-redacted',
  'orgUnit.move': 'reference-redacted',
  'orgUnit.close': 'subject-redacted',
  'user.create': 'subject-redacted',
  'user.update': 'reference-redacted',
  'user.setPassword': 'subject-redacted',
  'user.changeOwnPassword': 'subject-redacted',
  'user.signIn': 'subject-redacted',
  'user.signOut': 'subject-redacted',
  'apiToken.issue': 'subject-redacted',
  'apiToken.revoke': 'subject-redacted',
};

async function signIn(username: string, password: string): Promise<Actor> {
  const anon = await createGraphqlClient(db.orm, ANONYMOUS_ACTOR, security);
  const { token } = (await anon.ok(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, { u: username, p: password })).login;
  await anon.stop();
  const auth = await authenticate(db.orm.em.fork(), { headers: { authorization: `Bearer ${token}` } }, security);
  return auth.actor!;
}

async function buildScenario() {
  const admin = await createGraphqlClient(db.orm, await actorFor(db.orm, 'admin'), security);
  const version = async (code: string) => (await admin.ok(`query($c: String!) { orgUnit(code: $c) { version } }`, { c: code })).orgUnit.version;
  const userVersion = async (u: string) => (await admin.ok(`query($u: String!) { user(username: $u) { version } }`, { u })).user.version;
  const createUnit = (input: object) => admin.ok(`mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { code } }`, { i: input });
  const createUser = (input: object) => admin.ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { username } }`, { i: input });
  const move = async (code: string, to: string) =>
    admin.ok(`mutation($i: MoveOrgUnitInput!) { moveOrgUnit(input: $i) { code } }`, { i: { code, expectedVersion: await version(code), newParentCode: to } });

  // A Guangdong auditor, created by head office's administrator and signed in like anyone.
  await createUser({ username: 'gd_auditor', displayName: '广东审计 (Guangdong audit)', orgUnitCode: 'GD', roles: ['AUDITOR'], password: PASSWORD });
  gdAuditor = await signIn('gd_auditor', PASSWORD);

  // A Guangdong sub-branch with its outlets, its staff and a token, all of which later move to Jiangsu.
  const name = (zh: string, en: string) => ({ zh, en });
  await createUnit({ code: 'GD-X', level: 'TIER_TWO_BRANCH', parentCode: 'GD', name: name('新区支行', 'New District Sub-branch') });
  await createUnit({ code: 'GD-X-01', level: 'OUTLET', parentCode: 'GD-X', name: name('新区一号网点', 'New District Outlet 1') });
  await createUnit({ code: 'GD-X-02', level: 'OUTLET', parentCode: 'GD-X', name: name('新区二号网点', 'New District Outlet 2') });
  await admin.ok(`mutation($i: UpdateOrgUnitInput!) { updateOrgUnit(input: $i) { code } }`, { i: { code: 'GD-X-01', expectedVersion: await version('GD-X-01'), city: '佛山' } });
  await admin.ok(`mutation($i: RenameOrgUnitInput!) { renameOrgUnit(input: $i) { code } }`, {
    i: { code: 'GD-X-01', expectedVersion: await version('GD-X-01'), name: name('新区营业部', 'New District Business Hall') },
  });
  await admin.ok(`mutation($i: CloseOrgUnitInput!) { closeOrgUnit(input: $i) { code } }`, { i: { code: 'GD-X-02', expectedVersion: await version('GD-X-02') } });

  await createUser({ username: 'gd_mover', displayName: '新区 刘洋 (Liu Yang)', orgUnitCode: 'GD-X-01', roles: ['OUTLET_HEAD'], password: PASSWORD });
  await admin.ok(`mutation($i: SetUserPasswordInput!) { setUserPassword(input: $i) { username } }`, { i: { username: 'gd_mover', newPassword: MOVER_PASSWORD } });
  const mover = await createGraphqlClient(db.orm, await signIn('gd_mover', MOVER_PASSWORD), security);
  await mover.ok(`mutation($i: ChangeMyPasswordInput!) { changeMyPassword(input: $i) }`, { i: { currentPassword: MOVER_PASSWORD, newPassword: PASSWORD } });
  expect((await mover.ok(`mutation { logout }`)).logout).toBe(true);
  await mover.stop();

  const issued = (await admin.ok(`mutation { issueApiToken(input: { name: "新区排队 New District queue", system: "QUEUE_MANAGEMENT", scopeUnitCode: "GD-X", expiresAt: "${new Date(Date.now() + 86_400_000).toISOString()}" }) { apiToken { id } } }`)).issueApiToken;
  await admin.ok(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: issued.apiToken.id });

  await move('GD-X', 'JS');

  // The issue's own cases: a user and an outlet moved from Suzhou into Guangdong.
  await createUser({ username: 'js_clerk', displayName: '苏州 周婷 (Zhou Ting)', orgUnitCode: 'JS-SZ-01', roles: ['OUTLET_HEAD'], password: PASSWORD });
  await admin.ok(`mutation($i: UpdateUserInput!) { updateUser(input: $i) { username } }`, { i: { username: 'js_clerk', expectedVersion: await userVersion('js_clerk'), orgUnitCode: 'GD-FS-02' } });
  await move('JS-SZ-02', 'GD-FS');
  await admin.stop();

  // Head office's standard: every content kind saved and removed, through the services.
  const author = new Scope(await actorFor(db.orm, 'ho_staff'));
  const em = () => db.orm.em.fork();
  let draft = await standard.createDraft(em(), author, { code: 'HO-2027-09', title: name('二〇二七版', '2027 edition'), basedOnCode: 'HO-2026-01' } as never);
  draft = await standard.updateEditionInfo(em(), author, { editionCode: draft.code, expectedVersion: draft.version, title: name('二〇二七年版', 'Edition 2027') } as never);
  const content = (await loadContents(em(), [draft.id])).get(draft.id)!;
  for (const spec of KINDS as readonly AnyKind[]) {
    const item = itemsOf(content, spec)[0];
    draft = await standard.removeItem(em(), author, spec.kind, draft.code, draft.version, spec.key(item));
    draft = await standard.saveItem(em(), author, spec, draft.code, draft.version, spec.toInput(itemData(item)));
  }
  // Through the approval workflow: returned once, resubmitted, approved by another head-office approver, published.
  const approver = new Scope(await actorFor(db.orm, 'ho_approver'));
  draft = await standard.submitEdition(em(), author, draft.code, draft.version, '请审核 please review');
  draft = await standard.returnEdition(em(), approver, draft.code, draft.version, '请补充说明 explain the change');
  draft = await standard.submitEdition(em(), author, draft.code, draft.version, '已补充 explained');
  draft = await standard.approveEdition(em(), approver, draft.code, draft.version, '同意 approved');
  await standard.publish(em(), author, draft.code, draft.version);
  // A second draft, submitted and then withdrawn by its author.
  const dropped = await standard.createDraft(em(), author, { code: 'HO-2027-10', title: name('二〇二七年十月版', 'October 2027'), basedOnCode: draft.code } as never);
  const submitted = await standard.submitEdition(em(), author, dropped.code, dropped.version, null);
  await standard.withdrawEdition(em(), author, submitted.code, submitted.version, '暂不发布 not now');
}

const READ = `query($f: AuditEventFilter) { auditEvents(first: 500, filter: $f) { totalCount nodes { occurredAt actorName operation objectType objectLabel changes redactedFields requestId unit { code } } } }`;

async function read(client: Client, operation?: string) {
  return (await client.ok(READ, { f: { from: scenarioStart.toISOString(), ...(operation ? { operation } : {}) } })).auditEvents.nodes as {
    actorName: string;
    objectLabel: string | null;
    changes: Record<string, { before?: unknown; after?: unknown }>;
    redactedFields: string[];
  }[];
}

/** Everything a Guangdong auditor may not see: codes and ids of units, users and tokens out of their sight. */
async function outOfScope() {
  const scope = new Scope(gdAuditor);
  const units = (await db.orm.em.fork().find(OrgUnit, {})).filter((u) => !scope.canReadUnit(u));
  // Users are named where their unit is in sight, the chain above included (head office's administrators act on branches).
  const users = (await db.orm.em.fork().getKnex().raw(`select a.id, a.username, u.id as unit_id, u.path from app_user a join org_unit u on u.id = a.org_unit_id`)).rows
    .filter((r: { unit_id: string; path: string }) => !scope.canReadUnit({ id: r.unit_id, path: r.path }));
  const tokens = (await db.orm.em.fork().getKnex().raw(`select t.id, t.name, u.path from api_token t join org_unit u on u.id = t.scope_unit_id`)).rows
    .filter((r: { path: string }) => !scope.inSubtree(r.path));
  return {
    names: [...units.map((u) => u.code), ...users.map((u: { username: string }) => u.username), ...tokens.map((t: { name: string }) => t.name)],
    ids: [...units.map((u) => u.id), ...users.map((u: { id: string }) => u.id), ...tokens.map((t: { id: string }) => t.id)],
  };
}

/** A name appears as a whole word (JS-SZ must not match inside JS-SZ-02, which moved into Guangdong). */
function mentions(text: string, name: string) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9_-])${escaped}($|[^A-Za-z0-9_-])`).test(text);
}

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  scenarioStart = new Date(Date.now() - 1000);
  await buildScenario();
  gd = await createGraphqlClient(db.orm, gdAuditor, security);
  ho = await createGraphqlClient(db.orm, await actorFor(db.orm, 'auditor'), security);
}, 60_000);
afterAll(async () => {
  await gd?.stop();
  await ho?.stop();
  await db?.close();
});

describe('audit rows read by a Guangdong auditor', () => {
  // Local versions' rows (subject 'layer') have their own scope test (local-version.test.ts).
  const unitOperations = Object.keys(AUDIT_OPERATIONS).filter((op) => !['standard', 'layer'].includes(AUDIT_OPERATIONS[op].subject));
  const standardOperations = Object.keys(AUDIT_OPERATIONS).filter((op) => AUDIT_OPERATIONS[op].subject === 'standard');

  it('has a scenario for every audited operation', () => {
    for (const op of unitOperations) expect(EXPECTED[op], `no scope scenario for ${op}`).toBeDefined();
    for (const op of Object.keys(EXPECTED)) expect(AUDIT_OPERATIONS[op], `${op} is not an audited operation`).toBeDefined();
  });

  it.each(unitOperations)('%s: names nothing outside Guangdong, says what it withheld, and head office reads it whole', async (op) => {
    const { names, ids } = await outOfScope();
    const mine = await read(gd, op);
    expect(mine.length, `the Guangdong auditor reads rows of ${op}`).toBeGreaterThan(0);
    const text = JSON.stringify(mine);
    for (const name of names) expect(mentions(text, name), `${op} shows ${name}`).toBe(false);
    for (const id of ids) expect(text, `${op} shows an out-of-scope id`).not.toContain(id);
    expect(text).not.toMatch(/\/[0-9a-f-]{36}\//); // no materialized path
    for (const e of mine) expect(JSON.stringify(e.changes)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // no ids at all in changes

    // Every withheld value is marked, and every marked value is listed.
    for (const e of mine) {
      const marked = [
        ...(e.actorName === REDACTED ? ['actorName'] : []),
        ...(e.objectLabel === REDACTED ? ['objectLabel'] : []),
        ...Object.entries(e.changes).filter(([, c]) => c.before === REDACTED || c.after === REDACTED).map(([f]) => `changes.${f}`),
      ];
      expect([...e.redactedFields].sort()).toEqual(marked.sort());
    }
    const redacted = mine.filter((e) => e.redactedFields.length);
    expect(redacted.length, `a row of ${op} is redacted`).toBeGreaterThan(0);
    if (EXPECTED[op] === 'subject-redacted') {
      expect(redacted.some((e) => e.redactedFields.includes('objectLabel'))).toBe(true);
    } else {
      expect(redacted.every((e) => e.objectLabel !== REDACTED)).toBe(true);
    }

    // Head office's auditor sees the same rows whole.
    const whole = await read(ho, op);
    expect(whole.length).toBeGreaterThanOrEqual(mine.length);
    for (const e of whole) expect(e.redactedFields).toEqual([]);
    expect(JSON.stringify(whole)).not.toContain(REDACTED);
  });

  it('shows where moved things came from to head office only', async () => {
    const unitMove = (rows: Awaited<ReturnType<typeof read>>) => rows.find((e) => e.objectLabel === 'JS-SZ-02')!;
    expect(unitMove(await read(gd, 'orgUnit.move')).changes.parentCode).toEqual({ before: REDACTED, after: 'GD-FS' });
    expect(unitMove(await read(ho, 'orgUnit.move')).changes.parentCode).toEqual({ before: 'JS-SZ', after: 'GD-FS' });
    const userMove = (rows: Awaited<ReturnType<typeof read>>) => rows.find((e) => e.objectLabel === 'js_clerk')!;
    expect(userMove(await read(gd, 'user.update')).changes.orgUnitCode).toEqual({ before: REDACTED, after: 'GD-FS-02' });
    expect(userMove(await read(ho, 'user.update')).changes.orgUnitCode).toEqual({ before: 'JS-SZ-01', after: 'GD-FS-02' });
    // Who acted from head office stays named: the chain above is in sight.
    expect(userMove(await read(gd, 'user.update')).actorName).toBe('admin');
    // Someone since moved out of Guangdong is not named as the actor.
    const ownChange = (await read(gd, 'user.changeOwnPassword'))[0];
    expect(ownChange.actorName).toBe(REDACTED);
    expect((await read(ho, 'user.changeOwnPassword'))[0].actorName).toBe('gd_mover');
  });

  it.each(standardOperations)('%s: kept at head office, so not listed to the Guangdong auditor', async (op) => {
    expect((await read(ho, op)).length, `head office reads rows of ${op}`).toBeGreaterThan(0);
    expect(await read(gd, op)).toEqual([]);
  });

  it('redacts rows written before paths and session ids left the snapshots', async () => {
    const em = db.orm.em.fork();
    const [jsSz, gdFs03] = await Promise.all([em.findOneOrFail(OrgUnit, { code: 'JS-SZ' }), em.findOneOrFail(OrgUnit, { code: 'GD-FS-03' })]);
    const gdFs = await em.findOneOrFail(OrgUnit, { code: 'GD-FS' });
    // An old-style move row: parents by id, and the paths.
    recordAudit(em, SYSTEM_ACTOR, {
      operation: 'orgUnit.move',
      objectType: 'OrgUnit',
      objectId: gdFs03.id,
      objectLabel: gdFs03.code,
      unitPath: gdFs03.path,
      before: { parentCode: jsSz.id, path: `${jsSz.path}${gdFs03.id}/` },
      after: { parentCode: gdFs.id, path: gdFs03.path },
    });
    await em.flush();
    for (const client of [gd, ho]) {
      const row = (await read(client, 'orgUnit.move')).find((e) => e.objectLabel === 'GD-FS-03')!;
      expect(row.changes).not.toHaveProperty('path');
      expect(row.changes.parentCode).toEqual({ before: client === gd ? REDACTED : 'JS-SZ', after: 'GD-FS' });
    }
    const signIns = JSON.stringify(await read(ho, 'user.signIn'));
    expect(signIns).not.toContain('sessionId');
  });

  it('withholds a stored row of an operation no longer listed from everyone below head office', async () => {
    const gdFs01 = await db.orm.em.fork().findOneOrFail(OrgUnit, { code: 'GD-FS-01' });
    await db.orm.em.fork().getKnex()('audit_event').insert({
      id: '01900000-0000-7000-8000-000000000001',
      actor_name: 'system',
      operation: 'orgUnit.retired',
      object_type: 'OrgUnit',
      object_id: gdFs01.id,
      object_label: 'GD-FS-01',
      unit_path: gdFs01.path,
      changes: JSON.stringify({ formerParent: { before: 'JS-SZ' } }),
    });
    const [mine] = await read(gd, 'orgUnit.retired');
    expect(mine).toMatchObject({ objectLabel: REDACTED, changes: { formerParent: { before: REDACTED } } });
    expect(mine.redactedFields).toEqual(['objectLabel', 'changes.formerParent']);
    const [whole] = await read(ho, 'orgUnit.retired');
    expect(whole).toMatchObject({ objectLabel: 'GD-FS-01', changes: { formerParent: { before: 'JS-SZ' } }, redactedFields: [] });
  });

  it('reads a page of 100 events in as many statements as a page of 3', async () => {
    const count = async (first: number) => {
      db.resetQueries();
      const page = (await gd.ok(`{ auditEvents(first: ${first}) { nodes { actorName objectLabel changes redactedFields unit { code } } } }`)).auditEvents;
      return { statements: db.queries.length, nodes: page.nodes.length, redacted: page.nodes.filter((n: { redactedFields: string[] }) => n.redactedFields.length).length };
    };
    const small = await count(3);
    const large = await count(100);
    expect(large.nodes).toBeGreaterThan(30);
    expect(large.redacted).toBeGreaterThan(10);
    expect(large.statements).toBe(small.statements);
  });
});

describe('the audit trail itself', () => {
  it('refuses to record an operation that is not listed', async () => {
    const em = db.orm.em.fork();
    expect(() =>
      recordAudit(em, SYSTEM_ACTOR, { operation: 'orgUnit.teleport', objectType: 'OrgUnit', objectId: 'x', unitPath: '/' }),
    ).toThrow(/AUDIT_OPERATIONS/);
  });

  it('refuses to record a row under another object type than its operation names, so the object-type filter finds every row', async () => {
    const em = db.orm.em.fork();
    expect(() => recordAudit(em, SYSTEM_ACTOR, { operation: 'orgUnit.close', objectType: 'User', objectId: 'x', unitPath: '/' })).toThrow(/records OrgUnit rows, not User/);
  });
});
