/**
 * The GraphQL-over-HTTP conformance audit of graphql-http, run against the
 * real server: every MUST passes, and the SHOULD/MAY checks it does not pass
 * are exactly the ones the README explains (section "GraphQL over HTTP
 * conformance"). A new one fails the test, and so does one that went away
 * while the README still explains it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditServer, type AuditResult } from 'graphql-http';
import { startTestApp } from './support/app.js';
import { REPO_ROOT } from '../api/src/paths.js';

let app: Awaited<ReturnType<typeof startTestApp>>;
let results: AuditResult[];
beforeAll(async () => {
  app = await startTestApp();
  // The audit sends `{ __typename }` and malformed requests only; neither needs a credential.
  results = await auditServer({ url: `${app.url}/graphql` });
});
afterAll(() => app?.stop());

/** The ids the README's conformance table lists, with the status it gives each. */
async function documented(): Promise<Map<string, string>> {
  const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^### GraphQL over HTTP conformance$/m)[1]?.split(/^#{2,3} /m)[0];
  if (!section) throw new Error('README.md has no "### GraphQL over HTTP conformance" section');
  const rows = [...section.matchAll(/^\| `([0-9A-F]{4})` \| (warn|notice) \|/gm)];
  return new Map(rows.map((m) => [m[1], m[2]]));
}

describe('graphql-http audit', () => {
  it('passes every MUST', () => {
    const errors = results.filter((r) => r.status === 'error').map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(errors).toEqual([]);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThanOrEqual(55);
  });

  it('fails only the SHOULD and MAY checks the README explains', async () => {
    const found = new Map(results.filter((r) => r.status === 'warn' || r.status === 'notice').map((r) => [r.id as string, r.status as string]));
    expect(Object.fromEntries(found)).toEqual(Object.fromEntries(await documented()));
  });
});
