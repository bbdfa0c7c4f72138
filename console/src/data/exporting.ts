/**
 * One way to export a list, for every list in the console: the rows as
 * columns the reader names, to CSV through react-admin's own exporter (the
 * one the org-unit list's Export button uses: jsonexport, then downloadCSV,
 * with the byte-order mark Excel needs for Chinese) or to an Excel workbook
 * through exceljs. exceljs is loaded on first use, so the console's first
 * load does not carry it.
 */
import { defaultExporter } from 'react-admin';

export type ExportFormat = 'csv' | 'xlsx';

/** A column: its header (the key in the CSV, the heading in Excel) and how to read it from a row. */
export interface ExportColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
}

function asRecords<T>(rows: readonly T[], columns: readonly ExportColumn<T>[]): Record<string, string | number>[] {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c.header, c.value(row) ?? ''])));
}

/** Saves a blob under `fileName` through a temporary link, as react-admin's downloadCSV does. */
function save(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The browser reads the blob after the click returns: free it only once the download has surely started.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

export async function exportRows<T>(format: ExportFormat, name: string, columns: readonly ExportColumn<T>[], rows: readonly T[]): Promise<void> {
  const records = asRecords(rows, columns);
  if (format === 'csv') {
    // react-admin's exporter names the file after its last argument (the resource): `${name}.csv`.
    // It downloads from a callback and what it returns never settles, so it is not awaited.
    void defaultExporter(records, () => Promise.resolve({}), undefined as never, name);
    return;
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name.slice(0, 31));
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.header, width: Math.max(12, c.header.length + 4) }));
  sheet.addRows(records);
  sheet.getRow(1).font = { bold: true };
  const buffer = await workbook.xlsx.writeBuffer();
  save(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `${name}.xlsx`);
}
