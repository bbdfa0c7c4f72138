/**
 * What applies to an outlet, in a real browser against the real API and a
 * freshly seeded database: `outlet_head` (GD-FS-01, a large full-function
 * outlet) opens the applicable standard from their own unit's page and sees,
 * on each requirement, its value, its policy in words and its source: head
 * office, edition HO-2026-01. Switching to English shows the same in English.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (see standard.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, browserTestsEnabled } from '../support/browser';

const OUTLET = 'GD-FS-01';
const CATEGORY = 'LARGE_FULL_FUNCTION';
const row = (page: Page, path: string) => page.getByTestId(`value-outletCategories/${CATEGORY}/${path}`);

describe.skipIf(!browserTestsEnabled('effective-e2e'))('the applicable standard in a browser', () => {
  const session = browserSession('effective-e2e');
  let page: Page;

  it("lets the outlet head open what applies to their outlet from the outlet's page", async () => {
    session.screenshotOnFailure('open');
    page = await session.newPage();
    await session.signIn(page, 'outlet_head');
    await page.goto(`${session.url}/#/org-units/${OUTLET}/show`);
    await page.getByTestId('applicable-standard').click();
    await expect.poll(() => page.url()).toContain(`/effective/${OUTLET}`);
    await page.getByTestId('effective-values').waitFor({ state: 'visible' });
    await expect.poll(() => page.getByTestId('effective-layers').innerText()).toContain('总行（HO）· 总行标准版本 HO-2026-01');
    await session.step(page, 'effective-1-open');
  });

  it('shows on each value its policy in words and its source', async () => {
    session.track(page);
    const staff = row(page, 'marketingStaffMin');
    expect(await staff.getByTestId('value').innerText()).toBe('不少于 12');
    expect(await staff.getByTestId('policy').innerText()).toContain('只可提高');
    expect(await staff.getByTestId('policy').innerText()).toContain('下级可以提高，不能降低');
    expect(await staff.getByTestId('source').innerText()).toMatch(/^总行（HO）· 总行标准版本 HO-2026-01 · 修订号 \d+$/);

    // A keyed entry: the lobby managers' staffing, and a zone the category must have.
    expect(await row(page, 'staffing/LOBBY_MANAGER').getByTestId('value').innerText()).toContain('2');
    expect(await row(page, 'zones/SUPPORT').getByTestId('policy').innerText()).toContain('锁定');
    // Every row names its policy and its source; none is left blank.
    const rows = page.getByTestId('effective-values').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(15);
    for (const text of await rows.locator('[data-testid="source"]').allInnerTexts()) expect(text).toContain('HO-2026-01');
    for (const text of await rows.locator('[data-testid="policy"]').allInnerTexts()) expect(text.trim()).not.toBe('');
    await session.step(page, 'effective-2-values');
  });

  it('says the same in English', async () => {
    session.track(page);
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    const staff = row(page, 'marketingStaffMin');
    await expect.poll(() => staff.getByTestId('value').innerText()).toBe('at least 12');
    expect(await staff.getByTestId('policy').innerText()).toContain('may be raised, never lowered');
    expect(await staff.getByTestId('source').innerText()).toMatch(/\(HO\) · head-office edition HO-2026-01 · revision \d+$/);
    await session.step(page, 'effective-3-english');
  });

  it('ran under the Content Security Policy without a single violation', async () => {
    await session.expectNoCspViolations();
  });
});
