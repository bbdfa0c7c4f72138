/**
 * A Gantt-like strip: one bar per phase (or wave) placed by its dates on a
 * shared scale, a line at today, and late phases (ended before today) flagged.
 */
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface GanttRow {
  key: string;
  label: string;
  start: string;
  end: string;
  late: boolean;
  note?: string;
}

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
export const todayIso = () => new Date().toISOString().slice(0, 10);

export const Gantt = ({ rows, today = todayIso(), testId }: { rows: GanttRow[]; today?: string; testId: string }) => {
  const translate = useTranslate();
  if (!rows.length) return null;
  const from = Math.min(...rows.map((r) => day(r.start)), day(today));
  const to = Math.max(...rows.map((r) => day(r.end) + 86_400_000), day(today) + 86_400_000);
  const pct = (t: number) => `${(((t - from) / (to - from)) * 100).toFixed(2)}%`;
  return (
    <Box data-testid={testId} sx={{ my: 1 }}>
      {rows.map((r) => (
        <Stack key={r.key} direction="row" alignItems="center" spacing={1} sx={{ mb: 0.5 }} data-testid={`${testId}-${r.key}`} data-late={r.late ? 'true' : 'false'}>
          <Typography variant="body2" sx={{ width: 120, flexShrink: 0 }}>
            {r.label}
          </Typography>
          <Box sx={{ position: 'relative', flex: 1, height: 20, bgcolor: 'action.hover', borderRadius: 1 }}>
            <Box
              title={`${r.start} ~ ${r.end}`}
              sx={{
                position: 'absolute',
                top: 2,
                bottom: 2,
                left: pct(day(r.start)),
                width: `calc(${pct(day(r.end) + 86_400_000)} - ${pct(day(r.start))})`,
                bgcolor: r.late ? 'error.light' : 'primary.light',
                borderRadius: 1,
                minWidth: 3,
              }}
            />
            <Box title={`${translate('ro.today')} ${today}`} sx={{ position: 'absolute', top: -2, bottom: -2, left: pct(day(today)), width: 2, bgcolor: 'warning.main' }} data-testid={`${testId}-today`} />
          </Box>
          <Typography variant="body2" sx={{ width: 210, flexShrink: 0, fontFamily: 'monospace', whiteSpace: 'nowrap' }} data-testid={`${testId}-${r.key}-dates`}>
            {r.start} ~ {r.end}
          </Typography>
          <Box sx={{ width: 150, flexShrink: 0 }}>
            {r.late && <Chip size="small" color="error" label={translate('ro.late')} data-testid={`${testId}-${r.key}-late`} sx={{ mr: 0.5 }} />}
            {r.note && (
              <Typography component="span" variant="caption" color="text.secondary">
                {r.note}
              </Typography>
            )}
          </Box>
        </Stack>
      ))}
    </Box>
  );
};
