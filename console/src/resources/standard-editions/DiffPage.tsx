/**
 * What changed between two editions (/standard-editions/diff?from=X&to=Y):
 * items added, removed and changed, grouped by kind; each changed field with
 * its value before → after.
 */
import { useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  IconButton,
  LinearProgress,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Tooltip,
  Typography,
  type ChipProps,
} from '@mui/material';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Link, Title, useDataProvider, useGetList, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { describeApiError } from '../../apiErrors';
import { useText } from './fields';
import { KINDS, itemKey, itemsOf, showPath } from './kinds';
import type { ConsoleDataProvider } from '../../dataProvider';
import type { ChangeType, EditionDiff, EditionLabels, EditionListRecord, ItemDiff, ItemLabel, LocalizedText } from './types';
import { diffLines, formatValue } from './diffValues';
import { useAsync } from './useAsync';

const CHANGE_COLORS: Record<ChangeType, ChipProps['color']> = { ADDED: 'success', REMOVED: 'error', CHANGED: 'warning' };

/** An item's name in an edition, by kind and key. */
function nameOf(labels: EditionLabels, change: ItemDiff): LocalizedText | undefined {
  const item = itemsOf<ItemLabel>(labels, change.kind).find((i) => itemKey(change.kind, i) === change.code);
  return item && ('name' in item ? item.name : item.title);
}

const Value = ({ value, testId, strike }: { value: unknown; testId: string; strike?: boolean }) => (
  <Box
    component="span"
    data-testid={testId}
    sx={{
      fontFamily: typeof value === 'string' ? undefined : 'monospace',
      fontSize: '0.8rem',
      whiteSpace: 'pre-wrap',
      wordBreak: 'break-word',
      px: 0.5,
      borderRadius: 0.5,
      bgcolor: strike ? 'rgba(244, 67, 54, 0.08)' : 'rgba(76, 175, 80, 0.10)',
    }}
  >
    {formatValue(value)}
  </Box>
);

/** One field: each difference inside it as "path: before → after". */
const FieldRow = ({ field, before, after }: { field: string; before: unknown; after: unknown }) => {
  const translate = useTranslate();
  const lines = diffLines(before, after);
  return (
    <TableRow data-testid={`diff-field-${field}`}>
      <TableCell sx={{ width: 220, verticalAlign: 'top' }}>
        <Typography variant="body2">{translate(`std.fields.${field}`, { _: field })}</Typography>
        <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
          {field}
        </Typography>
      </TableCell>
      <TableCell sx={{ verticalAlign: 'top' }}>
        {lines.map((line, i) => (
          <Box key={i} sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap', mb: 0.5 }} data-testid="diff-line">
            {line.path && (
              <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace', minWidth: 60 }}>
                {line.op === '+' ? '+ ' : line.op === '-' ? '− ' : ''}
                {line.path}
              </Typography>
            )}
            {line.op !== '+' && <Value value={line.before} testId="diff-before" strike />}
            {line.op === '~' && <span aria-label={translate('std.diff.to')}>→</span>}
            {line.op !== '-' && <Value value={line.after} testId="diff-after" />}
          </Box>
        ))}
      </TableCell>
    </TableRow>
  );
};

const ChangeCard = ({ change, diff }: { change: ItemDiff; diff: EditionDiff }) => {
  const translate = useTranslate();
  const text = useText();
  const [open, setOpen] = useState(change.change === 'CHANGED');
  const name = nameOf(change.change === 'REMOVED' ? diff.from : diff.to, change);
  return (
    <Card variant="outlined" sx={{ mb: 1 }} data-testid={`diff-change-${change.kind}-${change.code}`} data-change={change.change}>
      <CardContent sx={{ pb: '12px !important' }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Chip size="small" color={CHANGE_COLORS[change.change]} label={translate(`std.changes.${change.change}`)} data-testid="diff-change-type" />
          <Typography variant="subtitle1" component="span">{text(name) || change.code}</Typography>
          <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>{change.code}</Typography>
          <Box sx={{ flex: 1 }} />
          {change.change !== 'CHANGED' && (
            <Link to="#" onClick={(e: React.MouseEvent) => { e.preventDefault(); setOpen(!open); }}>
              {translate(open ? 'std.diff.hide_fields' : 'std.diff.show_fields', { smart_count: change.fields.length })}
            </Link>
          )}
        </Box>
        {open && (
          <Table size="small" sx={{ mt: 1 }}>
            <TableBody>
              {change.fields.map((f) => (
                <FieldRow key={f.field} field={f.field} before={f.before} after={f.after} />
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};

const EditionSelect = ({ label, value, onChange, editions, testId }: { label: string; value: string; onChange: (v: string) => void; editions: EditionListRecord[]; testId: string }) => {
  const translate = useTranslate();
  const text = useText();
  return (
    <TextField
      select
      size="small"
      label={translate(label)}
      value={editions.some((e) => e.code === value) ? value : ''}
      onChange={(e) => onChange(e.target.value)}
      sx={{ minWidth: 320, maxWidth: 640, flex: '1 1 320px' }}
      slotProps={{ htmlInput: { 'data-testid': testId } }}
    >
      {editions.map((e) => (
        <MenuItem key={e.code} value={e.code}>
          {e.code} · {text(e.title)} · {translate(`std.status.${e.status}`)}
        </MenuItem>
      ))}
    </TextField>
  );
};

export const DiffPage = () => {
  const translate = useTranslate();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const { data: editions = [] } = useGetList<EditionListRecord>('standard-editions', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'code', order: 'DESC' },
  });
  const set = (next: { from?: string; to?: string }) => setParams({ from: next.from ?? from, to: next.to ?? to }, { replace: true });
  const key = from && to ? `${from}\u0000${to}` : null;
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { data: diff, error, loading } = useAsync(key, (signal) => dataProvider.getEditionDiff(from, to, signal));

  const groups = useMemo(
    () => KINDS.map((k) => ({ kind: k.kind, changes: (diff?.changes ?? []).filter((c) => c.kind === k.kind) })).filter((g) => g.changes.length),
    [diff],
  );

  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="diff-page">
      <Title title={translate('std.diff.title')} />
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <EditionSelect label="std.diff.from" value={from} onChange={(v) => set({ from: v })} editions={editions} testId="diff-from" />
        <Tooltip title={translate('std.diff.swap')}>
          <span>
            <IconButton onClick={() => set({ from: to, to: from })} disabled={!from || !to} aria-label={translate('std.diff.swap')}>
              <SwapHorizIcon />
            </IconButton>
          </span>
        </Tooltip>
        <EditionSelect label="std.diff.to_edition" value={to} onChange={(v) => set({ to: v })} editions={editions} testId="diff-to" />
      </Box>
      {!key && <Alert severity="info">{translate('std.diff.pick')}</Alert>}
      {loading && <LinearProgress />}
      {error != null && <Alert severity="error">{describeApiError(translate, error, 'standard-editions')}</Alert>}
      {diff && !loading && (
        <>
          <Typography variant="body2" sx={{ mb: 2 }} data-testid="diff-count">
            <Link to={showPath(diff.from.code)}>{diff.from.code}</Link>
            {' → '}
            <Link to={showPath(diff.to.code)}>{diff.to.code}</Link>
            {translate('app.errors.colon', { _: ': ' })}
            {translate('std.diff.count', { smart_count: diff.changes.length })}
          </Typography>
          {diff.changes.length === 0 && <Alert severity="success">{translate('std.diff.no_changes')}</Alert>}
          {groups.map((g) => (
            <Box key={g.kind} sx={{ mb: 3 }} data-testid={`diff-group-${g.kind}`}>
              <Typography variant="h6" sx={{ mb: 1 }}>
                {translate(`std.kinds.${g.kind}`)} ({g.changes.length})
              </Typography>
              {(['ADDED', 'REMOVED', 'CHANGED'] as const).map((type) =>
                g.changes
                  .filter((c) => c.change === type)
                  .map((c) => <ChangeCard key={`${c.kind}-${c.code}`} change={c} diff={diff} />),
              )}
            </Box>
          ))}
        </>
      )}
    </Box>
  );
};
