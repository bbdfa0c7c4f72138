/**
 * The audit log in a real browser for a Guangdong auditor (issue 7): an outlet
 * moved from Suzhou into Foshan shows its new parent, while where it came from
 * reads "outside your scope" and the row says something was withheld.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (see test/support/browser.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, FIRST_LOAD_TIMEOUT, browserSession, browserTestsEnabled } from '../support/browser';
import { httpClient } from '../support/http';

const AUDITOR = { username: 'gd_auditor_e2e', password: 'Guangdong-Audit-Passphrase-2026' };

describe.skipIf(!browserTestsEnabled('audit-redaction-e2e'))('audit log of a branch auditor in a browser', () => {
  const session = browserSession('audit-redaction-e2e');

  beforeAll(async () => {
    const admin = httpClient(session.url);
    const ok = async (query: string, variables?: Record<string, unknown>) => {
      const res = await admin.post(query, variables);
      if (res.body.errors?.length) throw new Error(JSON.stringify(res.body.errors));
      return res.body.data;
    };
    await ok(`mutation($p: String!) { login(username: "admin", password: $p) { token } }`, { p: DEMO_PASSWORD });
    await ok(`mutation($i: CreateUserInput!) { createUser(input: $i) { username } }`, {
      i: { username: AUDITOR.username, displayName: '广东审计 (Guangdong audit)', orgUnitCode: 'GD', roles: ['AUDITOR'], password: AUDITOR.password },
    });
    const { version } = (await ok(`{ orgUnit(code: "JS-SZ-02") { version } }`)).orgUnit;
    await ok(`mutation($i: MoveOrgUnitInput!) { moveOrgUnit(input: $i) { code } }`, { i: { code: 'JS-SZ-02', expectedVersion: version, newParentCode: 'GD-FS' } });
  });

  it('shows the move into Guangdong with its old parent withheld', async () => {
    session.screenshotOnFailure('moved-outlet');
    const page = await session.newPage();
    await page.goto(session.url, { waitUntil: 'domcontentloaded', timeout: FIRST_LOAD_TIMEOUT });
    const username = page.locator('input[name="username"]');
    await username.waitFor({ state: 'visible', timeout: FIRST_LOAD_TIMEOUT });
    await username.fill(AUDITOR.username);
    await page.locator('input[name="password"]').fill(AUDITOR.password);
    await page.getByTestId('login-submit').click();
    await page.getByRole('menuitem', { name: '审计日志', exact: true }).click({ timeout: FIRST_LOAD_TIMEOUT });

    // the move is listed under the outlet's code (the auditor's own sign-in is newer)
    const moveRow = page.locator('tbody tr', { hasText: 'JS-SZ-02' }).first();
    await moveRow.waitFor({ state: 'visible' });
    expect(await moveRow.innerText()).toContain('调整隶属关系');
    await moveRow.click();
    const changes = page.locator('[data-testid^="audit-changes-"]').first();
    await changes.waitFor({ state: 'visible' });
    const text = await changes.innerText();
    expect(text).toContain('GD-FS');
    expect(text).toContain('超出您的权限范围');
    expect(text).not.toMatch(/JS-SZ(?!-02)/);
    await page.getByTestId('audit-redacted-note').waitFor({ state: 'visible' });
    await session.step(page, 'moved-outlet');
  });
});
