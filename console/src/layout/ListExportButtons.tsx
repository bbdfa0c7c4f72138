/**
 * Export buttons for a react-admin list, through the console's one export
 * path (data/exporting.ts): every row the list's filter selects, however many
 * (read through the API's page cap), in the columns given.
 */
import { useState } from 'react';
import { Button, useDataProvider, useListContext, useNotify } from 'react-admin';
import DownloadIcon from '@mui/icons-material/GetApp';
import { exportRows, type ExportColumn, type ExportFormat } from '../data/exporting';
import { EVERY_ROW } from '../data/paging';

export function ListExportButtons<T>({ name, columns, formats, labels }: {
  /** The file's name, without extension. */
  name: string;
  columns: ExportColumn<T>[];
  formats: ExportFormat[];
  /** The buttons' labels (translation keys), by format. */
  labels: Partial<Record<ExportFormat, string>>;
}) {
  const { resource, filterValues, sort, total } = useListContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const { data } = await dataProvider.getList(resource, { pagination: { page: 1, perPage: EVERY_ROW }, sort, filter: filterValues });
      await exportRows(format, name, columns, data as T[]);
    } catch (e) {
      notify(e instanceof Error ? e.message : String(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {formats.map((format) => (
        <Button
          key={format}
          label={labels[format] ?? format}
          disabled={busy || !total}
          onClick={() => run(format)}
          data-testid={`export-${format}`}
        >
          <DownloadIcon />
        </Button>
      ))}
    </>
  );
}
