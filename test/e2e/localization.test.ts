/**
 * Localization (本地化) end to end in a real browser, against the real API and
 * a freshly seeded database for this file. The demo data give Guangdong the
 * approved GD-2026-01 (a higher mid/high-end asset threshold), and Foshan's
 * GD-FS-2026-01 (14 marketing staff in large outlets) awaiting Guangdong.
 *
 * 1. `t1_staff` (广东省分行) starts a new draft GD-2026-02, which starts as a
 *    copy of GD-2026-01, and raises the large full-function outlets'
 *    marketing-staff minimum from head office's 12 to 15; the editor shows the
 *    inherited value with its source next to the local one, and the policy in
 *    words;
 * 2. tries to lower the lobby managers' minimum below head office's and sees
 *    the refusal at that value, naming the path, the policy, the inherited
 *    value, who set it and what was entered, before anything is submitted;
 * 3. submits the draft, and opens Foshan's pending version for review;
 * 4. `ho_staff` sees GD-2026-02 in the inbox (the menu badge counts it), opens
 *    the review, sees the diff against the inherited standard and approves;
 *    the badge drops by one;
 * 5. the standard in force at the Foshan outlet GD-FS-01 now shows 15, set by
 *    广东省分行 (GD) in GD-2026-02;
 * 6. Foshan's 14 is now below what Guangdong hands down, so the approval
 *    re-based (and flagged) Foshan's version: approving it from the review
 *    `t1_staff` opened before is refused as stale, in words; reloaded, the
 *    review shows the conflict, and `t1_staff` returns it with comments,
 *    which Foshan's `t2_staff` finds in their inbox.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (see standard.test.ts).
 * Set E2E_SCREENSHOT_DIR to keep a screenshot of each step.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STEP_TIMEOUT, browserSession, browserTestsEnabled } from '../support/browser';

const DRAFT = { code: 'GD-2026-02', zh: '广东省分行网点标准本地化（2026年第2版）', en: 'Guangdong outlet standard, localized (2026, second version)' };
const RAISED = 'outletCategories/LARGE_FULL_FUNCTION/marketingStaffMin';
const OUTLET = 'GD-FS-01';
/** Foshan's demo version, submitted and awaiting Guangdong. */
const FOSHAN = 'GD-FS-2026-01';

const valueRow = (page: Page, path: string) => page.getByTestId(`lv-value-${path}`);
const badgeCount = async (page: Page) => Number((await page.getByTestId('inbox-badge').getAttribute('data-count')) || '0');

describe.skipIf(!browserTestsEnabled('localization-e2e'))('localizing the standard in a browser', () => {
  const session = browserSession('localization-e2e');
  const go = (page: Page, hashPath: string) => page.goto(`${session.url}/#${hashPath}`);
  let branch: Page;
  let headOffice: Page;
  let draftUrl = '';
  let pending: Page;

  it('lets the tier-one branch start a draft and raise a minimum, beside the inherited value and its source', async () => {
    session.screenshotOnFailure('draft');
    branch = await session.newPage();
    await session.signIn(branch, 't1_staff');
    await branch.getByRole('menuitem', { name: '本地化版本' }).click();
    // The list opens on the user's own unit: Guangdong's approved version is there.
    await branch.getByTestId('lv-list').getByText('GD-2026-01').waitFor({ state: 'visible' });
    await go(branch, '/local-versions/create');
    await expect.poll(() => branch.locator('input[name="orgUnitCode"]').inputValue()).toBe('GD');
    await branch.locator('input[name="code"]').fill(DRAFT.code);
    await branch.locator('input[name="title.zh"]').fill(DRAFT.zh);
    await branch.locator('input[name="title.en"]').fill(DRAFT.en);
    await branch.getByRole('button', { name: '保存' }).click();

    await branch.getByTestId('lv-editor').waitFor({ state: 'visible' });
    await expect.poll(() => branch.getByTestId('lv-status').innerText()).toBe('草稿');
    draftUrl = branch.url();

    const row = valueRow(branch, RAISED);
    // Inherited from head office's edition, and said so; the policy in words.
    await expect.poll(() => row.getByTestId('inherited').innerText()).toContain('不少于 12');
    expect(await row.getByTestId('inherited').innerText()).toMatch(/总行（HO）· 总行标准版本 HO-2026-01 · 修订号 \d+/);
    expect(await row.getByTestId('policy').innerText()).toContain('只可提高');
    expect(await row.getByTestId('policy').innerText()).toContain('下级可以提高，不能降低');
    // The new draft starts from Guangdong's approved version, not from nothing.
    const threshold = valueRow(branch, 'customerTiers/MID_HIGH_END/assetsFrom');
    expect(await threshold.getByTestId('local-input').inputValue()).toContain('300000');

    await row.getByTestId('local-input').fill('15');
    await row.getByTestId('local-save').click();
    await expect.poll(() => row.getAttribute('class')).toContain('Mui-selected');
    expect(await row.getByTestId('local-input').inputValue()).toBe('15');
    expect(await row.getByTestId('violation').count()).toBe(0);
    await session.step(branch, 'lv-1-raised');
  });

  it('previews the draft’s impact: the outlets whose values would change, counted and charted by branch', async () => {
    session.screenshotOnFailure('impact');
    session.track(branch);
    await branch.getByTestId('lv-impact').first().click();
    await branch.getByTestId('impact-groups').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    // Raising large outlets' marketing staff affects Guangdong's large outlets, and no others.
    const affected = Number(await branch.getByTestId('impact-outlets-affected').innerText());
    const below = Number(await branch.getByTestId('impact-outlets-below').innerText());
    expect(affected).toBeGreaterThan(0);
    expect(affected).toBeLessThan(below);
    expect(await branch.getByTestId('impact-groups').innerText()).toContain(RAISED);
    expect(await branch.locator('svg .MuiBarElement-root, svg rect').count()).toBeGreaterThan(0);
    await session.step(branch, 'lv-1b-impact');
    await branch.goto(draftUrl);
    await branch.getByTestId('lv-editor').waitFor({ state: 'visible' });
  });

  it('refuses, at the value, lowering a core minimum below what head office set', async () => {
    session.screenshotOnFailure('violation');
    session.track(branch);
    await branch.getByTestId('lv-search').fill('staffing/LOBBY_MANAGER');
    const row = branch.locator('[data-testid^="lv-value-outletCategories/LARGE_FULL_FUNCTION/staffing/LOBBY_MANAGER"]').first();
    const path = (await row.getAttribute('data-testid'))!.replace('lv-value-', '');
    expect(await row.getByTestId('policy').innerText()).toContain('只可提高');
    await row.getByTestId('local-input').fill('{"min":1,"max":3}');
    await row.getByTestId('local-save').click();
    const violation = row.getByTestId('violation');
    await violation.waitFor({ state: 'visible' });
    const message = await violation.innerText();
    expect(message).toContain(path);
    expect(message).toContain('只可提高');
    expect(message).toMatch(/由 总行（HO）· 总行标准版本 HO-2026-01 · 修订号 \d+ 设定/);
    expect(message).toMatch(/继承值 2–3 人/);
    expect(message).toMatch(/您填写的是 1–3 人$/);
    // Nothing was saved: the row is not marked changed.
    expect(await row.getAttribute('class')).not.toContain('Mui-selected');
    await session.step(branch, 'lv-2-violation');
  });

  it('submits the draft for approval', async () => {
    session.screenshotOnFailure('submit');
    session.track(branch);
    await branch.getByTestId('lv-submit').click();
    await branch.getByTestId('lv-comment').fill('大型网点客流大，营销服务人员增至15人。');
    await branch.getByTestId('lv-confirm').click();
    await expect.poll(() => branch.getByTestId('lv-status').innerText()).toBe('已提交');
    await session.step(branch, 'lv-3-submitted');

    // Foshan's version awaits Guangdong: t1_staff opens its review in another tab, and leaves it open.
    pending = await branch.context().newPage();
    await pending.goto(`${session.url}/#/inbox`);
    await pending.getByTestId(`inbox-${FOSHAN}`).getByTestId('inbox-open').click();
    const diff = pending.getByTestId(`diff-${RAISED}`);
    await expect.poll(() => diff.getByTestId('proposed').innerText()).toBe('不少于 14');
    expect(await diff.getByTestId('inherited').innerText()).toContain('不少于 12');
    expect(await diff.getByTestId('conflict').count()).toBe(0);
  });

  it('puts it in head office’s inbox, where the approver reviews the diff and approves', async () => {
    session.screenshotOnFailure('review');
    headOffice = await session.newPage();
    await session.signIn(headOffice, 'ho_staff');
    const inbox = headOffice.getByTestId('menu-inbox');
    await inbox.waitFor({ state: 'visible' });
    await expect.poll(() => badgeCount(headOffice)).toBeGreaterThanOrEqual(1);
    const before = await badgeCount(headOffice);
    await inbox.click();
    const entry = headOffice.getByTestId(`inbox-${DRAFT.code}`);
    await entry.waitFor({ state: 'visible' });
    expect(await entry.innerText()).toContain('广东省分行（GD）');
    expect(await entry.innerText()).toContain('增至15人');
    await session.step(headOffice, 'lv-4-inbox');
    await entry.getByTestId('inbox-open').click();

    const diff = headOffice.getByTestId(`diff-${RAISED}`);
    await diff.waitFor({ state: 'visible' });
    expect(await diff.getByTestId('inherited').innerText()).toContain('不少于 12');
    expect(await diff.getByTestId('inherited').innerText()).toContain('总行（HO）');
    expect(await diff.getByTestId('proposed').innerText()).toContain('不少于 15');
    expect(await diff.getByTestId('policy').innerText()).toContain('只可提高');
    // The changes carried over from GD-2026-01 are part of what is approved, so they show too.
    await headOffice.getByTestId('diff-customerTiers/MID_HIGH_END/assetsFrom').waitFor({ state: 'visible' });
    await headOffice.getByTestId('review-comment').fill('同意。');
    await session.step(headOffice, 'lv-5-review');
    await headOffice.getByTestId('review-approve').click();
    await expect.poll(() => headOffice.getByTestId('review-closed').innerText(), { timeout: STEP_TIMEOUT }).toContain('已批准');
    await expect.poll(() => badgeCount(headOffice)).toBe(before - 1);
  });

  it('shows the branch’s value, with the branch as its source, in the standard of an outlet below', async () => {
    session.screenshotOnFailure('effective');
    session.track(headOffice);
    await go(headOffice, `/standard-editions/effective/${OUTLET}`);
    const row = headOffice.getByTestId(`value-${RAISED}`);
    await expect.poll(() => row.getByTestId('value').innerText(), { timeout: STEP_TIMEOUT }).toBe('不少于 15');
    // The source's first line names who set it; the page goes on to say what it replaced.
    const source = (await row.getByTestId('source').innerText()).split('\n');
    expect(source[0]).toMatch(/^广东省分行（GD）· 本地化版本 GD-2026-02 · 修订号 \d+$/);
    await session.step(headOffice, 'lv-6-effective');

    // The branch sees its version approved too, and may no longer change it.
    session.track(branch);
    expect(branch.url()).toBe(draftUrl);
    await branch.reload();
    await expect.poll(() => branch.getByTestId('lv-status').innerText()).toBe('已批准');
    expect(await branch.getByTestId('local-save').count()).toBe(0);
  });

  it('refuses approving a version re-based since its review opened, then shows the conflict', async () => {
    session.screenshotOnFailure('stale');
    session.track(pending);
    // The tab still shows the revision it loaded, from before Guangdong's new version re-based Foshan's.
    await pending.getByTestId('review-approve').click();
    await expect.poll(() => pending.getByTestId('review-error').innerText()).toContain('审核期间该版本已被修改');
    expect(await pending.getByTestId('lv-status').innerText()).toBe('已提交');
    await session.step(pending, 'lv-7-stale');

    await pending.getByTestId('review-reload').click();
    const diff = pending.getByTestId(`diff-${RAISED}`);
    await expect.poll(() => diff.getByTestId('inherited').innerText()).toContain('不少于 15');
    expect(await diff.getByTestId('inherited').innerText()).toContain('广东省分行（GD）· 本地化版本 GD-2026-02');
    expect(await diff.getByTestId('conflict').innerText()).toContain('与现行上级标准冲突');
    expect(await diff.getByTestId('conflict').innerText()).toContain('GD-2026-02');
    await diff.getByTestId('item-comment').fill('省分行已要求不少于15人，请调整。');
    await pending.getByTestId('review-comment').fill('与省分行新版本冲突，请修改后再提交。');
    await session.step(pending, 'lv-8-conflict');
    await pending.getByTestId('review-return').click();
    await expect.poll(() => pending.getByTestId('review-closed').innerText()).toContain('已退回');
  });

  it('shows the returned version, with its comments, in the inbox of the branch that sent it', async () => {
    session.screenshotOnFailure('returned');
    const foshan = await session.newPage();
    await session.signIn(foshan, 't2_staff');
    await foshan.getByTestId('menu-inbox').click();
    const entry = foshan.getByTestId('inbox-returned').getByTestId(`inbox-${FOSHAN}`);
    await entry.waitFor({ state: 'visible' });
    expect(await entry.innerText()).toContain('与省分行新版本冲突，请修改后再提交。');
    expect(await entry.innerText()).toContain(`${RAISED}: 省分行已要求不少于15人，请调整。`);
    await entry.getByTestId('inbox-open').click();
    await foshan.getByTestId('lv-editor').waitFor({ state: 'visible' });
    await expect.poll(() => foshan.getByTestId('lv-status').innerText()).toBe('已退回');
    // The editor flags, at the value, the change that no longer fits what Guangdong now hands down.
    await expect.poll(() => valueRow(foshan, RAISED).getByTestId('conflict').innerText()).toContain('GD-2026-02');

    // The same in English: state, inherited source and policy.
    await foshan.getByRole('button', { name: '中文' }).click();
    await foshan.getByRole('menuitem', { name: 'English' }).click();
    await expect.poll(() => foshan.getByTestId('lv-status').innerText()).toBe('Returned');
    const row = valueRow(foshan, RAISED);
    await expect.poll(() => row.getByTestId('inherited').innerText()).toContain('at least 15');
    expect(await row.getByTestId('inherited').innerText()).toContain('(GD) · local version GD-2026-02');
    expect(await row.getByTestId('policy').innerText()).toContain('may be raised, never lowered');
    await session.step(foshan, 'lv-9-english');
  });

  it('ran under the Content Security Policy without a single violation', async () => {
    await session.expectNoCspViolations();
  });
});
