/**
 * Head office's authors edit a launched rollout from its show page: the
 * titles, each phase's dates and the pilot tier-two branches, saved at the
 * version on screen (someone else's save in between is a version conflict,
 * said plainly). The API refuses dates that would put a branch's approved
 * plan outside them, naming the plan and the phase; that refusal is shown
 * under the phase it names, the rest under the titles or the pilots.
 */
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider';
import { describeApiError } from '../../apiErrors';
import { GraphQLRequestError } from '../../graphql';
import { PilotPicker } from './PilotPicker';
import { PhaseRows, datedPhases, phaseViolations, phasesInput, rangesOf, type PhaseErrors, type PhaseRanges } from './PhaseRows';
import type { RolloutRecord } from './queries';

type Errors = { phases: PhaseErrors; title: { zh?: string; en?: string }; pilots: string | null; other: string[] };
const NO_ERRORS: Errors = { phases: {}, title: {}, pilots: null, other: [] };

export const RolloutEditDialog = ({ rollout, onClose, onSaved }: { rollout: RolloutRecord; onClose: () => void; onSaved: (r: RolloutRecord) => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [title, setTitle] = useState({ zh: rollout.title.zh, en: rollout.title.en });
  const [phases, setPhases] = useState<PhaseRanges>(rangesOf(rollout.phases));
  const [pilots, setPilots] = useState<string[]>([...rollout.pilotUnitCodes]);
  const [errors, setErrors] = useState<Errors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const was = rangesOf(rollout.phases);

  const save = async () => {
    const sent = datedPhases(phases);
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const saved = await dataProvider.updateRollout(rollout.code, rollout.version, {
        title: { zh: title.zh.trim(), en: title.en.trim() },
        phases: phasesInput(phases),
        pilotUnitCodes: pilots,
      });
      notify('ro.rollout_saved', { type: 'success' });
      onSaved(saved);
    } catch (e) {
      if (e instanceof GraphQLRequestError && e.violations.length) {
        const { phases: byPhase, rest } = phaseViolations(e.violations, sent, translate);
        const next: Errors = { phases: byPhase, title: {}, pilots: null, other: [] };
        for (const v of rest) {
          const lang = /^input\.title\.(zh|en)/.exec(v.field)?.[1] as 'zh' | 'en' | undefined;
          if (lang) next.title[lang] ??= v.message;
          else if (v.field.startsWith('input.pilotUnitCodes')) next.pilots ??= v.message;
          else next.other.push(`${v.field}: ${v.message}`);
        }
        setErrors(next);
      } else setErrors({ ...NO_ERRORS, other: [describeApiError(translate, e, 'rollouts')] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={() => !busy && onClose()} fullWidth maxWidth="md">
      <DialogTitle>
        {translate('ro.edit_rollout')} · {rollout.code}
      </DialogTitle>
      <DialogContent data-testid="ro-rollout-editor">
        <Stack direction="row" spacing={1} sx={{ my: 1 }}>
          {(['zh', 'en'] as const).map((lang) => (
            <TextField
              key={lang}
              size="small"
              fullWidth
              label={translate(`resources.rollouts.fields.title.${lang}`)}
              value={title[lang]}
              onChange={(e) => setTitle({ ...title, [lang]: e.target.value })}
              error={!!errors.title[lang]}
              helperText={errors.title[lang]}
              inputProps={{ 'data-testid': `ro-ho-title-${lang}` }}
            />
          ))}
        </Stack>
        <Typography variant="subtitle1">{translate('resources.rollouts.fields.phases')}</Typography>
        <PhaseRows
          phases={phases}
          onChange={setPhases}
          errors={errors.phases}
          testId="ro-ho"
          hint={(phase) => (was[phase] ? translate('ro.was_range', was[phase]) : '')}
        />
        <PilotPicker value={pilots} onChange={setPilots} label={translate('resources.rollouts.fields.pilotUnitCodes')} error={errors.pilots} testId="ro-ho-pilots" />
        {errors.other.length > 0 && (
          <Alert severity="error" sx={{ my: 1 }} data-testid="ro-rollout-editor-error">
            {errors.other.join('; ')}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ro.cancel')}
        </Button>
        <Button variant="contained" onClick={save} disabled={busy} data-testid="ro-rollout-save">
          {translate('ro.save_rollout')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
