/**
 * The org-unit list's export in a real browser: with more units than the
 * API's 500-row cap, the downloaded CSV and Excel workbook each hold every
 * unit the user may see, once each. (It used to fail outright: react-admin
 * asked the API for 1,000 rows in one request.)
 *
 * Needs Debian's Chromium at /usr/bin/chromium, like the other browser suites.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, FIRST_LOAD_TIMEOUT, browserSession, browserTestsEnabled } from '../support/browser';
import { downloadFrom, xlsxRows } from '../support/downloads';

const ADDED = 1100;


describe.skipIf(!browserTestsEnabled('org-unit-export'))('org-unit export in a browser', () => {
  const session = browserSession('org-unit-export');
  let everyCode: string[];

  beforeAll(async () => {
    // Outlets under Foshan, inserted in bulk as the benchmark does.
    const knex = session.db.orm.em.getKnex();
    const foshan = await knex('org_unit').where({ code: 'GD-FS' }).first();
    const now = new Date();
    const rows = Array.from({ length: ADDED }, (_, i) => {
      const id = randomUUID();
      const n = String(i + 1).padStart(4, '0');
      return {
        id, code: `GD-FS-Y${n}`, name_zh: `导出网点${n}`, name_en: `Export outlet ${n}`, level: 'OUTLET',
        parent_id: foshan.id, path: `${foshan.path}${id}/`, status: 'OPEN', version: 1, created_at: now, updated_at: now,
      };
    });
    for (let i = 0; i < rows.length; i += 500) await knex('org_unit').insert(rows.slice(i, i + 500));
    // The administrator (head office) sees the whole network.
    everyCode = (await knex('org_unit').select('code')).map((r: { code: string }) => r.code).sort();
  });

  it('downloads every unit in scope as the administrator', async () => {
    session.screenshotOnFailure('export');
    const page = await session.newPage();
    await page.goto(session.url, { waitUntil: 'domcontentloaded', timeout: FIRST_LOAD_TIMEOUT });
    await page.locator('input[name="username"]').waitFor({ state: 'visible', timeout: FIRST_LOAD_TIMEOUT });
    await page.locator('input[name="username"]').fill('admin');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByRole('menuitem', { name: '机构', exact: true }).click({ timeout: FIRST_LOAD_TIMEOUT });
    await expect.poll(() => page.url()).toMatch(/#\/org-units(\?|$)/);

    // Count the list's requests: none may ask for more than the API allows.
    const asked: number[] = [];
    page.on('request', (r) => {
      const body = r.url().endsWith('/graphql') ? r.postData() ?? '' : '';
      if (body.includes('ConsoleOrgUnits')) asked.push(JSON.parse(body).variables.first);
    });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出', exact: true }).click();
    const file = await (await download).path();
    const csv = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    const codeColumn = header.split(',').indexOf('code');
    expect(codeColumn).toBeGreaterThanOrEqual(0);
    const codes = lines.map((l) => l.split(',')[codeColumn]);
    expect(codes).toHaveLength(everyCode.length);
    expect([...codes].sort()).toEqual(everyCode);
    expect(everyCode.length).toBeGreaterThan(1000);
    expect(asked.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...asked)).toBeLessThanOrEqual(500);

    // Excel, beside it: the same units, through the same pager.
    asked.length = 0;
    const xlsx = await downloadFrom(page, page.getByTestId('export-xlsx'));
    expect(xlsx.fileName).toBe('org-units.xlsx');
    const { headers, rows } = await xlsxRows(xlsx.path);
    expect(headers[0]).toBe('code');
    expect(rows.map((r) => r.code).sort()).toEqual(everyCode);
    expect(asked.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...asked)).toBeLessThanOrEqual(500);
  });
});
