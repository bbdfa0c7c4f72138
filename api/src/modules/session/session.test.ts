import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { actorFor, createGraphqlClient } from '../../../../test/support/graphql.js';
import { seedDemoData } from '../../seed.js';
import { DEMO_PASSWORD } from '../../../../seeds/demo-identities.js';
import { ANONYMOUS_ACTOR } from '../../shared/actor.js';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { Session } from './session.entity.js';
import { User } from '../user/user.entity.js';
import { checkPasswordPolicy, hashPassword } from '../user/password.js';
import { Violations } from '../../shared/errors.js';
import { authenticate } from './authenticate.js';
import { loadSecurityConfig } from '../../config.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoData(db.orm);
});
afterAll(() => db?.close());

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username roles } } }`;
const LOGIN_WITH_UNIT = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { user { username orgUnit { code } } } }`;

describe('passwords', () => {
  it('are stored as argon2id hashes with the OWASP parameters, never in clear', async () => {
    const row = await db.orm.em.getKnex()('app_user').where({ username: 'outlet_head' }).first();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain(DEMO_PASSWORD);
  });

  it.each([
    ['short pass', 'min-length'],
    ['x'.repeat(129), 'max-length'],
    ['passwordpassword', 'not-common'],
    ['aaaaaaaaaaaaaaaaaaaa', 'not-repetitive'],
    ['my name is outlet_head ok', 'not-username'],
  ])('refuses %j (%s) and accepts a long passphrase with spaces', (password, rule) => {
    const v = new Violations();
    checkPasswordPolicy(v, 'password', password, 'outlet_head');
    expect(v.list.map((x) => x.rule)).toContain(rule);
    const good = new Violations();
    checkPasswordPolicy(good, 'password', '窗口 开门 八点半 correct horse', 'outlet_head');
    expect(good.list).toEqual([]);
  });
});

describe('sign-in', () => {
  it('signs in with the demo password and says nothing about which part was wrong otherwise', async () => {
    const gql = await createGraphqlClient(db.orm, ANONYMOUS_ACTOR);
    const ok = await gql.ok(LOGIN, { u: 'T2_Staff ', p: DEMO_PASSWORD });
    expect(ok.login.user).toEqual({ username: 't2_staff', roles: ['BRANCH_STAFF', 'APPROVER'] });
    // The response is answered as the user just signed in, who may see their own unit.
    expect((await gql.ok(LOGIN_WITH_UNIT, { u: 'outlet_head', p: DEMO_PASSWORD })).login.user).toEqual({ username: 'outlet_head', orgUnit: { code: 'GD-FS-01' } });
    const wrongPassword = await gql.run(LOGIN, { u: 't2_staff', p: 'not the password at all' });
    const noSuchUser = await gql.run(LOGIN, { u: 'nobody_here', p: 'not the password at all' });
    expect(wrongPassword.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors?.[0].message).toBe(noSuchUser.errors?.[0].message);
    const blank = await gql.run(LOGIN, { u: ' ', p: '' });
    expect(blank.errors?.[0].extensions?.violations.map((v: any) => v.field)).toEqual(['username', 'password']);
    await gql.stop();
  });

  it('blocks an address for a user after repeated failures from it, even when the right password finally comes', async () => {
    const security = loadSecurityConfig({ signInMaxFailuresPerAccountAndAddress: 3, signInMaxFailuresPerAddressPerDay: 100 });
    const gql = await createGraphqlClient(db.orm, ANONYMOUS_ACTOR, security);
    for (let i = 0; i < 3; i++) {
      expect((await gql.run(LOGIN, { u: 'auditor', p: `wrong guess number ${i}` })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const locked = await gql.run(LOGIN, { u: 'auditor', p: DEMO_PASSWORD });
    expect(locked.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.errors?.[0].message).toMatch(/for this account from this address; try again in \d+ seconds/);
    expect(locked.errors?.[0].extensions).toMatchObject({ field: 'password', rule: 'per-account-and-address', retryAfterSeconds: 15 * 60 });
    await gql.stop();
  });

  it('throttles per address across usernames', async () => {
    const security = loadSecurityConfig({ signInMaxFailuresPerAccountAndAddress: 100, signInMaxFailuresPerAddressPerDay: 4 });
    const gql = await createGraphqlClient(db.orm, ANONYMOUS_ACTOR, security);
    // In-process requests all come from one "address"; earlier tests already failed from it.
    let last;
    for (let i = 0; i < 6; i++) last = await gql.run(LOGIN, { u: `spray_${i}`, p: 'one common password' });
    expect(last!.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(last!.errors?.[0].message).toMatch(/from this address; try again in \d+ seconds/);
    expect(last!.errors?.[0].extensions).toMatchObject({ rule: 'per-address' });
    expect(last!.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(23 * 3600);
    expect(last!.errors?.[0].extensions?.retryAt).toBeTruthy();
    await gql.stop();
  });

  it('counts aliases inside one request: a second login in the same operation is refused', async () => {
    const gql = await createGraphqlClient(db.orm, ANONYMOUS_ACTOR, loadSecurityConfig({ signInMaxFailuresPerAddressPerDay: 1000, signInMaxFailuresPerAccountAndAddress: 1000 }));
    const res = await gql.run(
      `mutation($p: String!) { a: login(username: "admin", password: $p) { token } b: login(username: "admin", password: "guess two guess two") { token } }`,
      { p: DEMO_PASSWORD },
    );
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(res.errors?.[0].path).toEqual(['b']);
    await gql.stop();
  });

  it('audits sign-in and sign-out', async () => {
    const security = loadSecurityConfig({ signInMaxFailuresPerAddressPerDay: 1000, signInMaxFailuresPerAccountAndAddress: 1000 });
    const anon = await createGraphqlClient(db.orm, ANONYMOUS_ACTOR, security);
    await anon.ok(LOGIN, { u: 'auditor', p: DEMO_PASSWORD });
    const auditor = await db.orm.em.fork().findOneOrFail(User, { username: 'auditor' });
    const signedIn = await db.orm.em.fork().find(AuditEvent, { objectId: auditor.id, operation: 'user.signIn' });
    expect(signedIn.length).toBeGreaterThan(0);
    const session = await db.orm.em.fork().findOneOrFail(Session, { user: auditor.id }, { orderBy: { createdAt: 'desc' } });
    const me = await createGraphqlClient(db.orm, { ...(await actorFor(db.orm, 'auditor')), sessionId: session.id }, security);
    expect((await me.ok(`mutation { logout }`)).logout).toBe(true);
    const signedOut = await db.orm.em.fork().findOneOrFail(AuditEvent, { objectId: auditor.id, operation: 'user.signOut' });
    // Session ids are internal: neither row keeps them (issue 7); the operation itself says what happened.
    expect(signedOut.changes).toEqual({});
    expect(JSON.stringify(signedIn.map((e) => e.changes))).not.toContain(session.id);
    expect((await db.orm.em.fork().findOneOrFail(Session, { id: session.id })).revokedAt).not.toBeNull();
    await anon.stop();
    await me.stop();
  });

  it('expires idle and old sessions', async () => {
    const security = loadSecurityConfig({ signInMaxFailuresPerAddressPerDay: 1000, signInMaxFailuresPerAccountAndAddress: 1000 });
    const gql = await createGraphqlClient(db.orm, ANONYMOUS_ACTOR, security);
    const { token } = (await gql.ok(LOGIN, { u: 'ho_staff', p: DEMO_PASSWORD })).login;
    const headers = { authorization: `Bearer ${token}` };
    const now = Date.now();
    expect((await authenticate(db.orm.em.fork(), { headers }, security, new Date(now + 60_000))).actor?.name).toBe('ho_staff');
    const idle = await authenticate(db.orm.em.fork(), { headers }, security, new Date(now + 31 * 60_000 + 60_000));
    expect(idle.error?.message).toMatch(/expired/);
    await gql.stop();
  });
});

describe('user administration', () => {
  it('creates, updates and resets users in scope, each audited with before/after and without secrets', async () => {
    const admin = await createGraphqlClient(db.orm, await actorFor(db.orm, 'admin'));
    const created = (await admin.ok(`mutation($input: CreateUserInput!) { createUser(input: $input) { id username version roles orgUnit { code } } }`, {
      input: { username: 'js_outlet', displayName: '苏州网点 周涛', orgUnitCode: 'JS-SZ-02', roles: ['OUTLET_HEAD'], password: 'a long enough passphrase 2026' },
    })).createUser;
    expect(created.orgUnit.code).toBe('JS-SZ-02');

    const refused = await admin.run(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { username: 'X', displayName: '', orgUnitCode: 'JS-SZ-02', roles: ['STANDARDS_AUTHOR'], password: 'short' },
    });
    const rules = refused.errors?.[0].extensions?.violations.map((v: any) => `${v.field}:${v.rule}`);
    expect(rules).toEqual(expect.arrayContaining(['input.username:format', 'input.displayName:required', 'input.roles:role-level', 'input.password:min-length']));

    const updated = (await admin.ok(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { status version } }`, {
      input: { username: 'js_outlet', expectedVersion: created.version, status: 'DISABLED' },
    })).updateUser;
    expect(updated.status).toBe('DISABLED');
    await admin.ok(`mutation { setUserPassword(input: { username: "js_outlet", newPassword: "another long passphrase 2027" }) { id } }`);

    const events = await db.orm.em.fork().find(AuditEvent, { objectId: created.id }, { orderBy: { occurredAt: 'asc' } });
    expect(events.map((e) => e.operation)).toEqual(['user.create', 'user.update', 'user.setPassword']);
    expect(events[0].changes.orgUnitCode).toEqual({ after: 'JS-SZ-02' });
    expect(events[1].changes).toEqual({ status: { before: 'ACTIVE', after: 'DISABLED' } });
    expect(JSON.stringify(events)).not.toMatch(/argon2|passphrase/);
    await admin.stop();
  });

  it('lets a user change their own password, which ends their other sessions', async () => {
    const anon = await createGraphqlClient(db.orm, ANONYMOUS_ACTOR, loadSecurityConfig({ signInMaxFailuresPerAddressPerDay: 1000, signInMaxFailuresPerAccountAndAddress: 1000 }));
    await anon.ok(LOGIN, { u: 't1_staff', p: DEMO_PASSWORD });
    const me = await createGraphqlClient(db.orm, await actorFor(db.orm, 't1_staff'));
    const wrong = await me.run(`mutation { changeMyPassword(input: { currentPassword: "not it at all", newPassword: "brand new passphrase here" }) }`);
    expect(wrong.errors?.[0].extensions).toMatchObject({ field: 'input.currentPassword', rule: 'matches' });
    expect((await me.ok(`mutation($p: String!) { changeMyPassword(input: { currentPassword: $p, newPassword: "brand new passphrase here" }) }`, { p: DEMO_PASSWORD })).changeMyPassword).toBe(true);
    const user = await db.orm.em.fork().findOneOrFail(User, { username: 't1_staff' });
    expect(await db.orm.em.fork().count(Session, { user: user.id, revokedAt: null })).toBe(0);
    // Put the demo password back for other tests' sake.
    await db.orm.em.getKnex()('app_user').where({ id: user.id }).update({ password_hash: await hashPassword(DEMO_PASSWORD) });
    await anon.stop();
    await me.stop();
  });

  it('keeps administrators inside their subtree and lists users in scope only', async () => {
    const admin = await createGraphqlClient(db.orm, await actorFor(db.orm, 'admin'));
    await admin.ok(`mutation { createUser(input: { username: "gd_admin", displayName: "广东管理员", orgUnitCode: "GD", roles: [ADMIN], password: "guangdong admin passphrase" }) { id } }`);
    const gdAdmin = await createGraphqlClient(db.orm, await actorFor(db.orm, 'gd_admin'));
    const outside = await gdAdmin.run(`mutation { createUser(input: { username: "js_staff", displayName: "江苏", orgUnitCode: "JS", roles: [BRANCH_STAFF], password: "jiangsu staff passphrase" }) { id } }`);
    expect(outside.errors?.[0].extensions?.violations).toContainEqual(expect.objectContaining({ field: 'input.orgUnitCode', rule: 'exists' }));
    const listed = (await gdAdmin.ok(`{ users(first: 50) { totalCount nodes { username orgUnit { code } } } }`)).users;
    expect(listed.nodes.map((u: any) => u.username).sort()).toEqual(['gd_admin', 'outlet_head', 't1_staff', 't2_staff']);
    expect(listed.totalCount).toBe(4);
    await gdAdmin.stop();
    await admin.stop();
  });
});
