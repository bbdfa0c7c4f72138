/**
 * The console in a real browser, against the real API and a freshly seeded
 * database.
 *
 * - As `admin` (head office): browse the org tree down to the outlets, open a
 *   new outlet through the create form, find it in the org-unit list (in
 *   Chinese, then English), see it in the audit log, and issue an API token
 *   whose secret is shown once.
 * - As `outlet_head` (outlet GD-FS-01): the tree starts at the own outlet with
 *   the chain above as a breadcrumb; sibling outlets and other provinces appear
 *   nowhere; nothing offers to create or change units.
 * - Sign-in errors: a wrong password, and the lock after repeated failures.
 *
 * Needs Debian's Chromium at /usr/bin/chromium. Without it the suite is skipped,
 * unless REQUIRE_BROWSER=1, in which case it fails.
 * Set E2E_SCREENSHOT_DIR to also keep a screenshot of each step.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, FIRST_LOAD_TIMEOUT, STEP_TIMEOUT, browserSession, browserTestsEnabled } from '../support/browser';

/** Seeded demo network: head office → Guangdong branch → Foshan branch → its outlets. */
const HEAD_OFFICE = 'HO';
const TIER_ONE = 'GD';
const TIER_TWO = 'GD-FS';
const TIER_TWO_ZH = '佛山分行';
const SEEDED_OUTLETS = ['GD-FS-01', 'GD-FS-02', 'GD-FS-03'];
const OUTLET_HEAD_UNIT = 'GD-FS-01';
const OTHER_PROVINCES = ['JS', 'SC'];
const NEW_OUTLET = {
  code: 'GD-FS-E2E',
  zh: '佛山季华路测试网点',
  en: 'Foshan Jihua Road Test Outlet',
  city: '佛山',
  category: '中型全功能网点',
};

describe.skipIf(!browserTestsEnabled('console-e2e'))('console in a browser', () => {
  const session = browserSession('console-e2e');
  const { newPage, screenshotOnFailure, step } = session;

  /** Opens the console, which shows the sign-in page, and submits the credentials. */
  async function submitSignIn(page: Page, username: string, password: string) {
    if (!page.url().includes('#/login')) {
      await page.goto(session.url, { waitUntil: 'domcontentloaded', timeout: FIRST_LOAD_TIMEOUT });
      await expect.poll(() => page.url(), { timeout: FIRST_LOAD_TIMEOUT }).toContain('#/login');
    }
    const usernameInput = page.locator('input[name="username"]');
    await usernameInput.waitFor({ state: 'visible', timeout: FIRST_LOAD_TIMEOUT });
    await usernameInput.fill(username);
    await page.locator('input[name="password"]').fill(password);
    const answered = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('ConsoleLogin'),
    );
    await page.getByTestId('login-submit').click();
    await answered;
  }

  async function signIn(page: Page, username: string) {
    await submitSignIn(page, username, DEMO_PASSWORD);
    await page.getByRole('menuitem', { name: '机构树' }).waitFor({ state: 'visible', timeout: FIRST_LOAD_TIMEOUT });
  }

  /** Expands a tree item (if it is not already) and waits for its children to show. */
  async function expandTreeItem(page: Page, code: string, firstChildCode: string) {
    const item = page.getByTestId(`tree-item-${code}`);
    await expect.poll(() => item.count(), { timeout: STEP_TIMEOUT }).toBe(1);
    if ((await item.getAttribute('aria-expanded')) !== 'true') {
      await page.getByTestId(`tree-toggle-${code}`).click();
    }
    await expect.poll(() => item.getAttribute('aria-expanded')).toBe('true');
    await page.getByTestId(`tree-item-${firstChildCode}`).waitFor({ state: 'visible' });
  }

  /** The codes of every tree item on the page. */
  const treeCodes = (page: Page) =>
    page.locator('[data-testid^="tree-item-"]').evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-testid')!.replace('tree-item-', '')),
    );

  describe('as the head-office administrator', () => {
    let page: Page;

    it('signs in and browses the org tree from head office down to the outlets', async () => {
      screenshotOnFailure('tree');
      page = await newPage();
      await signIn(page, 'admin');

      // Chinese is the default language; the menu leads to the tree.
      await page.getByRole('menuitem', { name: '机构树' }).click();
      await expect.poll(() => page.url()).toContain('#/tree');
      await page.getByRole('tree').waitFor({ state: 'visible' });

      await expandTreeItem(page, HEAD_OFFICE, TIER_ONE);
      await expandTreeItem(page, TIER_ONE, TIER_TWO);
      await expandTreeItem(page, TIER_TWO, SEEDED_OUTLETS[0]);

      for (const code of SEEDED_OUTLETS) {
        const outlet = page.getByTestId(`tree-item-${code}`);
        await outlet.waitFor({ state: 'visible' });
        // each item shows its code and a level chip saying 网点 (outlet)
        await expect.poll(() => outlet.innerText()).toContain(code);
        await expect.poll(() => outlet.innerText()).toContain('网点');
      }
      // outlets have no children, so no expand arrow
      expect(await page.getByTestId(`tree-item-${SEEDED_OUTLETS[0]}`).getAttribute('aria-expanded')).toBeNull();
      // an administrator manages users, API tokens and reads the audit log
      for (const entry of ['用户', '接口令牌', '审计日志']) {
        await page.getByRole('menuitem', { name: entry, exact: true }).waitFor({ state: 'visible' });
      }
      await step(page, '1-tree');
    });

    it('creates an outlet under the tier-two branch through the create form', async () => {
      screenshotOnFailure('create');
      session.track(page);
      // The tree offers "add a unit below" on the tier-two branch, pre-filling parent and level.
      await page.getByTestId(`tree-add-child-${TIER_TWO}`).click();
      await expect.poll(() => page.url()).toContain('#/org-units/create');

      const parent = page.getByRole('combobox', { name: '上级机构' });
      await expect.poll(() => parent.inputValue()).toContain(TIER_TWO);

      await page.getByRole('textbox', { name: '机构代码' }).fill(NEW_OUTLET.code);
      await page.getByRole('textbox', { name: '中文名称' }).fill(NEW_OUTLET.zh);
      await page.getByRole('textbox', { name: '英文名称' }).fill(NEW_OUTLET.en);
      await page.getByRole('textbox', { name: '城市' }).fill(NEW_OUTLET.city);
      // outlets say which category of the standard applies (一般网点 unless chosen otherwise)
      const category = page.getByRole('combobox', { name: '网点分类' });
      await expect.poll(() => category.innerText()).toContain('一般网点');
      await category.click();
      await page.getByRole('option', { name: NEW_OUTLET.category, exact: true }).click();
      await expect.poll(() => category.innerText()).toContain(NEW_OUTLET.category);
      await step(page, '2-create-form');
      await page.getByRole('button', { name: '保存' }).click();

      // Saved: the show page of the new unit, with its ancestors above it.
      await expect.poll(() => page.url()).toContain(`#/org-units/${NEW_OUTLET.code}/show`);
      const breadcrumbs = page.getByTestId('org-unit-ancestors');
      await breadcrumbs.waitFor({ state: 'visible' });
      await expect.poll(() => breadcrumbs.innerText()).toContain(TIER_TWO_ZH);
      await expect.poll(() => breadcrumbs.innerText()).toContain(NEW_OUTLET.zh);
      // the chosen category is shown with the unit's basic facts
      await expect.poll(() => page.getByTestId('org-unit-category').innerText()).toBe(NEW_OUTLET.category);
      await step(page, '3-show');
    });

    it('sees the new outlet in the audit log, with what was set', async () => {
      screenshotOnFailure('audit');
      session.track(page);
      await page.getByRole('menuitem', { name: '审计日志', exact: true }).click();
      await expect.poll(() => page.url()).toMatch(/#\/audit-events(\?|$)/);

      // newest first: the outlet just created heads the list
      const firstRow = page.locator('tbody tr').first();
      await expect.poll(() => firstRow.innerText()).toContain(NEW_OUTLET.code);
      const text = await firstRow.innerText();
      expect(text).toContain('admin');
      expect(text).toContain('新增机构');

      // a row expands into a before/after table of the changed fields
      await firstRow.click();
      const changes = page.locator('[data-testid^="audit-changes-"]').first();
      await changes.waitFor({ state: 'visible' });
      await expect.poll(() => changes.innerText()).toContain(NEW_OUTLET.zh);
      expect(await changes.innerText()).toMatch(/修改前[\s\S]*修改后/);
      await step(page, '4-audit');
    });

    it('issues an API token and is shown its secret once', async () => {
      screenshotOnFailure('token');
      session.track(page);
      await page.getByRole('menuitem', { name: '接口令牌', exact: true }).click();
      await expect.poll(() => page.url()).toMatch(/#\/api-tokens(\?|$)/);
      // the seeded queue-management token is listed
      await expect.poll(() => page.locator('tbody tr').count()).toBeGreaterThan(0);

      await page.getByTestId('issue-api-token').click();
      const dialog = page.getByTestId('issue-api-token-dialog');
      await dialog.getByRole('textbox', { name: '名称' }).fill('e2e 测试令牌');
      await dialog.getByRole('textbox', { name: '对接系统' }).fill('e2e_check');
      await dialog.getByRole('combobox', { name: '授权机构' }).fill(TIER_TWO);
      await page.getByRole('option', { name: new RegExp(`\\(${TIER_TWO}\\)`) }).click();
      await step(page, '5-token-form');
      await dialog.getByRole('button', { name: '签发' }).click();

      const secret = page.getByTestId('token-secret');
      await secret.waitFor({ state: 'visible' });
      expect(await secret.inputValue()).toMatch(/^ost_/);
      await page.getByTestId('token-secret-warning').waitFor({ state: 'visible' });
      await step(page, '6-token-secret');

      // once closed, the secret is gone; the list shows the token by its prefix only
      const value = await secret.inputValue();
      await page.getByTestId('token-secret-done').click();
      await dialog.waitFor({ state: 'hidden' });
      const row = page.getByRole('row').filter({ hasText: 'E2E_CHECK' });
      await row.waitFor({ state: 'visible' });
      expect(await page.locator('body').innerText()).not.toContain(value);
      expect(await row.innerText()).toContain(value.slice(0, 10));
    });

    it('finds the new outlet in the org-unit list by its code', async () => {
      screenshotOnFailure('list');
      session.track(page);
      await page.getByRole('menuitem', { name: '机构', exact: true }).click();
      await expect.poll(() => page.url()).toMatch(/#\/org-units(\?|$)/);

      await page.getByPlaceholder('代码或名称').fill(NEW_OUTLET.code);
      const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: NEW_OUTLET.code, exact: true }) });
      await row.waitFor({ state: 'visible' });
      await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
      const text = await row.innerText();
      expect(text).toContain(NEW_OUTLET.zh);
      expect(text).toContain('网点');
      expect(text).toContain(TIER_TWO);
      await step(page, '7-list-zh');

      // Switch the interface to English: same row, English name and labels.
      await page.getByRole('button', { name: '中文' }).click();
      await page.getByRole('menuitem', { name: 'English' }).click();
      await page.getByRole('menuitem', { name: 'Org tree' }).waitFor({ state: 'visible' });
      await expect.poll(() => row.innerText()).toContain(NEW_OUTLET.en);
      await expect.poll(() => row.innerText()).toContain('Outlet');
      const header = page.getByRole('row').filter({ has: page.getByRole('columnheader') }).first();
      await expect.poll(() => header.innerText()).toMatch(/Code[\s\S]*Name[\s\S]*Level/);
      await step(page, '8-list-en');
    });
  });

  describe('as an outlet head', () => {
    let page: Page;

    it('sees a tree that starts at the own outlet, with the chain above as a breadcrumb', async () => {
      screenshotOnFailure('outlet-tree');
      page = await newPage();
      await signIn(page, 'outlet_head');
      await page.getByRole('menuitem', { name: '机构树' }).click();
      await page.getByRole('tree').waitFor({ state: 'visible' });
      await page.getByTestId(`tree-item-${OUTLET_HEAD_UNIT}`).waitFor({ state: 'visible' });

      // the tree holds the own outlet and nothing else (an outlet has nothing below)
      expect(await treeCodes(page)).toEqual([OUTLET_HEAD_UNIT]);
      // the chain above: 总行 › 广东省分行 › 佛山分行 › the outlet
      const chain = page.getByTestId('tree-chain');
      await chain.waitFor({ state: 'visible' });
      expect((await chain.innerText()).replace(/\s+/g, ' ')).toMatch(/总行.*广东省分行.*佛山分行.*佛山禅城支行营业部/);
      for (const code of [HEAD_OFFICE, TIER_ONE, TIER_TWO]) {
        await page.getByTestId(`tree-chain-${code}`).waitFor({ state: 'visible' });
      }
      // nowhere to add a unit, no users, tokens or audit log in the menu; an
      // outlet has no local versions, but its returned plan comes back to its
      // head, so the inbox is there
      expect(await page.locator('[data-testid^="tree-add-child-"]').count()).toBe(0);
      expect(await page.getByTestId('menu-inbox').count()).toBe(1);
      for (const entry of ['用户', '接口令牌', '审计日志', '本地化版本']) {
        expect(await page.getByRole('menuitem', { name: entry, exact: true }).count()).toBe(0);
      }
      const treeText = await page.getByRole('tree').innerText();
      for (const code of [...SEEDED_OUTLETS.filter((c) => c !== OUTLET_HEAD_UNIT), ...OTHER_PROVINCES]) {
        expect(treeText).not.toContain(code);
      }
      await step(page, '9-outlet-tree');
    });

    it('lists only the own outlet and the chain above it, and cannot create units', async () => {
      screenshotOnFailure('outlet-list');
      session.track(page);
      await page.getByRole('menuitem', { name: '机构', exact: true }).click();
      await expect.poll(() => page.url()).toMatch(/#\/org-units(\?|$)/);
      const firstCells = page.locator('tbody tr td:first-child');
      await expect.poll(async () => (await firstCells.allInnerTexts()).sort()).toEqual(
        [HEAD_OFFICE, TIER_ONE, TIER_TWO, OUTLET_HEAD_UNIT].sort(),
      );
      const body = await page.locator('main').innerText();
      for (const code of [...SEEDED_OUTLETS.filter((c) => c !== OUTLET_HEAD_UNIT), ...OTHER_PROVINCES]) {
        expect(body).not.toMatch(new RegExp(`\\b${code}\\b`));
      }
      // no "create" button on the list
      expect(await page.getByRole('link', { name: '新建' }).count()).toBe(0);
      await step(page, '10-outlet-list');

      // the own outlet's page offers no edit, move, close or "add below"
      await page.getByRole('cell', { name: OUTLET_HEAD_UNIT, exact: true }).click();
      await expect.poll(() => page.url()).toContain(`#/org-units/${OUTLET_HEAD_UNIT}/show`);
      await page.getByTestId('org-unit-ancestors').waitFor({ state: 'visible' });
      for (const id of ['add-child-unit', 'move-org-unit', 'close-org-unit']) {
        expect(await page.getByTestId(id).count()).toBe(0);
      }
      expect(await page.getByRole('link', { name: '编辑' }).count()).toBe(0);

      // typing the create page's address leads to "no access", not to a form
      await page.goto(`${session.url}/#/org-units/create`);
      await expect.poll(() => page.url()).toContain('#/access-denied');
      // The redirect can land a moment before the form unmounts: wait for it to go.
      await expect.poll(() => page.getByRole('textbox', { name: '机构代码' }).count()).toBe(0);
    });
  });

  describe('signing in', () => {
    it('says so on the sign-in page when the password is wrong', async () => {
      screenshotOnFailure('wrong-password');
      const page = await newPage();
      await submitSignIn(page, 'auditor', 'not-the-right-password');
      const error = page.getByTestId('login-error');
      await error.waitFor({ state: 'visible' });
      expect(await error.innerText()).toContain('用户名或密码不正确');
      // still on the sign-in page, not signed in
      expect(page.url()).toContain('#/login');
      expect(await page.getByRole('menuitem', { name: '机构树' }).count()).toBe(0);
      await step(page, '11-login-wrong-password');
    });

    it('tells a locked-out user when to try again', async () => {
      screenshotOnFailure('locked');
      const page = await newPage();
      // five wrong passwords for the same user lock sign-in for the window…
      for (let i = 0; i < 5; i++) await submitSignIn(page, 't1_staff', `wrong-password-${i}`);
      // …so even the right one is refused, with the time the lock ends
      await submitSignIn(page, 't1_staff', DEMO_PASSWORD);
      const error = page.getByTestId('login-error');
      await expect.poll(() => error.innerText()).toContain('锁定');
      expect(await error.innerText()).toMatch(/\d{1,2}:\d{2}/);
      expect(page.url()).toContain('#/login');
      await step(page, '12-login-locked');
    });
  });

  it('ran every step above under the Content Security Policy without a single violation', async () => {
    await session.expectNoCspViolations();
  });
});
