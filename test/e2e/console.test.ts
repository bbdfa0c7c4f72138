/**
 * The console in a real browser, against the real API and a freshly seeded
 * database: browse the org tree down to the outlets, open a new outlet through
 * the create form, then find it in the org-unit list (in Chinese, then English).
 *
 * Needs Debian's Chromium at /usr/bin/chromium. Without it the suite is skipped,
 * unless REQUIRE_BROWSER=1, in which case it fails.
 * Set E2E_SCREENSHOT_DIR to also keep a screenshot of each step.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp } from '../support/app';

const CHROMIUM = '/usr/bin/chromium';
const hasBrowser = existsSync(CHROMIUM);
const requireBrowser = process.env.REQUIRE_BROWSER === '1';
if (!hasBrowser && !requireBrowser) {
  console.warn(`[console e2e] skipped: no Chromium at ${CHROMIUM} (set REQUIRE_BROWSER=1 to make this a failure)`);
}

/** Seeded demo network: head office → Guangdong branch → Foshan branch → its outlets. */
const HEAD_OFFICE = 'HO';
const TIER_ONE = 'GD';
const TIER_TWO = 'GD-FS';
const TIER_TWO_ZH = '佛山分行';
const SEEDED_OUTLETS = ['GD-FS-01', 'GD-FS-02', 'GD-FS-03'];
const NEW_OUTLET = {
  code: 'GD-FS-E2E',
  zh: '佛山季华路测试网点',
  en: 'Foshan Jihua Road Test Outlet',
  city: '佛山',
};

const FIRST_LOAD_TIMEOUT = 60_000;
const STEP_TIMEOUT = 15_000;
const screenshotDir = process.env.E2E_SCREENSHOT_DIR;

describe.skipIf(!hasBrowser && !requireBrowser)('console in a browser', () => {
  let app: { url: string; stop(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;

  beforeAll(async () => {
    if (!hasBrowser) throw new Error(`REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM}`);
    app = await startTestApp();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    page.on('pageerror', (err) => console.error('[browser error]', err.message));
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.stop();
  }, 60_000);

  /** Keep a picture of the page when a test fails (and of each step if asked to). */
  async function snap(name: string) {
    const dir = screenshotDir ?? '/tmp';
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `console-e2e-${name}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    return file;
  }
  function screenshotOnFailure(name: string) {
    onTestFailed(async () => {
      const file = await snap(`FAILED-${name}`);
      console.error(`[console e2e] screenshot of the failure: ${file}  (page: ${page.url()})`);
    });
  }
  const step = async (name: string) => {
    if (screenshotDir) await snap(name);
  };

  /** Expands a tree item (if it is not already) and waits for its children to show. */
  async function expandTreeItem(code: string, firstChildCode: string) {
    const item = page.getByTestId(`tree-item-${code}`);
    await expect.poll(() => item.count(), { timeout: STEP_TIMEOUT }).toBe(1);
    if ((await item.getAttribute('aria-expanded')) !== 'true') {
      await page.getByTestId(`tree-toggle-${code}`).click();
    }
    await expect.poll(() => item.getAttribute('aria-expanded')).toBe('true');
    await page.getByTestId(`tree-item-${firstChildCode}`).waitFor({ state: 'visible' });
  }

  it('browses the org tree from head office down to the outlets', async () => {
    screenshotOnFailure('tree');
    await page.goto(app!.url, { waitUntil: 'domcontentloaded', timeout: FIRST_LOAD_TIMEOUT });

    // Chinese is the default language; the menu leads to the tree.
    const treeMenuItem = page.getByRole('menuitem', { name: '机构树' });
    await treeMenuItem.waitFor({ state: 'visible', timeout: FIRST_LOAD_TIMEOUT });
    await treeMenuItem.click();
    await expect.poll(() => page.url()).toContain('#/tree');
    await page.getByRole('tree').waitFor({ state: 'visible' });

    await expandTreeItem(HEAD_OFFICE, TIER_ONE);
    await expandTreeItem(TIER_ONE, TIER_TWO);
    await expandTreeItem(TIER_TWO, SEEDED_OUTLETS[0]);

    for (const code of SEEDED_OUTLETS) {
      const outlet = page.getByTestId(`tree-item-${code}`);
      await outlet.waitFor({ state: 'visible' });
      // each item shows its code and a level chip saying 网点 (outlet)
      await expect.poll(() => outlet.innerText()).toContain(code);
      await expect.poll(() => outlet.innerText()).toContain('网点');
    }
    // outlets have no children, so no expand arrow
    expect(await page.getByTestId(`tree-item-${SEEDED_OUTLETS[0]}`).getAttribute('aria-expanded')).toBeNull();
    await step('1-tree');
  });

  it('creates an outlet under the tier-two branch through the create form', async () => {
    screenshotOnFailure('create');
    // The tree offers "add a unit below" on the tier-two branch, pre-filling parent and level.
    await page.getByTestId(`tree-add-child-${TIER_TWO}`).click();
    await expect.poll(() => page.url()).toContain('#/org-units/create');

    const parent = page.getByRole('combobox', { name: '上级机构' });
    await expect.poll(() => parent.inputValue()).toContain(TIER_TWO);

    await page.getByRole('textbox', { name: '机构代码' }).fill(NEW_OUTLET.code);
    await page.getByRole('textbox', { name: '中文名称' }).fill(NEW_OUTLET.zh);
    await page.getByRole('textbox', { name: '英文名称' }).fill(NEW_OUTLET.en);
    await page.getByRole('textbox', { name: '城市' }).fill(NEW_OUTLET.city);
    await step('2-create-form');
    await page.getByRole('button', { name: '保存' }).click();

    // Saved: the show page of the new unit, with its ancestors above it.
    await expect.poll(() => page.url()).toContain(`#/org-units/${NEW_OUTLET.code}/show`);
    const breadcrumbs = page.getByTestId('org-unit-ancestors');
    await breadcrumbs.waitFor({ state: 'visible' });
    await expect.poll(() => breadcrumbs.innerText()).toContain(TIER_TWO_ZH);
    await expect.poll(() => breadcrumbs.innerText()).toContain(NEW_OUTLET.zh);
    await step('3-show');
  });

  it('finds the new outlet in the org-unit list by its code', async () => {
    screenshotOnFailure('list');
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
    await step('4-list-zh');

    // Switch the interface to English: same row, English name and labels.
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Org tree' }).waitFor({ state: 'visible' });
    await expect.poll(() => row.innerText()).toContain(NEW_OUTLET.en);
    await expect.poll(() => row.innerText()).toContain('Outlet');
    const header = page.getByRole('row').filter({ has: page.getByRole('columnheader') }).first();
    await expect.poll(() => header.innerText()).toMatch(/Code[\s\S]*Name[\s\S]*Level/);
    await step('5-list-en');
  });
});
