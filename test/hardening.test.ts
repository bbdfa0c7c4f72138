import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from './support/app.js';
import { httpClient } from './support/http.js';
import { DEMO_PASSWORD } from '../seeds/demo-identities.js';

/** Production mode with tight limits, to prove each limit bites and is configurable. */
let app: Awaited<ReturnType<typeof startTestApp>>;
let client: ReturnType<typeof httpClient>;
beforeAll(async () => {
  app = await startTestApp({ production: true, maxDepth: 4, maxCost: 300, maxAliases: 3, bodyLimit: '2kb' });
  client = httpClient(app.url);
  const login = await client.post(`mutation($p: String!) { login(username: "admin", password: $p) { token } }`, { p: DEMO_PASSWORD });
  expect(login.body.data.login.token).toBeTruthy();
});
afterAll(() => app?.stop());

describe('GraphQL hardening', () => {
  it('refuses queries deeper than the depth limit', async () => {
    const res = await client.post('{ orgUnit(code: "HO") { children { children { children { children { code } } } } } }');
    expect(res.body.errors?.[0].message).toMatch(/depth/i);
    const fine = await client.post('{ orgUnit(code: "HO") { children { code } } }');
    expect(fine.body.data.orgUnit.children.length).toBe(3);
  });

  it('refuses queries over the cost limit', async () => {
    const fields = Array.from({ length: 40 }, () => 'code name { zh en } level status city').join(' ');
    const res = await client.post(`{ orgUnits { nodes { ${fields} } } }`);
    expect(res.body.errors?.[0].message).toMatch(/cost/i);
  });

  it('refuses too many aliases', async () => {
    const res = await client.post('{ a: me { username } b: me { username } c: me { username } d: me { username } }');
    expect(res.body.errors?.[0].message).toMatch(/aliases/i);
  });

  it('turns introspection off in production', async () => {
    const res = await client.post('{ __schema { types { name } } }');
    expect(res.body.errors?.[0].message).toMatch(/introspection/i);
  });

  it('turns field suggestions off with introspection: no schema names leak through "Did you mean"', async () => {
    const field = await client.post('{ orgUnit(code: "HO") { cod } }');
    expect(field.body.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(field.body.errors?.[0].message).toBe('Cannot query field "cod" on type "OrgUnit".');
    const argument = await client.post('{ orgUnit(cod: "HO") { code } }');
    expect(argument.body.errors?.map((e: { message: string }) => e.message).join(' ')).toMatch(/Unknown argument "cod"/);
    expect(JSON.stringify([field.body, argument.body])).not.toMatch(/Did you mean/);
  });

  it('masks unexpected errors in production: no stack trace, SQL or internals', async () => {
    // A column gone from under the running app makes the database fail inside the resolver.
    await app.db.orm.em.getConnection().execute('alter table standard_edition rename column code to code_gone');
    let res: Awaited<ReturnType<typeof client.post>>;
    try {
      res = await client.post('{ standardEdition(code: "HO-2026-01") { code } }');
    } finally {
      await app.db.orm.em.getConnection().execute('alter table standard_edition rename column code_gone to code');
    }
    const error = res.body.errors?.[0];
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(error.message).toBe(`Internal server error; support can trace it with request id ${error.extensions.requestId}`);
    expect(JSON.stringify(res.body)).not.toMatch(/select|standard_edition|code_gone|stacktrace|at .*\.ts/i);
    // A cursor whose sort value has the wrong type used to reach the database; now it is the caller's error.
    const bad = Buffer.from(JSON.stringify(['not-a-number', 'x'])).toString('base64url');
    const forged = await client.post(`query($after: String) { orgUnits(after: $after, orderBy: LEVEL) { totalCount } }`, { after: bad });
    expect(forged.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', rule: 'cursor' });
    // Errors meant for the caller still come through in full.
    const input = await client.post('{ orgUnits(first: 0) { totalCount } }');
    expect(input.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('sends the security headers, HSTS included, and lets /graphql load nothing', async () => {
    const page = await fetch(`${app.url}/`);
    expect(page.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain('upgrade-insecure-requests');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const api = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ me { username } }"}' });
    expect(api.headers.get('content-security-policy')).toBe("default-src 'none';frame-ancestors 'none'");
    expect(api.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('refuses request bodies over the size limit with a clear JSON error', async () => {
    const res = await client.post(`{ orgUnit(code: "${'X'.repeat(4000)}") { code } }`);
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0].message).toMatch(/larger than the limit \(2kb\)/);
  });
});
