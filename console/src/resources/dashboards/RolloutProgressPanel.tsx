import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, Box, Link as MuiLink } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import type { ReactNode } from 'react';
import { Link, useTranslate } from 'react-admin';
import type { ExportColumn } from '../../data/exporting';
import { currentPhase, PHASES, wave, waveKeys, type ChildRollup, type RolloutProgress } from './data';

export interface ProgressRow {
  code: string;
  name: string;
  phase: string | null;
  outlets: number;
  waves: { key: number | null; outlets: number; compliant: number; late: number }[];
}

/**
 * 推广进度: the rollout's progress per phase and wave under a unit. Left, the
 * units below with their outlets stacked by wave (a bar drills down, like the
 * compliance bars); right, outlets by the phase their branch is in today and
 * how many are late for phases already over. The list below the charts is the
 * one the export writes.
 */
export function RolloutProgressPanel({
  progress: p, units, zh, name, drill, path, exportButtons, panel,
}: {
  progress: RolloutProgress;
  units: ChildRollup[];
  zh: boolean;
  name: (n: { zh: string; en: string } | null | undefined) => string;
  drill: (code: string | undefined) => void;
  path: (code?: string) => string;
  exportButtons: (columns: ExportColumn<ProgressRow>[], rows: ProgressRow[]) => ReactNode;
  panel: (title: string, body: ReactNode, actions?: ReactNode) => ReactNode;
}) {
  const translate = useTranslate();
  const keys = waveKeys(p);
  const waveLabel = (k: number | null) => (k == null ? translate('compliance.rollout.noWave') : translate('compliance.rollout.wave', { n: k }));
  const phaseLabel = (ph: string | null) => (ph ? translate(`compliance.rollout.phase.${ph}`) : '');
  const byId = new Map(p.children.map((c) => [c.unitId, c]));
  const rows: ProgressRow[] = units.map((c) => {
    const own = byId.get(c.orgUnit?.id ?? '');
    return {
      code: c.orgUnit?.code ?? '',
      name: name(c.orgUnit?.name),
      phase: own ? currentPhase(own.byPhase) : null,
      outlets: c.outlets,
      waves: keys.map((k) => ({ key: k, ...wave(own?.byWave ?? [], k) })),
    };
  });
  const columns: ExportColumn<ProgressRow>[] = [
    { header: 'code', value: (r) => r.code },
    { header: translate('compliance.column.name'), value: (r) => r.name },
    { header: translate('compliance.rollout.currentPhase'), value: (r) => phaseLabel(r.phase) },
    { header: translate('compliance.column.outlets'), value: (r) => r.outlets },
    ...keys.flatMap((k, i) => [
      { header: waveLabel(k), value: (r: ProgressRow) => r.waves[i].outlets },
      ...(k == null ? [] : [{ header: `${waveLabel(k)} ${translate('compliance.rollout.late')}`, value: (r: ProgressRow) => r.waves[i].late }]),
    ]),
  ];
  const title = translate('compliance.rollout.title', { rollout: zh ? p.titleZh : p.titleEn || p.titleZh });
  return (
    <Box data-testid="rollout-progress" data-rollout={p.rolloutCode}>
      {panel(
        title,
        <>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '2fr 1fr' }, gap: 2 }}>
            {rows.length > 0 && (
              <BarChart
                height={Math.max(220, 36 * rows.length + 80)}
                layout="horizontal"
                yAxis={[{ scaleType: 'band', data: rows.map((r) => r.name || r.code), width: 140 }]}
                series={keys.map((k, i) => ({ data: rows.map((r) => r.waves[i].outlets), label: waveLabel(k), stack: 'waves' }))}
                onAxisClick={(_, d) => d?.dataIndex != null && drill(rows[d.dataIndex]?.code)}
              />
            )}
            <BarChart
              height={260}
              layout="horizontal"
              yAxis={[{ scaleType: 'band', data: PHASES.map((ph) => phaseLabel(ph)), width: 110 }]}
              series={[
                { data: PHASES.map((ph) => p.byPhase.find((x) => x.phase === ph)?.outlets ?? 0), label: translate('compliance.rollout.inPhase'), color: '#0288d1' },
                { data: PHASES.map((ph) => p.byPhase.find((x) => x.phase === ph)?.late ?? 0), label: translate('compliance.rollout.latePhase'), color: '#d32f2f' },
              ]}
            />
          </Box>
          <Stack direction="row" spacing={2} sx={{ my: 1, flexWrap: 'wrap' }} data-testid="rollout-waves">
            {keys.map((k) => {
              const w = wave(p.byWave, k);
              return (
                <Typography key={String(k)} variant="body2" data-testid={`rollout-wave-${k ?? 'none'}`}>
                  {translate('compliance.rollout.waveSummary', { wave: waveLabel(k), outlets: w.outlets, compliant: w.compliant, late: w.late })}
                </Typography>
              );
            })}
          </Stack>
          {rows.length > 0 && (
            <Table size="small" data-testid="rollout-progress-list">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('compliance.column.unit')}</TableCell>
                  <TableCell>{translate('compliance.rollout.currentPhase')}</TableCell>
                  <TableCell>{translate('compliance.column.outlets')}</TableCell>
                  {keys.map((k) => <TableCell key={String(k)}>{waveLabel(k)}</TableCell>)}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.code}>
                    <TableCell><MuiLink component={Link} to={path(r.code)}>{r.name} ({r.code})</MuiLink></TableCell>
                    <TableCell>{phaseLabel(r.phase)}</TableCell>
                    <TableCell>{r.outlets}</TableCell>
                    {r.waves.map((w) => (
                      <TableCell key={String(w.key)}>
                        {w.outlets}
                        {w.late > 0 && <Typography component="span" color="error" variant="body2">{` (${translate('compliance.rollout.late')} ${w.late})`}</Typography>}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>,
        exportButtons(columns, rows),
      )}
    </Box>
  );
}
