import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from './support/app.js';
import { httpClient } from './support/http.js';
import { actorFor, createGraphqlClient } from './support/graphql.js';
import { createLogger } from '../api/src/shared/log.js';
import { DEMO_PASSWORD } from '../seeds/demo-identities.js';

/**
 * Development mode (the default), where errors used to carry SQL and stack
 * traces to the caller. The server's log is recorded line by line.
 */
const logLines: Record<string, any>[] = [];
const logger = createLogger({ write: (line: string) => void logLines.push(JSON.parse(line)) }, 'info');
let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  app = await startTestApp({}, { logger });
});
afterAll(() => app?.stop());

const execute = (sql: string) => app.db.orm.em.getConnection().execute(sql);

describe('unexpected errors are masked in every mode', () => {
  it('gives the caller only a request id, and logs the details under that id', async () => {
    const client = httpClient(app.url);
    const login = await client.post(`mutation($p: String!) { login(username: "ho_staff", password: $p) { token } }`, { p: DEMO_PASSWORD });
    const sessionToken: string = login.body.data.login.token;

    // A column gone from under the running app makes the resolver's SQL fail.
    await execute('alter table standard_edition rename column code to code_gone');
    let res: Response;
    try {
      res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: client.cookie! },
        body: JSON.stringify({ query: 'query EditionTitle { standardEdition(code: "HO-2026-01") { code title { zh } } }' }),
      });
    } finally {
      await execute('alter table standard_edition rename column code_gone to code');
    }
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const body = await res.json();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toEqual({
      message: `Internal server error; support can trace it with request id ${requestId}`,
      path: ['standardEdition'],
      locations: expect.any(Array),
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    });
    expect(JSON.stringify(body)).not.toMatch(/select|standard_edition|code_gone|stacktrace|\.ts:\d/i);

    // The log line under the same id has what support needs.
    const logged = logLines.filter((line) => line.requestId === requestId);
    const failure = logged.find((line) => line.msg === 'unexpected error');
    expect(failure).toMatchObject({ level: 50, actor: 'ho_staff', operation: 'EditionTitle', path: ['standardEdition'] });
    expect(failure!.err.message).toMatch(/select .*standard_edition/);
    expect(failure!.err.stack).toMatch(/\n\s+at /);
    expect(logged.find((line) => line.msg === 'request')).toMatchObject({ method: 'POST', url: '/graphql', status: 200, actor: 'ho_staff' });

    // Credentials never reach the log, though sign-in and the failure are both in it.
    const everything = JSON.stringify(logLines);
    expect(everything).not.toContain(DEMO_PASSWORD);
    expect(everything).not.toContain(sessionToken);
  });

  it('answers every request with its own request id, also for the console and refusals', async () => {
    const ids = new Set<string>();
    for (const path of ['/', '/healthz', '/graphql']) {
      const res = await fetch(`${app.url}${path}`, path === '/graphql'
        ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { username } }"}' }
        : {});
      const id = res.headers.get('x-request-id');
      expect(id, path).toMatch(/^[0-9a-f-]{36}$/);
      ids.add(id!);
      expect(logLines.some((line) => line.requestId === id && line.msg === 'request' && line.url === path)).toBe(true);
    }
    expect(ids.size).toBe(3);
  });

  it('still suggests field names in development, where introspection is on anyway', async () => {
    const res = await httpClient(app.url).post('{ orgUnit(code: "HO") { cod } }');
    expect(res.body.errors?.[0].message).toMatch(/Did you mean "code"/);
  });
});

describe('uniqueness refusals to a scoped administrator', () => {
  const CREATE_UNIT = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { code } }`;
  const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { username } }`;

  it('say a code or username is in use, the same way inside and outside scope, and nothing more', async () => {
    const admin = await createGraphqlClient(app.db.orm, await actorFor(app.db.orm, 'admin'));
    await admin.ok(`mutation { createUser(input: { username: "gd_admin", displayName: "广东管理员", orgUnitCode: "GD", roles: [ADMIN], password: "guangdong admin passphrase" }) { username } }`);
    await admin.stop();
    const gdAdmin = await createGraphqlClient(app.db.orm, await actorFor(app.db.orm, 'gd_admin'));

    const unit = (code: string) => ({ code, level: 'OUTLET', parentCode: 'GD-FS', name: { zh: '测试网点', en: 'Test outlet' } });
    // JS is the Jiangsu branch, invisible to a Guangdong administrator; GD-FS-02 is one of their own outlets.
    expect((await gdAdmin.ok(`{ orgUnit(code: "JS") { code } }`)).orgUnit).toBeNull();
    const outside = (await gdAdmin.run(CREATE_UNIT, { input: unit('JS') })).errors![0];
    const inside = (await gdAdmin.run(CREATE_UNIT, { input: unit('GD-FS-02') })).errors![0];
    expect(outside.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code', rule: 'unique' });
    expect(outside.extensions!.violations).toHaveLength(1);
    expect(outside.message).toBe('input.code: code "JS" is already in use in the bank; codes are unique bank-wide, choose another');
    expect(inside.message.replace('GD-FS-02', 'JS')).toBe(outside.message);
    expect(inside.extensions).toEqual({ ...outside.extensions, violations: [{ ...outside.extensions!.violations[0], message: expect.any(String) }] });
    // A free code goes through: the refusal is about the code alone.
    expect((await gdAdmin.ok(CREATE_UNIT, { input: unit('GD-FS-NEW') })).createOrgUnit.code).toBe('GD-FS-NEW');

    const user = (username: string) => ({ username, displayName: '测试', orgUnitCode: 'GD-FS', roles: ['BRANCH_STAFF'], password: 'a long enough passphrase 2026' });
    // auditor sits at head office, out of a Guangdong administrator's reach; t2_staff is in Foshan.
    const userOutside = (await gdAdmin.run(CREATE_USER, { input: user('auditor') })).errors![0];
    const userInside = (await gdAdmin.run(CREATE_USER, { input: user('t2_staff') })).errors![0];
    expect(userOutside.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.username', rule: 'unique' });
    expect(userOutside.message).toBe('input.username: username "auditor" is already in use in the bank; usernames are unique bank-wide, choose another');
    expect(userInside.message.replace('t2_staff', 'auditor')).toBe(userOutside.message);
    await gdAdmin.stop();
  });
});
