import { useEffect, useState, type ReactNode } from 'react';
import {
  Alert, Box, Breadcrumbs, Button, Card, CardContent, CircularProgress, Link as MuiLink, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography,
} from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { PieChart } from '@mui/x-charts/PieChart';
import { Link, Title, useLocaleState, useTranslate } from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import { describeApiError } from '../../apiErrors';
import { useConsolePermissions } from '../../auth/permissions';
import { exportRows, type ExportColumn, type ExportFormat } from '../../data/exporting';
import { useAsync } from '../standard-editions/useAsync';
import {
  actualOf, complianceBars, everyRow, expectedOf, fetchGaps, fetchOutlets, fetchOverdue, fetchRollup,
  type GapRow, type OutletRow, type OverdueRow, type Rollup,
} from './data';
import { RolloutProgressPanel } from './RolloutProgressPanel';

export const compliancePath = (code?: string) => (code ? `/compliance/${encodeURIComponent(code)}` : '/compliance');

const BAR_KEYS = ['compliant', 'withGaps', 'notAssessed', 'noPlan'] as const;
const BAR_COLORS: Record<(typeof BAR_KEYS)[number], string> = { compliant: '#2e7d32', withGaps: '#ed6c02', notAssessed: '#0288d1', noPlan: '#9e9e9e' };

const Count = ({ label, value, testId }: { label: string; value: number; testId: string }) => (
  <Card variant="outlined" sx={{ minWidth: 150 }}>
    <CardContent>
      <Typography variant="body2" color="text.secondary">{label}</Typography>
      <Typography variant="h4" data-testid={testId}>{value}</Typography>
    </CardContent>
  </Card>
);

const Panel = ({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) => (
  <Card variant="outlined">
    <CardContent>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="h6">{title}</Typography>
        {actions}
      </Stack>
      {children}
    </CardContent>
  </Card>
);

/** CSV and Excel buttons for one list; `testId` names them for the browser test. */
function ExportButtons<T>({ name, columns, rows, testId }: { name: string; columns: ExportColumn<T>[]; rows: () => Promise<T[]>; testId: string }) {
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      await exportRows(format, name, columns, await rows());
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack direction="row" spacing={1}>
      <Button size="small" disabled={busy} onClick={() => run('csv')} data-testid={`${testId}-csv`}>{translate('compliance.exportCsv')}</Button>
      <Button size="small" disabled={busy} onClick={() => run('xlsx')} data-testid={`${testId}-xlsx`}>{translate('compliance.exportXlsx')}</Button>
    </Stack>
  );
}

/**
 * A paged list read a page at a time, with "load more". `read` says how many
 * of the paged things it consumed (the gap list pages by plan, many gaps each).
 */
type Slice<T> = { total: number; items: T[]; consumed?: number };
function usePaged<T>(key: string, read: (offset: number) => Promise<Slice<T>>) {
  const [state, setState] = useState<{ key: string; total: number; items: T[]; consumed: number }>({ key, total: 0, items: [], consumed: 0 });
  useEffect(() => {
    let cancelled = false;
    setState({ key, total: 0, items: [], consumed: 0 });
    read(0).then((p) => !cancelled && setState({ key, total: p.total, items: p.items, consumed: p.consumed ?? p.items.length }), () => undefined);
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const more = () =>
    read(state.consumed).then((p) => setState((s) => ({ ...s, total: p.total, items: [...s.items, ...p.items], consumed: s.consumed + (p.consumed ?? p.items.length) })));
  return { ...state, more };
}

function SimpleTable<T>({ columns, rows, testId, rowKey }: { columns: { label: string; cell: (r: T) => ReactNode }[]; rows: T[]; testId: string; rowKey: (r: T, i: number) => string }) {
  const translate = useTranslate();
  if (!rows.length) return <Typography color="text.secondary">{translate('compliance.empty')}</Typography>;
  return (
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>{columns.map((c) => <TableCell key={c.label}>{c.label}</TableCell>)}</TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow key={rowKey(r, i)}>{columns.map((c) => <TableCell key={c.label}>{c.cell(r)}</TableCell>)}</TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/**
 * 达标看板: a unit's compliance at a glance, from head office down to an
 * outlet. Charts first (by unit below, plan status, gap kinds), then the
 * lists behind them (units, outlets, gaps, overdue actions), each exportable
 * to CSV and Excel. A bar or a unit's name drills down; the breadcrumb goes
 * back up.
 */
export const CompliancePage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const zh = locale !== 'en';
  const navigate = useNavigate();
  const { permissions } = useConsolePermissions();
  const params = useParams<{ code?: string }>();
  const code = params.code ?? permissions?.unit?.code ?? null;
  const rollup = useAsync(code, (signal) => fetchRollup(code!, signal));
  const name = (n: { zh: string; en: string } | null | undefined) => (n ? (zh ? n.zh : n.en || n.zh) : '');

  if (!code || rollup.loading || rollup.key !== code) return <Box sx={{ p: 3 }}><CircularProgress size={24} /></Box>;
  if (rollup.error) return <Alert severity="error" sx={{ mt: 2 }}>{describeApiError(translate, rollup.error)}</Alert>;
  const r = rollup.data;
  if (!r) return <Alert severity="warning" sx={{ mt: 2 }} data-testid="compliance-not-in-scope">{translate('compliance.notInScope')}</Alert>;
  return <Dashboard key={code} rollup={r} zh={zh} name={name} navigate={navigate} />;
};

function Dashboard({ rollup: r, zh, name, navigate }: { rollup: Rollup; zh: boolean; name: (n: { zh: string; en: string } | null | undefined) => string; navigate: (to: string) => void }) {
  const translate = useTranslate();
  const code = r.orgUnit.code;
  const unitName = name(r.orgUnit.name);
  const totals = complianceBars(r);
  const children = [...r.children].sort((a, b) => (a.orgUnit?.code ?? '').localeCompare(b.orgUnit?.code ?? ''));
  const outlets = usePaged<OutletRow>(`o:${code}`, (offset) => fetchOutlets(code, offset));
  const gaps = usePaged<GapRow>(`g:${code}`, (offset) => fetchGaps(code, offset));
  const overdue = usePaged<OverdueRow>(`a:${code}`, (offset) => fetchOverdue(code, offset));
  const status = (s: string) => translate(`compliance.status.${s}`);
  const state = (s: string) => translate(`compliance.state.${s}`);
  const kind = (k: string) => translate(`compliance.kind.${k}`);
  const col = (c: string) => translate(`compliance.column.${c}`);
  const outletName = (row: { nameZh: string; nameEn?: string | null }) => (zh ? row.nameZh : row.nameEn || row.nameZh);
  const overdueName = (row: OverdueRow) => (zh ? row.outletNameZh : row.outletNameEn || row.outletNameZh);

  const unitColumns: ExportColumn<(typeof children)[number]>[] = [
    { header: 'code', value: (c) => c.orgUnit?.code },
    { header: col('name'), value: (c) => name(c.orgUnit?.name) },
    { header: col('outlets'), value: (c) => c.outlets },
    ...BAR_KEYS.map((k) => ({ header: translate(`compliance.bars.${k}`), value: (c: (typeof children)[number]) => complianceBars(c)[k] })),
    { header: col('overdue'), value: (c) => c.overdueActions },
  ];
  const outletColumns: ExportColumn<OutletRow>[] = [
    { header: 'code', value: (o) => o.code },
    { header: col('name'), value: (o) => outletName(o) },
    { header: col('category'), value: (o) => o.category },
    { header: col('planStatus'), value: (o) => status(o.planStatus) },
    { header: col('compliance'), value: (o) => state(o.compliance) },
    { header: col('gapCount'), value: (o) => o.gapCount },
    { header: col('gapKinds'), value: (o) => o.gapKinds.map(kind).join('; ') },
    { header: col('overdue'), value: (o) => o.overdueActions },
  ];
  const gapColumns: ExportColumn<GapRow>[] = [
    { header: 'code', value: (g) => g.outletCode },
    { header: col('outlet'), value: (g) => name(g.outletName) },
    { header: col('kind'), value: (g) => kind(g.kind) },
    { header: col('path'), value: (g) => g.path },
    { header: col('expected'), value: expectedOf },
    { header: col('actual'), value: actualOf },
    { header: col('setBy'), value: (g) => g.setBy.unitCode },
  ];
  const actionColumns: ExportColumn<OverdueRow>[] = [
    { header: 'code', value: (a) => a.outletCode },
    { header: col('outlet'), value: overdueName },
    { header: col('what'), value: (a) => a.what },
    { header: col('who'), value: (a) => a.who },
    { header: col('dueDate'), value: (a) => a.dueDate },
    { header: col('path'), value: (a) => a.path },
  ];
  const file = (list: string) => `${list}-${code}`;
  const more = (p: { total: number; consumed: number; more: () => Promise<unknown> }, testId: string) =>
    p.consumed < p.total && <Button size="small" onClick={() => void p.more()} data-testid={testId}>{translate('compliance.more')}</Button>;
  const drill = (c: string | undefined) => c && navigate(compliancePath(c));

  return (
    <Box sx={{ mt: 2 }} data-testid="compliance-dashboard" data-unit={code}>
      <Title title={translate('compliance.title', { unit: unitName })} />
      <Breadcrumbs sx={{ mb: 1 }} data-testid="compliance-breadcrumbs">
        {r.orgUnit.ancestors.map((a) => (
          <MuiLink key={a.code} component={Link} to={compliancePath(a.code)} underline="hover">{name(a.name)}</MuiLink>
        ))}
        <Typography color="text.primary">{unitName}</Typography>
      </Breadcrumbs>
      <Typography variant="h5" gutterBottom>{translate('compliance.title', { unit: unitName })}</Typography>
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap', rowGap: 2 }}>
        <Count label={translate('compliance.outlets')} value={r.outlets} testId="compliance-outlets" />
        {BAR_KEYS.map((k) => <Count key={k} label={translate(`compliance.bars.${k}`)} value={totals[k]} testId={`compliance-${k}`} />)}
        <Count label={translate('compliance.overdue')} value={r.overdueActions} testId="compliance-overdue" />
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '2fr 1fr' }, gap: 2, mb: 2 }}>
        {children.length > 0 && (
          <Panel title={translate('compliance.byChild')}>
            <BarChart
              height={Math.max(220, 36 * children.length + 80)}
              layout="horizontal"
              yAxis={[{ scaleType: 'band', data: children.map((c) => name(c.orgUnit?.name) || c.orgUnit?.code || ''), width: 140 }]}
              series={BAR_KEYS.map((k) => ({ data: children.map((c) => complianceBars(c)[k]), label: translate(`compliance.bars.${k}`), stack: 'outlets', color: BAR_COLORS[k] }))}
              onAxisClick={(_, d) => d?.dataIndex != null && drill(children[d.dataIndex]?.orgUnit?.code)}
            />
          </Panel>
        )}
        <Panel title={translate('compliance.planStatus')}>
          <PieChart
            height={220}
            series={[{ innerRadius: 40, data: r.byPlanStatus.filter((s) => s.outlets).map((s) => ({ id: s.status, value: s.outlets, label: status(s.status) })) }]}
          />
        </Panel>
        <Panel title={translate('compliance.gapsByKind')}>
          <BarChart
            height={240}
            layout="horizontal"
            yAxis={[{ scaleType: 'band', data: r.gapsByKind.map((g) => kind(g.kind)), width: 150 }]}
            series={[{ data: r.gapsByKind.map((g) => g.outlets), label: translate('compliance.outlets'), color: '#ed6c02' }]}
          />
        </Panel>
      </Box>
      {r.rollout && (
        <Box sx={{ mb: 2 }}>
          <RolloutProgressPanel
            progress={r.rollout}
            units={children}
            zh={zh}
            name={name}
            drill={drill}
            path={compliancePath}
            panel={(title, body, actions) => <Panel title={title} actions={actions}>{body}</Panel>}
            exportButtons={(columns, rows) => <ExportButtons name={file('rollout-progress')} columns={columns} rows={() => Promise.resolve(rows)} testId="export-rollout" />}
          />
        </Box>
      )}
      <Stack spacing={2}>
        {children.length > 0 && (
          <Panel
            title={translate('compliance.list.units')}
            actions={<ExportButtons name={file('units')} columns={unitColumns} rows={() => Promise.resolve(children)} testId="export-units" />}
          >
            <SimpleTable
              testId="compliance-children"
              rows={children}
              rowKey={(c) => c.orgUnit?.code ?? String(Math.random())}
              columns={[
                {
                  label: col('unit'),
                  cell: (c) => <MuiLink component={Link} to={compliancePath(c.orgUnit?.code)} data-testid={`drill-${c.orgUnit?.code}`}>{name(c.orgUnit?.name)} ({c.orgUnit?.code})</MuiLink>,
                },
                { label: col('outlets'), cell: (c) => c.outlets },
                ...BAR_KEYS.map((k) => ({ label: translate(`compliance.bars.${k}`), cell: (c: (typeof children)[number]) => complianceBars(c)[k] })),
                { label: col('overdue'), cell: (c) => c.overdueActions },
              ]}
            />
          </Panel>
        )}
        <Panel
          title={`${translate('compliance.list.outlets')} (${outlets.total})`}
          actions={<ExportButtons name={file('outlets')} columns={outletColumns} rows={() => everyRow((o, l) => fetchOutlets(code, o, l))} testId="export-outlets" />}
        >
          <SimpleTable
            testId="compliance-outlet-list"
            rows={outlets.items}
            rowKey={(o) => o.code}
            columns={[
              { label: col('outlet'), cell: (o) => <MuiLink component={Link} to={compliancePath(o.code)}>{outletName(o)} ({o.code})</MuiLink> },
              { label: col('category'), cell: (o) => o.category ?? '' },
              { label: col('planStatus'), cell: (o) => status(o.planStatus) },
              { label: col('compliance'), cell: (o) => state(o.compliance) },
              { label: col('gapKinds'), cell: (o) => o.gapKinds.map(kind).join('、') },
              { label: col('overdue'), cell: (o) => o.overdueActions },
            ]}
          />
          {more(outlets, 'more-outlets')}
        </Panel>
        <Panel
          title={translate('compliance.list.gaps')}
          actions={<ExportButtons name={file('gaps')} columns={gapColumns} rows={() => everyRow((o, l) => fetchGaps(code, o, l))} testId="export-gaps" />}
        >
          <SimpleTable
            testId="compliance-gap-list"
            rows={gaps.items}
            rowKey={(g, i) => `${g.outletCode}:${g.path}:${i}`}
            columns={[
              { label: col('outlet'), cell: (g) => `${name(g.outletName)} (${g.outletCode})` },
              { label: col('kind'), cell: (g) => kind(g.kind) },
              { label: col('path'), cell: (g) => g.path },
              { label: col('expected'), cell: expectedOf },
              { label: col('actual'), cell: actualOf },
              { label: col('setBy'), cell: (g) => g.setBy.unitCode },
            ]}
          />
          {more(gaps, 'more-gaps')}
        </Panel>
        <Panel
          title={`${translate('compliance.list.actions')} (${overdue.total})`}
          actions={<ExportButtons name={file('overdue-actions')} columns={actionColumns} rows={() => everyRow((o, l) => fetchOverdue(code, o, l))} testId="export-actions" />}
        >
          <SimpleTable
            testId="compliance-overdue-list"
            rows={overdue.items}
            rowKey={(a) => `${a.outletCode}:${a.actionId}`}
            columns={[
              { label: col('outlet'), cell: (a) => `${overdueName(a)} (${a.outletCode})` },
              { label: col('what'), cell: (a) => a.what },
              { label: col('who'), cell: (a) => a.who },
              { label: col('dueDate'), cell: (a) => a.dueDate },
            ]}
          />
          {more(overdue, 'more-actions')}
        </Panel>
      </Stack>
    </Box>
  );
}
