/**
 * What applies to an outlet, in a real browser against the real API and a
 * freshly seeded database: `outlet_head` (GD-FS-01, a large full-function
 * outlet) opens the applicable standard from their own unit's page and sees,
 * on each requirement, its value, its policy in words and its source: head
 * office, edition HO-2026-01. A value Guangdong's local version raised links
 * to that version, says what it replaced, and opens its value at every level;
 * Guangdong's own wealth-manager position is listed with its source.
 * Switching to English shows the same in English.
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
    // Head office set every requirement of the category but one: the staffing of Guangdong's own wealth-manager position.
    for (const text of await rows.locator('[data-testid="source"]').allInnerTexts()) expect(text).toMatch(/HO-2026-01|GD-2026-01/);
    const wealthManagers = row(page, 'staffing/WEALTH_MANAGER');
    expect(await wealthManagers.innerText()).toContain('理财经理');
    expect(await wealthManagers.getByTestId('source').innerText()).toContain('本地化版本 GD-2026-01');
    for (const text of await rows.locator('[data-testid="policy"]').allInnerTexts()) expect(text.trim()).not.toBe('');
    await session.step(page, 'effective-2-values');
  });

  it("links a value Guangdong's local version set to that version, says what it replaced, and shows it across levels", async () => {
    session.track(page);
    const threshold = page.getByTestId('value-customerTiers/MID_HIGH_END/assetsFrom');
    await threshold.scrollIntoViewIfNeeded();
    const source = threshold.getByTestId('source');
    expect(await source.innerText()).toContain('（GD）· 本地化版本 GD-2026-01');
    const link = source.getByTestId('source-link');
    expect(await link.getAttribute('href')).toMatch(/#\/local-versions\/[0-9a-f-]{36}\/show$/);
    // What Guangdong replaced: head office's threshold, from its edition.
    expect(await threshold.getByTestId('overrode').innerText()).toMatch(/^替换了 .*（总行 · HO-2026-01）$/);

    await threshold.getByTestId('across-levels').click();
    const dialog = page.getByTestId('across-levels-dialog');
    await dialog.waitFor({ state: 'visible' });
    await dialog.getByTestId('level-GD-FS-01').waitFor({ state: 'visible' });
    const levels = await dialog.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')));
    expect(levels).toEqual(['level-HO', 'level-GD', 'level-GD-FS', 'level-GD-FS-01']);
    expect(await dialog.getByTestId('level-HO').getByTestId('level-set-here').innerText()).toBe('本级设置');
    expect(await dialog.getByTestId('level-GD').getByTestId('level-set-here').innerText()).toBe('本级设置');
    expect(await dialog.getByTestId('level-GD-FS-01').getByTestId('level-set-here').innerText()).toBe('继承');
    const gd = await dialog.getByTestId('level-GD').getByTestId('level-value').innerText();
    expect(gd).toContain('300,000');
    expect(await dialog.getByTestId('level-GD-FS-01').getByTestId('level-value').innerText()).toBe(gd);
    expect(await dialog.getByTestId('level-HO').getByTestId('level-value').innerText()).not.toBe(gd);
    await session.step(page, 'effective-3-across-levels');
    await dialog.getByRole('button', { name: '关闭' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // Guangdong's own position, which head office's standard lacks, with its source.
    const item = page.getByTestId('local-item-positions/WEALTH_MANAGER');
    expect(await item.innerText()).toContain('理财经理');
    expect(await item.getByTestId('source').innerText()).toContain('本地化版本 GD-2026-01');
    expect(await page.getByTestId('value-positions/WEALTH_MANAGER/duties').getByTestId('source').innerText()).toContain('GD-2026-01');
    // Back to the top, where the app bar (hidden while scrolling down) shows again.
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('says the same in English', async () => {
    session.track(page);
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    const staff = row(page, 'marketingStaffMin');
    await expect.poll(() => staff.getByTestId('value').innerText()).toBe('at least 12');
    expect(await staff.getByTestId('policy').innerText()).toContain('may be raised, never lowered');
    expect(await staff.getByTestId('source').innerText()).toMatch(/\(HO\) · head-office edition HO-2026-01 · revision \d+$/);
    await session.step(page, 'effective-4-english');
  });

  it('ran under the Content Security Policy without a single violation', async () => {
    await session.expectNoCspViolations();
  });
});
