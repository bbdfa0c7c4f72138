/**
 * Rollouts (推广) end to end in a real browser, against the real API and a
 * freshly seeded database for this file. The demo rollout RO-2026-01 is
 * dated around the seeding day: design, pilot and improvement have ended,
 * acceptance is under way; Guangdong's localization is approved, Jiangsu's
 * awaits head office.
 *
 * 1. `t1_staff` (广东省分行) opens the rollout from the menu, sees head
 *    office's timeline with the ended phases flagged late, and starts a new
 *    draft of Guangdong's localization from the approved one;
 * 2. moves the acceptance start before head office's and saves: the refusal
 *    appears under that phase's dates, naming the phase and head office's
 *    range; moves it inside and saves; submits;
 * 3. `ho_staff` opens it from the inbox (beside Jiangsu's, by unit) and
 *    approves with a comment;
 * 4. Guangdong's timeline shows the approved acceptance dates, set by GD;
 * 5. `ho_staff` edits the rollout from its show page: an acceptance end
 *    before Guangdong's approved one is refused under the acceptance phase;
 *    a later one is saved and head office's timeline shows it.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (see standard.test.ts).
 * Set E2E_SCREENSHOT_DIR to keep a screenshot of each step.
 */
import { describe, expect, it } from 'vitest';
import { STEP_TIMEOUT, browserSession, browserTestsEnabled } from '../support/browser';
import { DEMO_ROLLOUT_CODE, demoRollout } from '../../seeds/rollouts';

const dayAfter = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!browserTestsEnabled('rollout-e2e'))('a rollout in a browser', () => {
  const session = browserSession('rollout-e2e');
  // The seeder dates the demo around the day it runs: this file's database is seeded today.
  const demo = demoRollout(new Date().toISOString().slice(0, 10));
  const ho = Object.fromEntries(demo.phases.map((p) => [p.phase, p]));
  const gdAcceptance = demo.plans.find((p) => p.unitCode === 'GD')!.phases!.find((p) => p.phase === 'ACCEPTANCE')!;
  const NEW_START = dayAfter(ho.ACCEPTANCE.start, 2);

  it('lets Guangdong re-date its localization inside head office’s phases and submit it', async () => {
    session.screenshotOnFailure('branch');
    const branch = await session.newPage();
    await session.signIn(branch, 't1_staff');
    await branch.locator('a[href="#/rollouts"]').first().click();
    await branch.getByTestId('ro-list').getByText(DEMO_ROLLOUT_CODE).click();
    await branch.getByTestId('ro-gantt-ho').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    expect(await branch.getByTestId('ro-gantt-ho-PILOT').getAttribute('data-late')).toBe('true');
    expect(await branch.getByTestId('ro-gantt-ho-PILOT-late').innerText()).toBe('逾期');
    expect(await branch.getByTestId('ro-gantt-ho-PROMOTION').getAttribute('data-late')).toBe('false');
    // Guangdong's own plan opens by default: approved, with its acceptance dates in force.
    await expect.poll(() => branch.getByTestId('ro-plan-state').innerText()).toContain('已批准');
    expect(await branch.getByTestId('ro-gantt-unit-ACCEPTANCE-dates').innerText()).toBe(`${gdAcceptance.start} ~ ${gdAcceptance.end}`);
    await session.step(branch, 'ro-1-show');

    await branch.getByTestId('ro-edit').click();
    // Guangdong's pilot pick is shown by name in the picker (its options: head office's pilots in Guangdong).
    await expect.poll(() => branch.getByTestId('ro-pilots-chip-GD-FS').innerText()).toBe('佛山分行 (GD-FS)');
    expect(await branch.getByTestId('ro-parent-range-ACCEPTANCE').innerText()).toContain(`${ho.ACCEPTANCE.start} ~ ${ho.ACCEPTANCE.end}`);
    expect(await branch.getByTestId('ro-phase-ACCEPTANCE-start').inputValue()).toBe(gdAcceptance.start);
    await branch.getByTestId('ro-phase-ACCEPTANCE-start').fill(dayAfter(ho.ACCEPTANCE.start, -3));
    await branch.getByTestId('ro-save').click();
    const refusal = branch.getByTestId('ro-phase-error-ACCEPTANCE');
    await refusal.waitFor({ state: 'visible' });
    expect(await refusal.innerText()).toContain('验收');
    expect(await refusal.innerText()).toContain(`head office's ACCEPTANCE ${ho.ACCEPTANCE.start}–${ho.ACCEPTANCE.end}`);
    await session.step(branch, 'ro-2-refused');

    await branch.getByTestId('ro-phase-ACCEPTANCE-start').fill(NEW_START);
    await branch.getByTestId('ro-save').click();
    await expect.poll(() => branch.getByTestId('ro-plan-state').innerText()).toContain('草稿');
    expect(await branch.getByTestId('ro-own-phase-ACCEPTANCE').innerText()).toContain(`${NEW_START} ~ ${gdAcceptance.end}`);
    await branch.getByTestId('ro-submit').click();
    await branch.getByTestId('ro-confirm').click();
    await expect.poll(() => branch.getByTestId('ro-plan-state').innerText()).toContain('已提交');
    // Drafts never count: the timeline still shows the approved dates.
    expect(await branch.getByTestId('ro-gantt-unit-ACCEPTANCE-dates').innerText()).toBe(`${gdAcceptance.start} ~ ${gdAcceptance.end}`);
    await session.step(branch, 'ro-3-submitted');
  });

  it('lets head office approve it from the inbox, and the timeline shows the approved dates', async () => {
    session.screenshotOnFailure('approver');
    const approver = await session.newPage();
    await session.signIn(approver, 'ho_staff');
    await approver.getByTestId('menu-inbox').click();
    const rows = approver.getByTestId('inbox-awaiting').locator('tr[data-subject-type="ROLLOUT_PLAN"]');
    await rows.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    expect(await rows.count()).toBe(2); // Guangdong's and Jiangsu's
    await rows.filter({ hasText: '广东省分行' }).getByTestId('inbox-open').click();
    await expect.poll(() => approver.getByTestId('ro-plan-state').innerText()).toContain('已提交');
    expect(await approver.getByTestId('ro-own-phase-ACCEPTANCE').innerText()).toContain(`${NEW_START} ~ ${gdAcceptance.end}`);
    await approver.getByTestId('ro-approve').click();
    await approver.getByTestId('ro-comment').fill('同意调整验收开始日期');
    await approver.getByTestId('ro-confirm').click();
    await expect.poll(() => approver.getByTestId('ro-plan-state').innerText()).toContain('已批准');
    await expect.poll(() => approver.getByTestId('ro-gantt-unit-ACCEPTANCE-dates').innerText()).toBe(`${NEW_START} ~ ${gdAcceptance.end}`);
    expect(await approver.getByTestId('ro-gantt-unit-ACCEPTANCE').innerText()).toContain('设定：GD');
    expect(await approver.getByTestId('ro-plan-GD-state').innerText()).toBe('已批准');
    await session.step(approver, 'ro-4-approved');
  });

  it('lets head office re-date acceptance from the show page, never cutting into Guangdong’s approved plan', async () => {
    session.screenshotOnFailure('head-office');
    const page = await session.newPage();
    await session.signIn(page, 'ho_staff');
    await page.goto(`${session.url}/#/rollouts/${DEMO_ROLLOUT_CODE}/show`);
    await page.getByTestId('ro-edit-rollout').click();
    // The pilots are shown by name, not just code (the names arrive after the dialog opens).
    await page.getByTestId('ro-ho-pilots-chip-GD-FS').filter({ hasText: '佛山分行' }).waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
    expect(await page.getByTestId('ro-ho-phase-ACCEPTANCE-end').inputValue()).toBe(ho.ACCEPTANCE.end);
    await page.getByTestId('ro-ho-phase-ACCEPTANCE-end').fill(dayAfter(gdAcceptance.end, -1));
    await page.getByTestId('ro-rollout-save').click();
    const refusal = page.getByTestId('ro-ho-phase-error-ACCEPTANCE');
    await refusal.waitFor({ state: 'visible' });
    expect(await refusal.innerText()).toContain('验收');
    expect(await refusal.innerText()).toContain("GD's approved ACCEPTANCE");
    await session.step(page, 'ro-5-refused');

    const later = dayAfter(gdAcceptance.end, 2);
    await page.getByTestId('ro-ho-phase-ACCEPTANCE-end').fill(later);
    await page.getByTestId('ro-rollout-save').click();
    await expect.poll(() => page.getByTestId('ro-gantt-ho-ACCEPTANCE-dates').innerText()).toBe(`${ho.ACCEPTANCE.start} ~ ${later}`);
    expect(await page.getByTestId('ro-rollout-editor').count()).toBe(0);
    await session.step(page, 'ro-6-edited');

    // Launching another: the form names the edition it will roll out, and pilots are found by name.
    const edition = await page.getByTestId('ro-edition-code').innerText();
    await page.goto(`${session.url}/#/rollouts/create`);
    await expect.poll(() => page.getByTestId('ro-edition').innerText()).toContain(edition);
    await page.getByTestId('ro-launch-pilots').fill('佛山');
    await page.getByTestId('ro-launch-pilots-option-GD-FS').click();
    await expect.poll(() => page.getByTestId('ro-launch-pilots-chip-GD-FS').innerText(), { timeout: STEP_TIMEOUT }).toBe('佛山分行 (GD-FS)');
    await session.step(page, 'ro-7-launch-form');
    await page.locator('input[name="code"]').fill('RO-E2E');
    await page.locator('input[name="title.zh"]').fill('测试推广');
    await page.locator('input[name="title.en"]').fill('Test rollout');
    await page.locator('input[name="startsOn"]').fill('2027-01-04');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByTestId('ro-pilot-codes').innerText(), { timeout: STEP_TIMEOUT }).toBe('GD-FS');
  });
});
