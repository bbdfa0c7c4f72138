/**
 * Shared set-up for the browser tests: Debian's Chromium driven by
 * playwright-core against the real server (startTestApp) with a fresh seeded
 * database per suite. Without /usr/bin/chromium a suite is skipped with a
 * message, unless REQUIRE_BROWSER=1 (CI), in which case it fails.
 * Set E2E_SCREENSHOT_DIR to keep a screenshot of each step.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, onTestFailed } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp } from './app.js';

import { DEMO_PASSWORD } from '../../seeds/demo-identities.js';

export { DEMO_PASSWORD };

export const CHROMIUM = '/usr/bin/chromium';
export const FIRST_LOAD_TIMEOUT = 60_000;
export const STEP_TIMEOUT = 15_000;

const hasBrowser = existsSync(CHROMIUM);
const requireBrowser = process.env.REQUIRE_BROWSER === '1';

/** Whether a browser suite should run; says plainly when it is skipped. */
export function browserTestsEnabled(label: string): boolean {
  if (!hasBrowser && !requireBrowser) {
    console.warn(`[${label}] skipped: no Chromium at ${CHROMIUM} (set REQUIRE_BROWSER=1 to make this a failure)`);
  }
  return hasBrowser || requireBrowser;
}

/** Starts the app and the browser for the enclosing `describe`, and cleans up after it. */
export function browserSession(label: string) {
  let app: Awaited<ReturnType<typeof startTestApp>> | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  /** The page the running test drives (for failure screenshots). */
  let current: Page | undefined;
  const screenshotDir = process.env.E2E_SCREENSHOT_DIR;
  /** Content Security Policy violations seen on any page of this suite. */
  const cspViolations: string[] = [];

  beforeAll(async () => {
    if (!hasBrowser) throw new Error(`REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM}`);
    app = await startTestApp();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, 300_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  }, 60_000);

  async function snap(page: Page | undefined, name: string) {
    const dir = screenshotDir ?? '/tmp';
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${label}-${name}.png`);
    await page?.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    return file;
  }

  return {
    /** Base URL of the running app. */
    get url(): string {
      return app!.url;
    },
    /** The app's own database (for a suite that sets up more data than the demo's). */
    get db() {
      return app!.db;
    },
    /** A fresh browser profile (no cookies, no stored preferences), Chinese by default. */
    async newPage(): Promise<Page> {
      const context = await browser!.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
      contexts.push(context);
      // Report every CSP violation, whether or not Chromium also logs it.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`[csp-violation] ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI}`);
        });
      });
      const page = await context.newPage();
      page.setDefaultTimeout(STEP_TIMEOUT);
      page.on('pageerror', (err) => console.error('[browser error]', err.message));
      page.on('console', (msg) => {
        if (/\[csp-violation\]|Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
      });
      current = page;
      return page;
    },
    /** CSP violations recorded so far (the console must run under its policy with none). */
    get cspViolations(): string[] {
      return cspViolations;
    },
    /**
     * For a suite's last test: every flow so far ran under the console's
     * Content Security Policy without one violation, and a violation would
     * have been caught (an injected inline script is refused and recorded).
     */
    async expectNoCspViolations() {
      const seen = [...cspViolations];
      const page = await this.newPage();
      const response = await page.goto(app!.url, { waitUntil: 'domcontentloaded', timeout: FIRST_LOAD_TIMEOUT });
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self';");
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineScriptRan = true';
        document.head.appendChild(script);
      });
      await expect.poll(() => cspViolations.length).toBeGreaterThan(seen.length);
      expect(await page.evaluate(() => (window as unknown as { __inlineScriptRan?: boolean }).__inlineScriptRan)).toBeUndefined();
      expect(seen).toEqual([]);
    },
    /** Marks the page a test continues with, for its failure screenshot. */
    track(page: Page) {
      current = page;
    },
    /** Keeps a picture of the page if the running test fails. */
    screenshotOnFailure(name: string) {
      onTestFailed(async () => {
        const file = await snap(current, `FAILED-${name}`);
        console.error(`[${label}] screenshot of the failure: ${file}  (page: ${current?.url()})`);
      });
    },
    /** A screenshot of a step, when E2E_SCREENSHOT_DIR asks for them. */
    async step(page: Page, name: string) {
      if (screenshotDir) await snap(page, name);
    },
    /** Signs in through the login page as a demo user and waits for the menu. */
    async signIn(page: Page, username: string) {
      await page.goto(app!.url, { waitUntil: 'domcontentloaded', timeout: FIRST_LOAD_TIMEOUT });
      const usernameInput = page.locator('input[name="username"]');
      await usernameInput.waitFor({ state: 'visible', timeout: FIRST_LOAD_TIMEOUT });
      await usernameInput.fill(username);
      await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByRole('menuitem', { name: '标准版本' }).waitFor({ state: 'visible', timeout: FIRST_LOAD_TIMEOUT });
    },
  };
}
