/**
 * The compliance dashboard (达标看板) in a real browser, on the demo network
 * as seeded (seeds/outlet-plans.ts: four approved plans — two compliant, two
 * with gaps — two submitted, one returned, two drafts, no plan elsewhere).
 *
 * 1. `ho_staff` opens the dashboard from the home page's card and sees the
 *    national numbers the seeded plans give;
 * 2. drills into the tier-one branch Jiangsu, then its tier-two branch Suzhou,
 *    whose outlet JS-SZ-01 is listed with gaps;
 * 3. exports Suzhou's outlets to CSV and to Excel, and both files hold JS-SZ-01;
 * 4. goes back up by the breadcrumb.
 *
 * Needs Debian's Chromium at /usr/bin/chromium (see standard.test.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIRST_LOAD_TIMEOUT, browserSession, browserTestsEnabled } from '../support/browser';
import { actorFor } from '../support/graphql';
import { csvRows, downloadFrom } from '../support/downloads';
import { Scope } from '../../api/src/shared/auth/scope';
import { launchRollout } from '../../api/src/modules/rollout/rollout.service';

// exceljs is the console's dependency; read the downloaded workbook with the same library.
const ExcelJS = createRequire(new URL('../../console/package.json', import.meta.url))('exceljs') as typeof import('../../console/node_modules/exceljs');

const count = async (page: Page, testId: string) => Number(await page.getByTestId(testId).innerText());

describe.skipIf(!browserTestsEnabled('compliance-e2e'))('the compliance dashboard in a browser', () => {
  const session = browserSession('compliance-e2e');
  let page: Page;

  it('shows head office the national numbers of the seeded plans', async () => {
    session.screenshotOnFailure('national');
    const outlets: number = (await session.db.orm.em.getKnex().raw(`select count(*)::int as n from org_unit where level = 'OUTLET' and status = 'OPEN'`)).rows[0].n;
    page = await session.newPage();
    await session.signIn(page, 'ho_staff');
    await page.getByTestId('dashboard-compliance-summary').waitFor({ state: 'visible', timeout: FIRST_LOAD_TIMEOUT });
    await page.getByTestId('dashboard-open-compliance').click();
    await expect.poll(() => page.getByTestId('compliance-dashboard').getAttribute('data-unit')).toBe('HO');
    expect(await count(page, 'compliance-outlets')).toBe(outlets);
    expect(await count(page, 'compliance-compliant')).toBe(2);
    expect(await count(page, 'compliance-withGaps')).toBe(2);
    // Five outlets have a plan under way but nothing approved; the rest have no plan.
    expect(await count(page, 'compliance-notAssessed')).toBe(5);
    expect(await count(page, 'compliance-noPlan')).toBe(outlets - 9);
    expect(await count(page, 'compliance-overdue')).toBeGreaterThanOrEqual(2);
    await page.getByTestId('compliance-overdue-list').getByText('JS-SZ-01').first().waitFor({ state: 'visible' });
  });

  it('drills into a tier-one and then a tier-two branch', async () => {
    session.screenshotOnFailure('drill');
    await page.getByTestId('drill-JS').click();
    await expect.poll(() => page.getByTestId('compliance-dashboard').getAttribute('data-unit')).toBe('JS');
    expect(await count(page, 'compliance-compliant')).toBe(1); // JS-NJGL-01
    await page.getByTestId('drill-JS-SZ').click();
    await expect.poll(() => page.getByTestId('compliance-dashboard').getAttribute('data-unit')).toBe('JS-SZ');
    expect(await count(page, 'compliance-withGaps')).toBe(1);
    await page.getByTestId('compliance-outlet-list').getByText('JS-SZ-01').waitFor({ state: 'visible' });
    await page.getByTestId('compliance-gap-list').getByText('JS-SZ-01').first().waitFor({ state: 'visible' });
  });

  it('exports the outlets to CSV and to Excel, each holding the outlet', async () => {
    session.screenshotOnFailure('export');
    const csvDownload = page.waitForEvent('download');
    await page.getByTestId('export-outlets-csv').click();
    const csvFile = await csvDownload;
    expect(csvFile.suggestedFilename()).toBe('outlets-JS-SZ.csv');
    const csv = readFileSync((await csvFile.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    const codeColumn = header.split(',').indexOf('code');
    expect(lines.map((l) => l.split(',')[codeColumn])).toContain('JS-SZ-01');

    const xlsxDownload = page.waitForEvent('download');
    await page.getByTestId('export-outlets-xlsx').click();
    const xlsxFile = await xlsxDownload;
    expect(xlsxFile.suggestedFilename()).toBe('outlets-JS-SZ.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync((await xlsxFile.path())!) as never);
    const sheet = workbook.worksheets[0];
    const codes = (sheet.getColumn(1).values as unknown[]).slice(2).map(String);
    expect(sheet.getRow(1).getCell(1).value).toBe('code');
    expect(codes).toContain('JS-SZ-01');
    expect(codes).toHaveLength(lines.length);
  });

  it('goes back up by the breadcrumb', async () => {
    session.screenshotOnFailure('breadcrumb');
    await page.getByTestId('compliance-breadcrumbs').getByRole('link').first().click();
    await expect.poll(() => page.getByTestId('compliance-dashboard').getAttribute('data-unit')).toBe('HO');
  });

  it('shows head office the rollout by wave and phase once a rollout is launched, and exports the list behind it', async () => {
    session.screenshotOnFailure('rollout');
    const orm = session.db.orm;
    const outlets: number = (await orm.em.getKnex().raw(`select count(*)::int as n from org_unit where level = 'OUTLET' and status = 'OPEN'`)).rows[0].n;
    // Launched through the service (not the demo seeds): no scheme approved yet, so every outlet is in "no wave yet".
    await launchRollout(orm.em.fork(), new Scope(await actorFor(orm, 'ho_staff')), {
      code: 'E2E-R1', title: { zh: '端到端推广', en: 'End-to-end rollout' }, startsOn: '2026-01-01', pilotUnitCodes: [],
    });
    await page.reload();
    await expect.poll(() => page.getByTestId('rollout-progress').getAttribute('data-rollout'), { timeout: FIRST_LOAD_TIMEOUT }).toBe('E2E-R1');
    expect(await page.getByTestId('rollout-wave-none').innerText()).toContain(String(outlets));
    await page.getByTestId('rollout-progress-list').getByText('JS').first().waitFor({ state: 'visible' });

    const csv = await downloadFrom(page, page.getByTestId('export-rollout-csv'));
    expect(csv.fileName).toBe('rollout-progress-HO.csv');
    expect(csvRows(csv.path).map((r) => r.code)).toEqual(expect.arrayContaining(['GD', 'JS', 'SC']));
  });

  it('ran the charts and the Excel export under the console’s Content Security Policy', async () => {
    await session.expectNoCspViolations();
  });
});
