/**
 * The walkthrough of an outlet plan in a real browser, against the
 * real API and a freshly seeded database for this file. GD-FS-01 has no demo
 * plan.
 *
 * 1. `ho_staff` reads Foshan's numbers on the compliance dashboard first;
 * 2. `outlet_head` opens the wizard from the menu, records facts that leave
 *    the outlet short of staff, and sees each gap with the unit that set it;
 * 3. acknowledges the core rules (that gap goes as the box is ticked), adds a
 *    dated action for every other gap, rewrites one, submits, takes the plan
 *    back and submits it again;
 * 4. `t2_staff` (Foshan's approver) opens the inbox, follows the item to the
 *    review page, sees the facts, the gaps and their closing actions, and
 *    approves;
 * 5. `ho_staff` sees the outlet counted as approved on the dashboard, finds it
 *    in the plans list, and exports the list to CSV and Excel: both files hold
 *    the outlet, approved.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (see standard.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIRST_LOAD_TIMEOUT, STEP_TIMEOUT, browserSession, browserTestsEnabled } from '../support/browser';
import { csvRows, downloadFrom, xlsxRows } from '../support/downloads';

const OUTLET = 'GD-FS-01';

describe.skipIf(!browserTestsEnabled('outlet-plan-e2e'))('the outlet plan walkthrough in a browser', () => {
  const session = browserSession('outlet-plan-e2e');
  let head: Page;
  let ho: Page;
  let before: { approved: number; noPlan: number };

  const count = async (page: Page, testId: string) => Number(await page.getByTestId(testId).innerText());
  const approvedOn = async (page: Page) => (await count(page, 'compliance-compliant')) + (await count(page, 'compliance-withGaps'));
  const openDashboard = async (page: Page, unit: string) => {
    await page.goto(`${session.url}/#/compliance/${unit}`);
    await expect.poll(() => page.getByTestId('compliance-dashboard').getAttribute('data-unit'), { timeout: STEP_TIMEOUT }).toBe(unit);
  };
  const openGaps = async () => Number(await head.getByTestId('op-wizard').getAttribute('data-open-gaps'));
  const version = async () => Number(await head.getByTestId('op-wizard').getAttribute('data-version'));

  it('head office reads Foshan’s numbers before the plan', async () => {
    session.screenshotOnFailure('before');
    ho = await session.newPage();
    await session.signIn(ho, 'ho_staff');
    await openDashboard(ho, 'GD-FS');
    before = { approved: await approvedOn(ho), noPlan: await count(ho, 'compliance-noPlan') };
    expect(before.noPlan).toBeGreaterThan(0);
  });

  it('lets an outlet head record facts and see the staffing gaps with their source', async () => {
    session.screenshotOnFailure('wizard');
    head = await session.newPage();
    await session.signIn(head, 'outlet_head');
    await head.getByTestId('menu-outlet-plan').click();
    await head.getByTestId('op-facts').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    // The positions come from the outlet's standard in force, not from a list in the console, and show by name.
    const current = head.getByTestId('op-staff-OUTLET_HEAD-current');
    await current.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    const named = await head.getByTestId('op-staff-OUTLET_HEAD-name').innerText();
    expect(named).toContain('网点负责人（行长）');
    expect(named).toContain('OUTLET_HEAD');
    expect(await head.getByTestId('op-progress').getAttribute('data-value')).toBe('0');
    await head.getByTestId('op-floor-area').fill('400');
    await current.fill('0');
    // The gaps follow the typing: a draft is saved once the head pauses, and its gaps are shown on the facts step.
    const live = head.getByTestId('op-live-gaps');
    await live.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    const gapsNow = Number(await live.getAttribute('data-count'));
    expect(gapsNow).toBeGreaterThan(0);
    await current.fill('1');
    await expect.poll(async () => Number(await live.getAttribute('data-count')), { timeout: STEP_TIMEOUT }).toBeLessThan(gapsNow);
    await current.fill('0');
    await expect.poll(async () => Number(await live.getAttribute('data-count')), { timeout: STEP_TIMEOUT }).toBe(gapsNow);
    await head.getByTestId('op-next').click();
    await head.locator('[data-testid=op-gaps],[data-testid=op-error],[data-testid=op-no-gaps]').first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    expect(await head.getByTestId('op-error').count() ? await head.getByTestId('op-error').innerText() : '').toBe('');
    await head.getByTestId('op-gaps').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    // A staffing gap, with the unit that set it.
    const staffing = head.locator('[data-testid^="op-gap-outletCategories/"][data-testid*="/staffing/"]').first();
    await staffing.waitFor({ state: 'visible' });
    expect(['HO', 'GD', 'GD-FS']).toContain((await staffing.getByTestId('op-gap-source').innerText()).trim());
    const sources = await head.getByTestId('op-gap-source').allInnerTexts();
    for (const s of sources) expect(['HO', 'GD', 'GD-FS']).toContain(s.trim());
    // Facts recorded: a third of the way, and no more until the gaps are covered.
    expect(Number(await head.getByTestId('op-progress').getAttribute('data-value'))).toBe(33);
    await session.step(head, 'op-1-gaps');
  });

  it('acknowledges the core rules: their gaps go as the boxes are ticked', async () => {
    session.screenshotOnFailure('rules');
    const ruleGaps = head.locator('[data-testid^="op-gap-serviceRules/"]');
    await head.getByTestId('op-core-rules').waitFor({ state: 'visible' });
    expect(await ruleGaps.count()).toBeGreaterThan(0);
    const all = head.getByTestId('op-ack-all');
    if (await all.count()) await all.click();
    else await head.locator('[data-testid^="op-rule-"]').first().check();
    await expect.poll(() => ruleGaps.count(), { timeout: STEP_TIMEOUT }).toBe(0);
    const boxes = head.locator('[data-testid^="op-rule-"]');
    for (let i = 0; i < (await boxes.count()); i++) expect(await boxes.nth(i).isChecked()).toBe(true);
    await session.step(head, 'op-2-rules');
  });

  it('adds a dated action for each gap, rewrites one, submits, withdraws and submits again', async () => {
    session.screenshotOnFailure('actions');
    await head.getByTestId('op-next').click();
    await head.getByTestId('op-action-form').waitFor({ state: 'visible' });
    let open = await openGaps();
    expect(open).toBeGreaterThan(0);
    while (open > 0) {
      const at = await version();
      await head.getByTestId('op-action-who').fill('张伟 Zhang Wei');
      await head.getByTestId('op-action-what').fill(`整改第 ${open} 项 Close gap ${open}`);
      await head.getByTestId('op-action-expectedEffect').fill('达到标准 Meets the standard');
      await head.getByTestId('op-action-dueDate').fill('2027-06-30');
      await head.getByTestId('op-action-add').click();
      await expect.poll(version, { timeout: STEP_TIMEOUT }).toBeGreaterThan(at);
      expect(await head.getByTestId('op-error').count()).toBe(0);
      expect(await openGaps()).toBe(open - 1);
      open -= 1;
    }
    // Every gap covered: two thirds of the way.
    expect(Number(await head.getByTestId('op-progress').getAttribute('data-value'))).toBe(67);

    // Rewrite the first item: the table and the gap it closes say so.
    const at = await version();
    await head.getByTestId('op-action-edit-0').click();
    await head.getByTestId('op-action-what').fill('复核并按期完成 Recheck and finish on time');
    await head.getByTestId('op-action-add').click();
    await expect.poll(version, { timeout: STEP_TIMEOUT }).toBeGreaterThan(at);
    await head.getByTestId('op-action-row-0').getByText('Recheck and finish on time').waitFor({ state: 'visible' });
    await head.getByTestId('op-gaps').getByText('Recheck and finish on time').waitFor({ state: 'visible' });

    await head.getByTestId('op-next').click();
    await head.getByTestId('op-submit').click();
    await head.getByTestId('op-submitted').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    expect(await head.getByTestId('op-progress').getAttribute('data-value')).toBe('100');
    await session.step(head, 'op-3-submitted');

    // Taken back and sent again: the new plan keeps the action plan, so nothing is left open.
    await head.getByTestId('op-withdraw').click();
    await head.getByTestId('op-notice').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    await head.getByTestId('op-facts').waitFor({ state: 'visible' });
    await head.getByTestId('op-step-submit').click();
    await head.getByTestId('op-submit').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    await expect.poll(openGaps, { timeout: STEP_TIMEOUT }).toBe(0);
    expect(await head.getByTestId('op-status').innerText()).toContain('草稿');
    await head.getByTestId('op-submit').click();
    await head.getByTestId('op-submitted').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    expect(await head.getByTestId('op-status').innerText()).toContain('已提交');
  });

  it('the tier-two branch’s approver follows the inbox to the review page and approves', async () => {
    session.screenshotOnFailure('review');
    const t2 = await session.newPage();
    await session.signIn(t2, 't2_staff');
    await t2.getByTestId('menu-inbox').click();
    const item = t2.getByTestId(`inbox-${OUTLET}`);
    await item.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    await item.getByTestId('inbox-open').click();
    await t2.getByTestId('op-review-page').waitFor({ state: 'visible' });
    await expect.poll(() => t2.url()).toContain(`/outlet-plans/${OUTLET}/review`);
    // The plan, its gaps and what closes each, side by side.
    await t2.getByTestId('op-gaps').waitFor({ state: 'visible' });
    const closing = await t2.getByTestId('op-gap-closing').allInnerTexts();
    expect(closing.length).toBeGreaterThan(0);
    for (const c of closing) expect(c).toContain('2027-06-30');
    await t2.getByText('Recheck and finish on time').first().waitFor({ state: 'visible' });
    await t2.getByTestId('review-approve').click();
    await t2.getByTestId('review-closed').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    expect(await t2.getByTestId('op-status').innerText()).toContain('已批准');
    await session.step(t2, 'op-4-approved');
  });

  it('head office’s dashboard counts the outlet as approved', async () => {
    session.screenshotOnFailure('dashboard');
    session.track(ho);
    // The page still shows the numbers read before: load it afresh, as a user coming back would.
    await ho.reload();
    await openDashboard(ho, 'GD-FS');
    expect(await approvedOn(ho)).toBe(before.approved + 1);
    expect(await count(ho, 'compliance-noPlan')).toBe(before.noPlan - 1);
    await ho.getByTestId('compliance-outlet-list').getByText(OUTLET).waitFor({ state: 'visible' });
  });

  it('the plans list shows the outlet approved, and exports it to CSV and Excel', async () => {
    session.screenshotOnFailure('plans-list');
    await ho.getByRole('menuitem', { name: '落地方案', exact: true }).click();
    await expect.poll(() => ho.url()).toMatch(/#\/outlet-plans(\?|$)/);
    const row = ho.getByTestId(`op-list-row-${OUTLET}`);
    await row.waitFor({ state: 'visible', timeout: STEP_TIMEOUT });

    const csv = await downloadFrom(ho, ho.getByTestId('export-csv'));
    expect(csv.fileName).toBe('outlet-plans-HO.csv');
    const csvRowsRead = csvRows(csv.path);
    expect(csvRowsRead.find((r) => r.code === OUTLET)?.status).toBe('APPROVED');

    const xlsx = await downloadFrom(ho, ho.getByTestId('export-xlsx'));
    expect(xlsx.fileName).toBe('outlet-plans-HO.xlsx');
    const { headers, rows } = await xlsxRows(xlsx.path);
    expect(headers[0]).toBe('code');
    expect(rows.map((r) => r.code)).toEqual(csvRowsRead.map((r) => r.code));
    expect(rows.find((r) => r.code === OUTLET)?.status).toBe('APPROVED');

    // A row opens the plan's review page.
    await row.click();
    await ho.getByTestId('op-review-page').waitFor({ state: 'visible' });
    await expect.poll(() => ho.url()).toContain(`/outlet-plans/${OUTLET}/review`);
    await session.step(ho, 'op-5-list');
  });

  it('ran under the console’s Content Security Policy', async () => {
    await session.expectNoCspViolations();
  }, FIRST_LOAD_TIMEOUT);
});
