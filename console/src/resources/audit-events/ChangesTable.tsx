import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate, type TranslateFunction } from 'react-admin';
import { intlLocale } from '../../i18nProvider';
import type { AuditEventRecord } from '../../types';
import { Redacted, isRedacted } from './Redacted';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Where the words for the coded values of some fields are (roles, levels, statuses…). */
const VALUE_LABELS: Record<string, (objectType: string) => string> = {
  roles: () => 'app.roles',
  level: () => 'resources.org-units.levels',
  tierTwoKind: () => 'resources.org-units.tierTwoKinds',
  // a service rule's `category` is another list altogether; leave its codes as they are
  category: (objectType) => (objectType === 'OrgUnit' ? 'resources.org-units.categories' : ''),
  status: (objectType) => (objectType === 'User' ? 'resources.users.statuses' : 'resources.org-units.statuses'),
};

/** Fields whose name means something else on other kinds of object: labelled only on this one. */
const FIELD_OWNER: Record<string, string> = {
  category: 'OrgUnit',
};

/** A changed field's name in words (the name itself when there are none). */
function fieldLabel(translate: TranslateFunction, field: string, objectType: string): string {
  const owner = FIELD_OWNER[field];
  if (owner && owner !== objectType) return field;
  return translate(`app.audit.fields.${field}`, { _: field });
}

/** A coded value in words (the code itself when there are none). */
function labelOf(translate: TranslateFunction, field: string, objectType: string, value: unknown): unknown {
  const prefix = VALUE_LABELS[field]?.(objectType);
  if (!prefix) return value;
  if (Array.isArray(value)) return value.map((v) => labelOf(translate, field, objectType, v));
  return typeof value === 'string' ? translate(`${prefix}.${value}`, { _: value }) : value;
}

/** One value of a before/after pair, readable: dates in the UI's language, names in both. */
function formatValue(value: unknown, locale: string): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'string') {
    if (ISO_DATE_TIME.test(value)) {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) {
        return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
      }
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => formatValue(v, locale)).join(', ');
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.map(([k, v]) => `${k}: ${formatValue(v, locale)}`).join('; ');
  }
  return String(value);
}

/** One side of a change: the API's redaction marker in the user's words, any other value readable. */
const ChangeValue = ({ field, objectType, value }: { field: string; objectType: string; value: unknown }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (isRedacted(value)) return <Redacted />;
  return <>{formatValue(labelOf(translate, field, objectType, value), locale)}</>;
};

/** An event's `changes` as a table: each changed field with its value before and after. */
export const ChangesTable = () => {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const entries = Object.entries(record.changes ?? {});
  return (
    <Box sx={{ py: 1, px: 2 }} data-testid={`audit-changes-${record.id}`}>
      {entries.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.audit.no_changes')}
        </Typography>
      ) : (
        <Table size="small" sx={{ maxWidth: 960, '& td, & th': { verticalAlign: 'top' } }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '22%' }}>{translate('app.audit.field')}</TableCell>
              <TableCell sx={{ width: '39%' }}>{translate('app.audit.before')}</TableCell>
              <TableCell sx={{ width: '39%' }}>{translate('app.audit.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {entries.map(([field, change]) => (
              <TableRow key={field}>
                <TableCell>
                  {fieldLabel(translate, field, record.objectType)}
                  <Typography component="div" variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                    {field}
                  </Typography>
                </TableCell>
                <TableCell sx={{ color: 'text.secondary', wordBreak: 'break-word' }}>
                  {'before' in change ? <ChangeValue field={field} objectType={record.objectType} value={change.before} /> : '—'}
                </TableCell>
                <TableCell sx={{ wordBreak: 'break-word' }}>
                  {'after' in change ? <ChangeValue field={field} objectType={record.objectType} value={change.after} /> : '—'}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {record.redactedFields?.length ? (
        <Typography variant="body2" color="text.secondary" component="div" sx={{ mt: 1 }} data-testid="audit-redacted-note">
          {translate('app.audit.redacted_note')}
        </Typography>
      ) : null}
      {record.requestId ? (
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1, fontFamily: 'monospace' }}>
          {translate('app.audit.request_id')}: {record.requestId}
        </Typography>
      ) : null}
    </Box>
  );
};
