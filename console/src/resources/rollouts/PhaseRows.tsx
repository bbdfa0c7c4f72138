/**
 * The bank's six phases as rows of start and end dates, for head office's
 * rollout and a tier-one's localization alike; a phase left blank is not
 * sent. A refusal of the API that names a phase (`input.phases[i]…`, by its
 * place in what was sent) is shown under that phase's row.
 */
import type { ReactNode } from 'react';
import { Box, Stack, TextField, Typography } from '@mui/material';
import { useTranslate, type TranslateFunction } from 'react-admin';
import type { ApiViolation } from '../../graphql';
import { PHASES, type RolloutPhase } from './queries';

export interface Range {
  start: string;
  end: string;
}
export type PhaseRanges = Partial<Record<RolloutPhase, Range>>;
export type PhaseErrors = Partial<Record<RolloutPhase, string>>;

export const rangesOf = (phases: readonly ({ phase: RolloutPhase } & Range)[]): PhaseRanges => Object.fromEntries(phases.map((p) => [p.phase, { start: p.start, end: p.end }]));

/** The phases with a date, in the bank's order: what is sent, so a refusal's index finds its phase here. */
export const datedPhases = (phases: PhaseRanges): RolloutPhase[] => PHASES.filter((p) => phases[p]?.start || phases[p]?.end);

export const phasesInput = (phases: PhaseRanges) => datedPhases(phases).map((phase) => ({ phase, start: phases[phase]?.start ?? '', end: phases[phase]?.end ?? '' }));

/** Splits refusals into those shown under a phase (the first of each) and the rest. */
export function phaseViolations(violations: readonly ApiViolation[], sent: readonly RolloutPhase[], translate: TranslateFunction): { phases: PhaseErrors; rest: ApiViolation[] } {
  const phases: PhaseErrors = {};
  const rest: ApiViolation[] = [];
  for (const v of violations) {
    const m = /^input\.phases\[(\d+)\]/.exec(v.field);
    const phase = m ? sent[Number(m[1])] : undefined;
    if (phase) phases[phase] ??= `${translate(`ro.phases.${phase}`)}: ${v.message}`;
    else rest.push(v);
  }
  return { phases, rest };
}

export const dateField = (label: string, value: string, onChange: (v: string) => void, testId: string, error?: boolean) => (
  <TextField size="small" type="date" label={label} value={value} onChange={(e) => onChange(e.target.value)} InputLabelProps={{ shrink: true }} error={error} inputProps={{ 'data-testid': testId }} />
);

export const PhaseRows = ({
  phases,
  onChange,
  errors,
  hint,
  testId,
}: {
  phases: PhaseRanges;
  onChange: (next: PhaseRanges) => void;
  errors: PhaseErrors;
  /** Beside each row: the range it must lie in, or what it was. */
  hint?: (phase: RolloutPhase) => ReactNode;
  /** Prefix of the rows' test ids. */
  testId: string;
}) => {
  const translate = useTranslate();
  return (
    <>
      {PHASES.map((phase) => {
        const own = phases[phase] ?? { start: '', end: '' };
        const set = (key: keyof Range) => (v: string) => onChange({ ...phases, [phase]: { ...own, [key]: v } });
        return (
          <Box key={phase} sx={{ mb: 1 }} data-testid={`${testId}-edit-phase-${phase}`}>
            <Stack direction="row" spacing={1} alignItems="center">
              <Typography sx={{ width: 110 }}>{translate(`ro.phases.${phase}`)}</Typography>
              {dateField(translate('resources.rollouts.fields.start'), own.start, set('start'), `${testId}-phase-${phase}-start`, !!errors[phase])}
              {dateField(translate('resources.rollouts.fields.end'), own.end, set('end'), `${testId}-phase-${phase}-end`, !!errors[phase])}
              {hint && (
                <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }} data-testid={`${testId}-parent-range-${phase}`}>
                  {hint(phase)}
                </Typography>
              )}
            </Stack>
            {errors[phase] && (
              <Typography color="error" variant="body2" data-testid={`${testId}-phase-error-${phase}`}>
                {errors[phase]}
              </Typography>
            )}
          </Box>
        );
      })}
    </>
  );
};
