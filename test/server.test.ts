import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from './support/app.js';
import { httpClient } from './support/http.js';
import { DEMO_API_TOKEN, DEMO_PASSWORD } from '../seeds/demo-identities.js';

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username } } }`;
const TREE = '{ orgUnit(code: "HO") { code level children { code } } }';

describe('one port serves the API and the console', () => {
  it('refuses GraphQL without credentials, then answers after sign-in with an httpOnly SameSite cookie', async () => {
    const client = httpClient(app.url);
    const anonymous = await client.post(TREE);
    expect(anonymous.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');

    const login = await client.post(LOGIN, { u: 'ho_staff', p: DEMO_PASSWORD });
    expect(login.body.data.login.user.username).toBe('ho_staff');
    expect(login.setCookie).toMatch(/HttpOnly/i);
    expect(login.setCookie).toMatch(/SameSite=Strict/i);

    const tree = await client.post(TREE);
    expect(tree.body.data.orgUnit).toMatchObject({ code: 'HO', level: 'HEAD_OFFICE' });
    expect(tree.body.data.orgUnit.children.length).toBeGreaterThanOrEqual(3);

    // The token works as a bearer credential too, without the cookie.
    const bearer = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${login.body.data.login.token}` },
      body: JSON.stringify({ query: '{ me { username roles orgUnit { code level } } }' }),
    });
    expect((await bearer.json()).data.me).toEqual({ username: 'ho_staff', roles: ['STANDARDS_AUTHOR', 'APPROVER'], orgUnit: { code: 'HO', level: 'HEAD_OFFICE' } });

    const logout = await client.post('mutation { logout }');
    expect(logout.body.data.logout).toBe(true);
    const after = await client.post(TREE, undefined, { cookie: `ost_session=${login.body.data.login.token}` });
    expect(after.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(after.body.errors?.[0].message).toMatch(/session has ended/);
  });

  it('gives clear errors for malformed credentials instead of crashing', async () => {
    const client = httpClient(app.url);
    for (const authorization of ['Bearer', 'Basic abc', 'Bearer short', 'Bearer ' + 'x'.repeat(300), 'Bearer ost_' + 'A'.repeat(40)]) {
      const res = await client.post(TREE, undefined, { authorization });
      expect(res.status).toBeLessThan(500);
      expect(res.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(res.body.errors?.[0].message).toMatch(/Authorization header|not known/);
    }
    const badCookie = await client.post(TREE, undefined, { cookie: 'ost_session=%%%' });
    expect(badCookie.body.errors?.[0].message).toMatch(/session cookie is malformed/);
  });

  it('serves the console at /', async () => {
    const res = await fetch(`${app.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root"');
  });

  it('keeps CSRF prevention on: a simple cross-site GET query is refused', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ orgUnit(code: "HO") { code } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });
});

describe('security headers (development mode)', () => {
  it('sends the console a strict CSP, no framing, nosniff and no referrer, and no HSTS outside production', async () => {
    const res = await fetch(`${app.url}/`);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp.split(';')).toEqual(expect.arrayContaining([
      "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "object-src 'none'", "frame-ancestors 'none'",
    ]));
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('leaves the development landing page at /graphql its own CSP, but still forbids framing it', async () => {
    const res = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).toMatch(/<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-/);
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'none';object-src 'none';base-uri 'self'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('credentials', () => {
  const ME = '{ me { username } }';

  it('accepts only session tokens in the session cookie: an API token there is refused', async () => {
    const client = httpClient(app.url);
    const asBearer = await client.post(ME, undefined, { authorization: `Bearer ${DEMO_API_TOKEN.token}` });
    expect(asBearer.body.errors).toBeUndefined();
    const asCookie = await client.post(ME, undefined, { cookie: `ost_session=${DEMO_API_TOKEN.token}` });
    expect(asCookie.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(asCookie.body.errors?.[0].message).toMatch(/session cookie carries an API token/);
    expect(asCookie.body.data).toBeNull();
  });

  it('stops a token when the unit it is scoped to closes, as it stops that unit\'s users', async () => {
    const admin = httpClient(app.url);
    await admin.post(LOGIN, { u: 'admin', p: DEMO_PASSWORD });
    // GD-FS-03 is a leaf outlet: it can close without closing anything below it first.
    const issued = await admin.post(
      `mutation($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token } }`,
      { input: { name: 'Foshan outlet 03 kiosk', system: 'QUEUE_MANAGEMENT', scopeUnitCode: 'GD-FS-03', expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
    );
    const token: string = issued.body.data.issueApiToken.token;
    const bearer = { authorization: `Bearer ${token}` };
    const before = await httpClient(app.url).post('{ orgUnit(code: "GD-FS-03") { code status } }', undefined, bearer);
    expect(before.body.data.orgUnit).toEqual({ code: 'GD-FS-03', status: 'OPEN' });

    const { version } = (await admin.post('{ orgUnit(code: "GD-FS-03") { version } }')).body.data.orgUnit;
    const closed = await admin.post(`mutation($v: Int!) { closeOrgUnit(input: { code: "GD-FS-03", expectedVersion: $v }) { status } }`, { v: version });
    expect(closed.body.data.closeOrgUnit.status).toBe('CLOSED');

    const after = await httpClient(app.url).post(ME, undefined, bearer);
    expect(after.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(after.body.errors?.[0].message).toBe('this API token is scoped to GD-FS-03, which is closed');
    // And no new token can be issued for the closed unit.
    const reissue = await admin.post(
      `mutation($input: IssueApiTokenInput!) { issueApiToken(input: $input) { token } }`,
      { input: { name: 'again', system: 'QUEUE_MANAGEMENT', scopeUnitCode: 'GD-FS-03', expiresAt: new Date(Date.now() + 86_400_000).toISOString() } },
    );
    expect(reissue.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.scopeUnitCode', rule: 'open' });
  });
});
