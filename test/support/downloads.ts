/**
 * Files the console downloads in a browser test, read back as rows keyed by
 * their header: a CSV from react-admin's exporter (with the byte-order mark
 * Excel needs) or an Excel workbook, read with exceljs, the library the
 * console writes it with.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';

const ExcelJS = createRequire(new URL('../../console/package.json', import.meta.url))('exceljs') as typeof import('../../console/node_modules/exceljs');

export type Rows = Record<string, string>[];

/** Clicks `button` and waits for the download it starts: the file's suggested name and where it was saved. */
export async function downloadFrom(page: Page, button: Locator): Promise<{ fileName: string; path: string }> {
  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  return { fileName: file.suggestedFilename(), path: (await file.path())! };
}

/** A CSV's rows. Plain splitting on commas: enough for the codes and states these tests read, which hold none. */
export function csvRows(path: string): Rows {
  const [header, ...lines] = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
  });
}

/** The first sheet's rows, the first row being the headers. */
export async function xlsxRows(path: string): Promise<{ headers: string[]; rows: Rows }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as never);
  const sheet = workbook.worksheets[0];
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Rows = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    rows.push(Object.fromEntries(headers.map((h, i) => [h, String(row.getCell(i + 1).value ?? '')])));
  });
  return { headers, rows };
}
