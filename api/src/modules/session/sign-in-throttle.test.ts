import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/db.js';
import { httpClient } from '../../../../test/support/http.js';
import { seedDemoData } from '../../seed.js';
import { DEMO_PASSWORD } from '../../../../seeds/demo-identities.js';
import { createApp } from '../../server.js';
import { initOrm, type MikroORM } from '../../db/orm.js';
import { loadSecurityConfig } from '../../config.js';
import { SignInThrottle } from './sign-in-throttle.js';

/**
 * Two API processes (two apps, each with its own ORM and connection pool) on
 * one database, behind a trusted proxy so each request can say which client
 * address it comes from. Limits are small so the tests run in seconds.
 */
const security = loadSecurityConfig({
  signInMaxFailuresPerAccountAndAddress: 3,
  signInMaxFailuresPerAddressPerDay: 8,
  signInFreeFailuresPerAccount: 2,
  signInAccountDelayBaseSeconds: 60,
  signInAccountDelayMaxSeconds: 600,
});

let db: TestDatabase;
let secondOrm: MikroORM;
const servers: { server: Server; stop(): Promise<void> }[] = [];
let urls: string[] = [];

async function serve(orm: MikroORM) {
  const { app, apollo } = await createApp({ orm, security });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({ server, stop: async () => { await new Promise((r) => server.close(r)); await apollo.stop(); } });
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

beforeAll(async () => {
  process.env.TRUST_PROXY = 'loopback';
  db = await createTestDatabase();
  await seedDemoData(db.orm);
  secondOrm = await initOrm({ url: db.url });
  urls = [await serve(db.orm), await serve(secondOrm)];
});
afterAll(async () => {
  for (const s of servers) await s.stop();
  await secondOrm?.close(true);
  await db?.close();
  delete process.env.TRUST_PROXY;
});

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;

/** A client at `address` talking to API process `process` (0 or 1). */
function from(address: string, process = 0) {
  const client = httpClient(urls[process]);
  return {
    client,
    login: async (username: string, password: string) => {
      const res = await client.post(LOGIN, { u: username, p: password }, { 'x-forwarded-for': address });
      const error = res.body.errors?.[0];
      return { token: res.body.data?.login?.token as string | undefined, code: error?.extensions?.code as string | undefined, error };
    },
    post: (query: string, variables?: Record<string, unknown>) => client.post(query, variables, { 'x-forwarded-for': address }),
  };
}

async function attempts(username: string) {
  return db.orm.em
    .getKnex()('sign_in_attempt')
    .where({ username })
    .orderBy('at')
    .select('address', 'purpose', 'outcome');
}

describe('sign-in throttling', () => {
  it('lets a user in from their own address while an attacker elsewhere hammers the account, and blocks the attacker', async () => {
    const office = from('10.1.0.1');
    expect((await office.login('admin', DEMO_PASSWORD)).token).toBeTruthy();

    const attacker = from('203.0.113.7');
    const codes = [];
    for (let i = 0; i < 6; i++) codes.push((await attacker.login('admin', `guess number ${i} for admin`)).code);
    // Three wrong guesses are answered; then this address is blocked for this account.
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
    const blocked = await attacker.login('admin', DEMO_PASSWORD);
    expect(blocked.code).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.error.extensions).toMatchObject({ field: 'password', rule: 'per-account-and-address' });
    expect(blocked.error.extensions.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(blocked.error.message).toMatch(/try again in \d+ seconds/);

    // A fresh address gets no free guesses: the account has had too many failures from strangers.
    const botnet = from('198.51.100.20');
    const delayed = await botnet.login('admin', DEMO_PASSWORD);
    expect(delayed.error.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', rule: 'account-delay' });
    expect(delayed.error.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(delayed.error.extensions.retryAfterSeconds).toBeLessThanOrEqual(60);

    // The administrator, from the address they signed in from before, is not held back, on either process.
    expect((await office.login('admin', DEMO_PASSWORD)).token).toBeTruthy();
    expect((await from('10.1.0.1', 1).login('admin', 'one typo of their own')).code).toBe('UNAUTHENTICATED');
    expect((await from('10.1.0.1', 1).login('admin', DEMO_PASSWORD)).token).toBeTruthy();
    // The block is for that account only: the attacker's address may still sign in to others.
    expect((await attacker.login('ho_staff', DEMO_PASSWORD)).token).toBeTruthy();

    const log = await attempts('admin');
    expect(log.filter((a) => a.address === '203.0.113.7').map((a) => a.outcome)).toEqual([
      'REFUSED', 'REFUSED', 'REFUSED', 'THROTTLED', 'THROTTLED', 'THROTTLED', 'THROTTLED',
    ]);
    expect(log.filter((a) => a.address === '198.51.100.20').map((a) => a.outcome)).toEqual(['THROTTLED']);
    expect(log.filter((a) => a.address === '10.1.0.1').map((a) => a.outcome)).toEqual(['ACCEPTED', 'ACCEPTED', 'REFUSED', 'ACCEPTED']);
  });

  it('limits failures per address across usernames, even for guesses sent all at once, sparing accounts at home there', async () => {
    const sharedOffice = from('203.0.113.50');
    expect((await sharedOffice.login('t2_staff', DEMO_PASSWORD)).token).toBeTruthy();
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => sharedOffice.login(`sprayed_${i}`, 'Summer-2026-password')));
    const codes = results.map((r) => r.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(8);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(4);
    // Blocked for other accounts now, the right password included, on the other process too.
    const next = await from('203.0.113.50', 1).login('auditor', DEMO_PASSWORD);
    expect(next.error.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', rule: 'per-address' });
    expect(next.error.extensions.retryAfterSeconds).toBeGreaterThan(23 * 3600);
    // …but not for the user who signs in from there, nor for anyone elsewhere.
    expect((await from('203.0.113.50', 1).login('t2_staff', DEMO_PASSWORD)).token).toBeTruthy();
    expect((await from('203.0.113.51').login('auditor', DEMO_PASSWORD)).token).toBeTruthy();
  });

  it('shares its counters between API processes', async () => {
    const one = from('192.0.2.10', 0);
    const two = from('192.0.2.10', 1);
    expect((await one.login('outlet_head', 'wrong on process one')).code).toBe('UNAUTHENTICATED');
    expect((await two.login('outlet_head', 'wrong on process two')).code).toBe('UNAUTHENTICATED');
    expect((await one.login('outlet_head', 'wrong on process one again')).code).toBe('UNAUTHENTICATED');
    const refused = await two.login('outlet_head', DEMO_PASSWORD);
    expect(refused.error.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', rule: 'per-account-and-address' });
  });

  it('throttles changeMyPassword like sign-in: wrong current passwords stop being checked', async () => {
    const me = from('10.2.0.9');
    expect((await me.login('t1_staff', DEMO_PASSWORD)).token).toBeTruthy();
    const CHANGE = `mutation($c: String!) { changeMyPassword(input: { currentPassword: $c, newPassword: "a brand new passphrase 2027" }) }`;
    const rules = [];
    for (let i = 0; i < 4; i++) rules.push((await me.post(CHANGE, { c: `not my password ${i}` })).body.errors?.[0].extensions);
    expect(rules.slice(0, 3).map((e) => `${e.field}:${e.rule}`)).toEqual(Array(3).fill('input.currentPassword:matches'));
    expect(rules[3]).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', field: 'input.currentPassword', rule: 'per-account-and-address' });
    // Even the right current password is no longer checked from here for now.
    const right = await me.post(CHANGE, { c: DEMO_PASSWORD });
    expect(right.body.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    const log = (await attempts('t1_staff')).filter((a) => a.purpose === 'PASSWORD_CHANGE').map((a) => a.outcome);
    expect(log).toEqual(['REFUSED', 'REFUSED', 'REFUSED', 'THROTTLED', 'THROTTLED']);
    // A second password check in one request is refused before it is made.
    const twice = await from('10.2.0.10').post(
      `mutation($p: String!) { a: login(username: "t1_staff", password: $p) { token } b: changeMyPassword(input: { currentPassword: $p, newPassword: "a brand new passphrase 2027" }) }`,
      { p: DEMO_PASSWORD },
    );
    expect(twice.body.errors?.map((e: any) => [e.path, e.extensions?.rule])).toEqual([[['b'], 'one-per-request']]);
  });
});

describe('the per-account delay', () => {
  it('doubles with each failure from unfamiliar addresses, up to its cap, and spares familiar ones', async () => {
    const throttle = new SignInThrottle(db.orm.em.getKnex(), {
      ...security,
      signInFreeFailuresPerAccount: 1,
      signInAccountDelayBaseSeconds: 1,
      signInAccountDelayMaxSeconds: 2,
      signInMaxFailuresPerAccountAndAddress: 100,
    });
    const refusedFor = async (address: string) => {
      try {
        await throttle.admit('password', 'delayed_user', address);
        return 0;
      } catch (err) {
        expect(err).toBeInstanceOf(GraphQLError);
        return (err as GraphQLError).extensions.retryAfterSeconds as number;
      }
    };
    await throttle.succeeded(await throttle.admit('password', 'delayed_user', '10.9.9.9'));
    await throttle.failed(await throttle.admit('password', 'delayed_user', '203.0.113.1'));
    const waits = [];
    for (let i = 0; i < 3; i++) {
      const check = await throttle.admit('password', 'delayed_user', `203.0.113.${10 + i}`);
      await throttle.failed(check);
      const wait = await refusedFor(`203.0.113.${20 + i}`);
      waits.push(wait);
      // The user's own address is never made to wait.
      expect(await refusedFor('10.9.9.9')).toBe(0);
      if (i < 2) await new Promise((r) => setTimeout(r, wait * 1000 + 50));
    }
    expect(waits).toEqual([1, 2, 2]);
  });
});
