/**
 * The head-office standard in a real browser, against the real API and a
 * freshly seeded database (current edition HO-2026-01):
 *
 * - as `ho_staff` (head office, STANDARDS_AUTHOR and APPROVER): start a new
 *   draft from HO-2026-01, raise the large full-function outlet's
 *   marketing-staff minimum from 12 to 14 through the category form, submit
 *   the draft for approval (and find no way to approve it oneself);
 * - as `ho_approver` (head office, APPROVER): find the draft in the inbox
 *   query, approve the revision on screen with a comment;
 * - as `ho_staff` again: publish the approved draft after its publication
 *   check, see the approval history, and compare it with HO-2026-01: exactly
 *   one change, OUTLET_CATEGORY LARGE_FULL_FUNCTION, field marketingStaffMin, 12 → 14;
 * - as `outlet_head`: published editions are read-only (no authoring buttons).
 *
 * Needs Debian's Chromium at /usr/bin/chromium. Without it the suite is skipped,
 * unless REQUIRE_BROWSER=1, in which case it fails.
 * Set E2E_SCREENSHOT_DIR to also keep a screenshot of each step.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { STEP_TIMEOUT, browserSession, browserTestsEnabled } from '../support/browser';

const SEEDED_EDITION = 'HO-2026-01';
const DRAFT = {
  code: 'HO-2026-02',
  zh: '总行网点服务销售流程标准（2026年第2版）',
  en: 'Head-office standard for outlet service and sales (2026, edition 2)',
};
const CATEGORY = 'LARGE_FULL_FUNCTION';

describe.skipIf(!browserTestsEnabled('standard-e2e'))('head-office standard in a browser', () => {
  const session = browserSession('standard-e2e');
  const { newPage, screenshotOnFailure, step, signIn } = session;

  const go = (page: Page, hashPath: string) => page.goto(`${session.url}/#${hashPath}`);

  describe('as a head-office standards author', () => {
    let page: Page;

    it('starts a new draft from the current edition', async () => {
      screenshotOnFailure('new-draft');
      page = await newPage();
      await signIn(page, 'ho_staff');
      await page.getByRole('menuitem', { name: '标准版本' }).click();
      await page.getByTestId(`edition-row-${SEEDED_EDITION}`).waitFor({ state: 'visible' });
      await page.getByTestId('new-draft').click();
      await expect.poll(() => page.url()).toContain('#/standard-editions/create');

      await page.locator('input[name="code"]').fill(DRAFT.code);
      await page.locator('input[name="title.zh"]').fill(DRAFT.zh);
      await page.locator('input[name="title.en"]').fill(DRAFT.en);
      // the draft copies the current edition unless another one is chosen
      await expect.poll(() => page.locator('input[name="basedOnCode"]').inputValue()).toBe(SEEDED_EDITION);
      await step(page, '1-create');
      await page.getByRole('button', { name: '保存' }).click();

      // Copying a whole edition is a sizeable write: allow it a step's time, not the poll's default second.
      await expect.poll(() => page.url(), { timeout: STEP_TIMEOUT }).toContain(`#/standard-editions/${DRAFT.code}/show`);
      await page.getByTestId('edition-status-DRAFT').waitFor({ state: 'visible' });
      await page.getByTestId('validation-ok').waitFor({ state: 'visible' });
    });

    it("raises the large outlet's marketing-staff minimum from 12 to 14 through the category form", async () => {
      screenshotOnFailure('edit-category');
      session.track(page);
      await go(page, `/standard-editions/${DRAFT.code}/show/outlet-categories`);
      const card = page.getByTestId(`item-OUTLET_CATEGORY-${CATEGORY}`);
      await expect.poll(() => card.getByTestId('category-marketingStaffMin').innerText()).toContain('12');
      await page.getByTestId(`edit-OUTLET_CATEGORY-${CATEGORY}`).click();
      await page.getByTestId('item-form-OUTLET_CATEGORY').waitFor({ state: 'visible' });

      const min = page.locator('input[name="marketingStaffMin.value"]');
      await expect.poll(() => min.inputValue()).toBe('12');
      // the form checks before sending: a negative number is refused at the field
      await min.fill('-1');
      await page.getByTestId('item-save').click();
      await page.getByText('不能为负数').first().waitFor({ state: 'visible' });
      await min.fill('14');
      await step(page, '2-category-form');
      const saved = page.waitForResponse(
        (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('saveOutletCategory'),
      );
      await page.getByTestId('item-save').click();
      const answer = await (await saved).json();
      expect(answer.errors).toBeUndefined();
      // the save sent the version read with the page and bumped it
      expect(answer.data.saveOutletCategory.version).toBeGreaterThan(1);

      await expect.poll(() => page.url()).toContain(`#/standard-editions/${DRAFT.code}/show/outlet-categories`);
      await expect
        .poll(() => page.getByTestId(`item-OUTLET_CATEGORY-${CATEGORY}`).getByTestId('category-marketingStaffMin').innerText())
        .toContain('14');
      await step(page, '3-category-saved');
    });

    it('submits the draft for approval, after which it cannot change and its author cannot approve it', async () => {
      screenshotOnFailure('submit');
      session.track(page);
      await go(page, `/standard-editions/${DRAFT.code}/show`);
      await expect.poll(() => page.getByTestId('approval-state').innerText()).toBe('未提交');
      // not approved yet: nothing offers to publish it
      expect(await page.getByTestId('publish-edition').count()).toBe(0);
      await page.getByTestId('edition-submit').click();
      const dialog = page.getByTestId('edition-workflow-dialog');
      await dialog.getByTestId('edition-comment').fill('大型网点营销人员下限调为14人，请审核');
      await step(page, '4-submit-dialog');
      await dialog.getByTestId('edition-workflow-confirm').click();
      await dialog.waitFor({ state: 'hidden' });

      await expect.poll(() => page.getByTestId('approval-state').innerText()).toBe('待审批');
      await expect.poll(() => page.getByTestId('approval-hint').innerText()).toContain('ho_staff');
      // ho_staff is an approver too, but never of its own submission; and a submitted draft does not change
      for (const testId of ['edition-approve', 'edition-return', 'edition-submit', 'publish-edition']) {
        expect(await page.getByTestId(testId).count(), testId).toBe(0);
      }
      await page.getByTestId('edition-withdraw').waitFor({ state: 'visible' });
      await go(page, `/standard-editions/${DRAFT.code}/show/outlet-categories`);
      await page.getByTestId(`item-OUTLET_CATEGORY-${CATEGORY}`).waitFor({ state: 'visible' });
      expect(await page.getByTestId(`edit-OUTLET_CATEGORY-${CATEGORY}`).count()).toBe(0);
      await step(page, '5-submitted');
    });

    it('is approved by another head-office approver, who finds it waiting', async () => {
      screenshotOnFailure('approve');
      const approver = await newPage();
      await signIn(approver, 'ho_approver');
      // the inbox the console's inbox page reads lists the draft for this approver
      const inbox = await approver.evaluate(async () => {
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ inbox { awaitingMe { subjectType code submittedBy } } }' }),
        });
        return (await res.json()).data.inbox.awaitingMe;
      });
      expect(inbox).toContainEqual({ subjectType: 'STANDARD_EDITION', code: DRAFT.code, submittedBy: 'ho_staff' });

      await go(approver, `/standard-editions/${DRAFT.code}/show`);
      await expect.poll(() => approver.getByTestId('approval-state').innerText()).toBe('待审批');
      await approver.getByTestId('edition-approve').click();
      const dialog = approver.getByTestId('edition-workflow-dialog');
      await dialog.getByTestId('edition-comment').fill('同意');
      await step(approver, '6-approve-dialog');
      const approved = approver.waitForResponse(
        (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('approveStandardEdition'),
      );
      await dialog.getByTestId('edition-workflow-confirm').click();
      expect((await (await approved).json()).errors).toBeUndefined();
      await dialog.waitFor({ state: 'hidden' });
      await expect.poll(() => approver.getByTestId('approval-state').innerText()).toBe('已批准');
      // an approver who is not an author does not publish
      expect(await approver.getByTestId('publish-edition').count()).toBe(0);
      await step(approver, '7-approved');
    });

    it('publishes the approved draft after its publication check, with the approval history kept', async () => {
      screenshotOnFailure('publish');
      session.track(page);
      // someone else changed the draft: read it afresh rather than from this page's cache
      await go(page, `/standard-editions/${DRAFT.code}/show`);
      await page.reload();
      await expect.poll(() => page.getByTestId('approval-state').innerText()).toBe('已批准');
      await page.getByTestId('publish-edition').click();
      const dialog = page.getByTestId('publish-dialog');
      await dialog.getByTestId('validation-ok').waitFor({ state: 'visible' });
      await step(page, '8-publish-dialog');
      await dialog.getByTestId('publish-confirm').click();
      await dialog.waitFor({ state: 'hidden' });

      // published and current; nothing offers to change it any more
      await go(page, `/standard-editions/${DRAFT.code}/show`);
      await page.getByTestId('edition-status-PUBLISHED').waitFor({ state: 'visible' });
      await page.getByTestId('edition-current').waitFor({ state: 'visible' });
      expect(await page.getByTestId('publish-edition').count()).toBe(0);
      // the history names each step, who took it, and its comment
      const history = page.getByTestId('edition-history');
      await expect.poll(() => history.innerText()).toContain('ho_approver');
      const text = await history.innerText();
      expect(text).toContain('大型网点营销人员下限调为14人，请审核');
      expect(text).toContain('同意');
      expect(text.indexOf('ho_staff')).toBeLessThan(text.indexOf('ho_approver'));
      await go(page, `/standard-editions/${DRAFT.code}/show/outlet-categories`);
      await page.getByTestId(`item-OUTLET_CATEGORY-${CATEGORY}`).waitFor({ state: 'visible' });
      expect(await page.getByTestId(`edit-OUTLET_CATEGORY-${CATEGORY}`).count()).toBe(0);
      await step(page, '9-published');
    });

    it('compares the new edition with the one it was based on: exactly one change', async () => {
      screenshotOnFailure('diff');
      session.track(page);
      await page.getByTestId('compare-edition').click();
      // by default the edition it was based on
      await expect.poll(() => page.getByTestId('compare-with').inputValue()).toBe(SEEDED_EDITION);
      await page.getByTestId('compare-go').click();
      await expect.poll(() => page.url()).toContain(`#/standard-editions/diff?from=${SEEDED_EDITION}&to=${DRAFT.code}`);
      await page.getByTestId('diff-count').waitFor({ state: 'visible' });

      const changes = page.locator('[data-testid^="diff-change-"][data-change]');
      await expect.poll(() => changes.count()).toBe(1);
      const change = page.getByTestId(`diff-change-OUTLET_CATEGORY-${CATEGORY}`);
      expect(await change.getAttribute('data-change')).toBe('CHANGED');
      const fields = change.locator('[data-testid^="diff-field-"]');
      expect(await fields.count()).toBe(1);
      const field = change.getByTestId('diff-field-marketingStaffMin');
      await field.waitFor({ state: 'visible' });
      expect((await field.getByTestId('diff-before').allInnerTexts()).map((t) => t.trim())).toEqual(['12']);
      expect((await field.getByTestId('diff-after').allInnerTexts()).map((t) => t.trim())).toEqual(['14']);
      expect(await field.innerText()).toMatch(/12\s*→\s*14/);
      await step(page, '10-diff');
    });

    it('finds the save and the publication in the audit log, labelled and filterable by operation', async () => {
      screenshotOnFailure('audit');
      session.track(page);
      await go(page, '/audit-events');
      // newest first: the publication, then the category saved in the draft (named by the kind registry)
      const rows = page.locator('tbody tr');
      await expect.poll(() => rows.first().innerText()).toContain('发布标准版本');
      await expect.poll(() => page.locator('tbody').innerText()).toContain('保存标准草稿内容：网点分类');
      // the operation filter lists the standard's operations from the API's audit registry
      await page.getByRole('combobox', { name: '操作', exact: true }).click();
      await page.getByRole('option', { name: '保存标准草稿内容：网点分类' }).click();
      await expect.poll(() => page.url()).toContain('standardEdition.saveOutletCategory');
      await expect.poll(async () => (await rows.allInnerTexts()).every((t) => t.includes('保存标准草稿内容：网点分类'))).toBe(true);
      await step(page, '11-audit');
    });
  });

  describe('as an outlet head', () => {
    it('reads the current edition without any authoring action', async () => {
      screenshotOnFailure('read-only');
      const page = await newPage();
      await signIn(page, 'outlet_head');
      await go(page, `/standard-editions/${DRAFT.code}/show/outlet-categories`);
      await page.getByTestId(`item-OUTLET_CATEGORY-${CATEGORY}`).waitFor({ state: 'visible' });
      // the general category keeps the source's "(12人)" discrepancy visible
      await expect.poll(() => page.getByTestId('item-OUTLET_CATEGORY-GENERAL').innerText()).toContain('12人');
      for (const testId of ['publish-edition', 'new-draft-from', `edit-OUTLET_CATEGORY-${CATEGORY}`, 'add-OUTLET_CATEGORY']) {
        expect(await page.getByTestId(testId).count()).toBe(0);
      }
      await step(page, '12-read-only');
    });
  });

  it('ran every step above under the Content Security Policy without a single violation', async () => {
    await session.expectNoCspViolations();
  });
});
