import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from './support/app.js';

let app: Awaited<ReturnType<typeof startTestApp>>;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe('one port serves the API and the console', () => {
  it('answers GraphQL over HTTP at /graphql', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ orgUnit(code: "HO") { code level children { code } } }' }),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.data.orgUnit).toMatchObject({ code: 'HO', level: 'HEAD_OFFICE' });
    expect(body.data.orgUnit.children.length).toBeGreaterThanOrEqual(3);
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
