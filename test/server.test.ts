import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from './support/app.js';
import { httpClient } from './support/http.js';
import { DEMO_PASSWORD } from '../seeds/demo-identities.js';

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
