/**
 * A branch's own plan editor. A tier-one dates its phases (each input shows
 * head office's range beside it), picks pilots and groups its tier-two
 * branches into waves; a tier-two places its outlets in waves and lists local
 * actions. The API checks every date against the level above and answers
 * with the field and the rule: each refusal is shown under its own input.
 */
import { useState } from 'react';
import { Alert, Box, Button, Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider';
import { describeApiError } from '../../apiErrors';
import { GraphQLRequestError } from '../../graphql';
import { useText } from '../standard-editions/fields';
import { useAsync } from '../standard-editions/useAsync';
import { PilotPicker } from './PilotPicker';
import { PhaseRows, dateField, datedPhases, phaseViolations, phasesInput, rangesOf, type PhaseErrors, type PhaseRanges, type Range } from './PhaseRows';
import type { RolloutPlanInput, RolloutPlanRecord, RolloutRecord } from './queries';

interface WaveDraft extends Range {
  unitCodes: string[];
}
interface ActionDraft {
  what: string;
  who: string;
  dueDate: string;
}

type Errors = { phases: PhaseErrors; pilots: string | null; waves: Record<number, string>; actions: Record<number, string>; other: string[] };
const NO_ERRORS: Errors = { phases: {}, pilots: null, waves: {}, actions: {}, other: [] };

export const PlanEditor = (props: {
  rollout: RolloutRecord;
  unitCode: string;
  tierOne: boolean;
  plan: RolloutPlanRecord | null;
  /** Where the waves must lie: the level above's wave or promotion phase in force for this unit. */
  waveRange: Range | null;
  onSaved: (p: RolloutPlanRecord) => void;
  onCancel: () => void;
}) => {
  const { rollout, unitCode, tierOne, plan, waveRange } = props;
  const translate = useTranslate();
  const notify = useNotify();
  const text = useText();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const open = plan && ['DRAFT', 'RETURNED'].includes(plan.status) ? plan : null;
  const [phases, setPhases] = useState<PhaseRanges>(rangesOf(plan?.phases ?? []));
  const [pilots, setPilots] = useState<string[]>([...(plan?.pilotUnitCodes ?? [])]);
  const [waves, setWaves] = useState<WaveDraft[]>((plan?.waves ?? []).map((w) => ({ start: w.start, end: w.end, unitCodes: [...w.unitCodes] })));
  const [actions, setActions] = useState<ActionDraft[]>((plan?.actions ?? []).map((a) => ({ ...a })));
  const [errors, setErrors] = useState<Errors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const children = useAsync(unitCode, (s) => dataProvider.getRolloutChildren(unitCode, s));
  const above = new Map(rollout.phases.map((p) => [p.phase, p]));
  const dated = datedPhases(phases);

  const save = async () => {
    const input: RolloutPlanInput = tierOne
      ? {
          phases: phasesInput(phases),
          pilotUnitCodes: pilots,
          waves: waves.map((w, i) => ({ number: i + 1, ...w })),
        }
      : { waves: waves.map((w, i) => ({ number: i + 1, ...w })), actions };
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const saved = await dataProvider.saveRolloutPlan(rollout.code, unitCode, open?.version ?? null, input);
      notify('ro.saved', { type: 'success' });
      props.onSaved(saved);
    } catch (e) {
      if (e instanceof GraphQLRequestError && e.violations.length) {
        // Each violation goes under the input it names: the phase by its place in what was sent, the wave or action by index.
        const { phases: byPhase, rest } = phaseViolations(e.violations, dated, translate);
        const next: Errors = { ...NO_ERRORS, phases: byPhase, waves: {}, actions: {}, other: [] };
        for (const v of rest) {
          const m = /^input\.(pilotUnitCodes|waves|actions)(?:\[(\d+)\])?/.exec(v.field);
          if (m?.[1] === 'pilotUnitCodes') next.pilots ??= v.message;
          else if (m?.[1] === 'waves' && m[2]) next.waves[Number(m[2])] = v.message;
          else if (m?.[1] === 'actions' && m[2]) next.actions[Number(m[2])] = v.message;
          else next.other.push(`${v.field}: ${v.message}`);
        }
        setErrors(next);
      } else setErrors({ ...NO_ERRORS, other: [describeApiError(translate, e, 'rollouts')] });
    } finally {
      setBusy(false);
    }
  };

  const units = children.data ?? [];
  return (
    <Box data-testid="ro-editor" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, my: 1 }}>
      {tierOne && (
        <>
          <Typography variant="subtitle1">{translate('resources.rollouts.fields.phases')}</Typography>
          <PhaseRows
            phases={phases}
            onChange={setPhases}
            errors={errors.phases}
            testId="ro"
            hint={(phase) => {
              const parent = above.get(phase);
              return parent ? translate('ro.parent_range', { start: parent.start, end: parent.end }) : translate('ro.parent_none');
            }}
          />
          <PilotPicker
            value={pilots}
            onChange={setPilots}
            // A tier-one picks among head office's pilots in its own area.
            filter={{ codes: rollout.pilotUnitCodes, under: unitCode }}
            label={translate('ro.pilot_units')}
            helperText={translate('ro.pilot_units_hint')}
            error={errors.pilots}
            testId="ro-pilots"
          />
        </>
      )}
      <Typography variant="subtitle1">{translate('ro.waves')}</Typography>
      {waveRange && (
        <Typography variant="body2" color="text.secondary">
          {translate('ro.wave_range', waveRange)}
        </Typography>
      )}
      {waves.map((w, i) => {
        const set = (patch: Partial<WaveDraft>) => setWaves(waves.map((x, j) => (j === i ? { ...x, ...patch } : x)));
        return (
          <Box key={i} sx={{ my: 1 }} data-testid={`ro-wave-${i + 1}`}>
            <Stack direction="row" spacing={1} alignItems="center">
              <Typography sx={{ width: 110 }}>{translate('ro.wave', { number: i + 1 })}</Typography>
              {dateField(translate('resources.rollouts.fields.start'), w.start, (v) => set({ start: v }), `ro-wave-${i + 1}-start`, !!errors.waves[i])}
              {dateField(translate('resources.rollouts.fields.end'), w.end, (v) => set({ end: v }), `ro-wave-${i + 1}-end`, !!errors.waves[i])}
              <Button size="small" onClick={() => setWaves(waves.filter((_, j) => j !== i))}>
                {translate('ro.remove')}
              </Button>
            </Stack>
            <Stack direction="row" flexWrap="wrap" sx={{ pl: 14 }}>
              {units.map((u) => (
                <FormControlLabel
                  key={u.code}
                  label={`${u.code} ${text(u.name)}`}
                  control={
                    <Checkbox
                      size="small"
                      checked={w.unitCodes.includes(u.code)}
                      onChange={(e) => set({ unitCodes: e.target.checked ? [...w.unitCodes, u.code] : w.unitCodes.filter((c) => c !== u.code) })}
                      inputProps={{ 'data-testid': `ro-wave-${i + 1}-unit-${u.code}` } as never}
                    />
                  }
                />
              ))}
            </Stack>
            {errors.waves[i] && (
              <Typography color="error" variant="body2" data-testid={`ro-wave-error-${i + 1}`}>
                {errors.waves[i]}
              </Typography>
            )}
          </Box>
        );
      })}
      <Button size="small" onClick={() => setWaves([...waves, { start: waveRange?.start ?? '', end: waveRange?.end ?? '', unitCodes: [] }])} data-testid="ro-add-wave">
        {translate('ro.add_wave')}
      </Button>
      {!tierOne && (
        <>
          <Typography variant="subtitle1" sx={{ mt: 1 }}>
            {translate('ro.actions')}
          </Typography>
          {actions.map((a, i) => {
            const set = (patch: Partial<ActionDraft>) => setActions(actions.map((x, j) => (j === i ? { ...x, ...patch } : x)));
            return (
              <Box key={i} sx={{ my: 1 }}>
                <Stack direction="row" spacing={1} alignItems="center">
                  <TextField size="small" label={translate('ro.what')} value={a.what} onChange={(e) => set({ what: e.target.value })} sx={{ flex: 2 }} />
                  <TextField size="small" label={translate('ro.who')} value={a.who} onChange={(e) => set({ who: e.target.value })} sx={{ flex: 1 }} />
                  {dateField(translate('ro.dueDate'), a.dueDate, (v) => set({ dueDate: v }), `ro-action-${i + 1}-due`, !!errors.actions[i])}
                  <Button size="small" onClick={() => setActions(actions.filter((_, j) => j !== i))}>
                    {translate('ro.remove')}
                  </Button>
                </Stack>
                {errors.actions[i] && (
                  <Typography color="error" variant="body2">
                    {errors.actions[i]}
                  </Typography>
                )}
              </Box>
            );
          })}
          <Button size="small" onClick={() => setActions([...actions, { what: '', who: '', dueDate: '' }])} data-testid="ro-add-action">
            {translate('ro.add_action')}
          </Button>
        </>
      )}
      {errors.other.length > 0 && (
        <Alert severity="error" sx={{ my: 1 }} data-testid="ro-editor-error">
          {errors.other.join('; ')}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Button variant="contained" onClick={save} disabled={busy} data-testid="ro-save">
          {translate('ro.save')}
        </Button>
        <Button onClick={props.onCancel} disabled={busy}>
          {translate('ro.cancel')}
        </Button>
      </Stack>
    </Box>
  );
};
