/**
 * 落地方案向导 (/outlet-plans/:code): the outlet head records the facts, sees
 * the gaps the API finds against the outlet's effective standard, closes each
 * with a dated action or a written justification, then submits. Facts are
 * saved on leaving the facts step, so the gaps shown are always the API's.
 */
import { useEffect, useState } from 'react';
import {
  Alert, Box, Button, Card, CardContent, LinearProgress, MenuItem, Stack, Step, StepLabel, Stepper, TextField, Typography,
} from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import type { OutletFactsInput } from '../../gql/graphql';
import { useAsync } from '../standard-editions/useAsync';
import { announceInboxChange } from '../inbox/inboxCount';
import { GapTable, describePlanError } from './parts';
import { outletPlanApi, type OutletPlanRecord } from './queries';

const STEPS = ['facts', 'gaps', 'actions', 'submit'] as const;
const ZONE_STATES = ['PRESENT', 'PLANNED', 'ABSENT'];

export const outletPlanPath = (code: string) => `/outlet-plans/${encodeURIComponent(code)}`;

function factsOf(plan: OutletPlanRecord | null, lists: { positions: string[]; zones: string[]; devices: string[] }): OutletFactsInput {
  const f = plan?.facts;
  return {
    floorArea: f?.floorArea ?? null,
    staffing: lists.positions.map((position) => {
      const s = f?.staffing.find((x) => x.position === position);
      return { position, current: s?.current ?? 0, target: s?.target ?? 0 };
    }),
    zones: lists.zones.map((zone) => ({ zone, status: f?.zones.find((x) => x.zone === zone)?.status ?? 'ABSENT' })),
    devices: lists.devices.map((deviceType) => ({ deviceType, count: f?.devices.find((x) => x.deviceType === deviceType)?.count ?? 0 })),
    acknowledgedRules: f?.acknowledgedRules ?? [],
  };
}

export const WizardPage = () => {
  const { code = '' } = useParams();
  const translate = useTranslate();
  const { data, error, loading } = useAsync(code, async (signal) => {
    const [plan, lists] = await Promise.all([outletPlanApi.plan(code, signal), outletPlanApi.lists(code, signal)]);
    return { plan, lists };
  });
  const [plan, setPlan] = useState<OutletPlanRecord | null>(null);
  const [facts, setFacts] = useState<OutletFactsInput | null>(null);
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [draft, setDraft] = useState({ path: '', who: '', what: '', dueDate: '', expectedEffect: '', justification: '' });

  useEffect(() => {
    if (!data) return;
    setPlan(data.plan);
    setFacts(factsOf(data.plan, data.lists));
  }, [data]);

  const run = async (work: () => Promise<OutletPlanRecord>) => {
    setBusy(true);
    setProblem(null);
    try {
      const next = await work();
      setPlan(next);
      return next;
    } catch (e) {
      setProblem(describePlanError(translate, e));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const saveFacts = () => (facts ? run(() => outletPlanApi.save(code, plan?.version ?? null, facts)) : Promise.resolve(null));
  const goTo = async (next: number) => {
    if (step === 0 && next !== 0 && editable && !(await saveFacts())) return;
    setStep(next);
  };

  const editable = !plan || plan.status === 'DRAFT' || plan.status === 'RETURNED';
  const open = (plan?.gaps ?? []).filter((g) => !g.addressed);
  const firstOpen = open[0]?.path ?? '';
  const path = draft.path || firstOpen;

  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="op-wizard">
      <Title title={translate('op.wizard.title', { code })} />
      {(loading || busy) && <LinearProgress data-testid="op-busy" />}
      {error != null && <Alert severity="error">{describePlanError(translate, error)}</Alert>}
      {facts && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h5">{translate('op.wizard.title', { code })}</Typography>
            {plan && (
              <Typography color="text.secondary" data-testid="op-status">
                {translate(`lv.states.${plan.status}`)} · {translate('op.gap_count', { count: plan.gapCount })}
              </Typography>
            )}
            <Stepper activeStep={step} sx={{ my: 2 }}>
              {STEPS.map((s, i) => (
                <Step key={s} completed={i < step}>
                  <StepLabel onClick={() => goTo(i)} sx={{ cursor: 'pointer' }} data-testid={`op-step-${s}`}>
                    {translate(`op.steps.${s}`)}
                  </StepLabel>
                </Step>
              ))}
            </Stepper>

            {step === 0 && (
              <Stack spacing={2} data-testid="op-facts">
                <TextField
                  label={translate('op.facts.floor_area')}
                  type="number"
                  size="small"
                  disabled={!editable}
                  value={facts.floorArea ?? ''}
                  onChange={(e) => setFacts({ ...facts, floorArea: e.target.value === '' ? null : Number(e.target.value) })}
                  inputProps={{ 'data-testid': 'op-floor-area' }}
                  sx={{ maxWidth: 240 }}
                />
                <Typography variant="h6">{translate('op.facts.staffing')}</Typography>
                {facts.staffing.map((s, i) => (
                  <Stack direction="row" spacing={2} key={s.position} alignItems="center">
                    <Typography sx={{ minWidth: 200 }}>{s.position}</Typography>
                    {(['current', 'target'] as const).map((k) => (
                      <TextField
                        key={k}
                        label={translate(`op.facts.${k}`)}
                        type="number"
                        size="small"
                        disabled={!editable}
                        value={s[k]}
                        onChange={(e) => {
                          const staffing = [...facts.staffing];
                          staffing[i] = { ...s, [k]: Number(e.target.value) };
                          setFacts({ ...facts, staffing });
                        }}
                        inputProps={{ 'data-testid': `op-staff-${s.position}-${k}` }}
                      />
                    ))}
                  </Stack>
                ))}
                <Typography variant="h6">{translate('op.facts.zones')}</Typography>
                {facts.zones.map((z, i) => (
                  <TextField
                    key={z.zone}
                    select
                    size="small"
                    label={z.zone}
                    disabled={!editable}
                    value={z.status}
                    onChange={(e) => {
                      const zones = [...facts.zones];
                      zones[i] = { ...z, status: e.target.value };
                      setFacts({ ...facts, zones });
                    }}
                    sx={{ maxWidth: 320 }}
                    SelectProps={{ SelectDisplayProps: { 'data-testid': `op-zone-${z.zone}` } as object }}
                  >
                    {ZONE_STATES.map((st) => (
                      <MenuItem key={st} value={st}>{translate(`op.zone_states.${st}`)}</MenuItem>
                    ))}
                  </TextField>
                ))}
                <Typography variant="h6">{translate('op.facts.devices')}</Typography>
                {facts.devices.map((d, i) => (
                  <TextField
                    key={d.deviceType}
                    label={d.deviceType}
                    type="number"
                    size="small"
                    disabled={!editable}
                    value={d.count}
                    onChange={(e) => {
                      const devices = [...facts.devices];
                      devices[i] = { ...d, count: Number(e.target.value) };
                      setFacts({ ...facts, devices });
                    }}
                    inputProps={{ 'data-testid': `op-device-${d.deviceType}` }}
                    sx={{ maxWidth: 240 }}
                  />
                ))}
              </Stack>
            )}

            {step === 1 && plan && <GapTable plan={plan} />}

            {step === 2 && plan && (
              <Stack spacing={2}>
                <GapTable plan={plan} />
                {editable && open.length > 0 && (
                  <Stack spacing={1} data-testid="op-action-form">
                    <TextField select size="small" label={translate('op.gap.path')} value={path} onChange={(e) => setDraft({ ...draft, path: e.target.value })}>
                      {open.map((g) => (
                        <MenuItem key={g.path} value={g.path}>{g.path}</MenuItem>
                      ))}
                    </TextField>
                    {(['who', 'what', 'expectedEffect'] as const).map((k) => (
                      <TextField key={k} size="small" label={translate(`op.action.${k}`)} value={draft[k]} onChange={(e) => setDraft({ ...draft, [k]: e.target.value })} inputProps={{ 'data-testid': `op-action-${k}` }} />
                    ))}
                    <TextField size="small" type="date" label={translate('op.action.dueDate')} InputLabelProps={{ shrink: true }} value={draft.dueDate} onChange={(e) => setDraft({ ...draft, dueDate: e.target.value })} inputProps={{ 'data-testid': 'op-action-dueDate' }} />
                    <Button
                      variant="contained"
                      disabled={busy}
                      data-testid="op-action-add"
                      onClick={async () => {
                        const { who, what, dueDate, expectedEffect } = draft;
                        if (await run(() => outletPlanApi.add(code, plan.version, { path, who, what, dueDate, expectedEffect })))
                          setDraft({ ...draft, path: '', what: '', expectedEffect: '' });
                      }}
                    >
                      {translate('op.action.add')}
                    </Button>
                    <TextField size="small" multiline label={translate('op.justify')} value={draft.justification} onChange={(e) => setDraft({ ...draft, justification: e.target.value })} inputProps={{ 'data-testid': 'op-justification' }} />
                    <Button
                      variant="outlined"
                      disabled={busy || !draft.justification.trim()}
                      data-testid="op-justify"
                      onClick={async () => {
                        if (await run(() => outletPlanApi.justify(code, plan.version, path, draft.justification.trim()))) setDraft({ ...draft, path: '', justification: '' });
                      }}
                    >
                      {translate('op.justify_button')}
                    </Button>
                  </Stack>
                )}
              </Stack>
            )}

            {step === 3 && plan && (
              <Stack spacing={2}>
                {open.length > 0 && (
                  <Alert severity="warning" data-testid="op-submit-blocked">
                    {translate('op.submit_blocked', { count: open.length })}
                  </Alert>
                )}
                {!editable && <Alert severity="info" data-testid="op-submitted">{translate('op.not_editable', { state: translate(`lv.states.${plan.status}`) })}</Alert>}
                <Button
                  variant="contained"
                  disabled={busy || !editable || open.length > 0}
                  data-testid="op-submit"
                  onClick={async () => {
                    if (await run(() => outletPlanApi.submit(code, plan.version))) announceInboxChange();
                  }}
                >
                  {translate('op.submit')}
                </Button>
              </Stack>
            )}

            {problem && <Alert severity="error" sx={{ mt: 2 }} data-testid="op-error">{problem}</Alert>}
            <Stack direction="row" spacing={1} sx={{ mt: 3 }}>
              <Button disabled={step === 0 || busy} onClick={() => goTo(step - 1)} data-testid="op-back">{translate('op.back')}</Button>
              <Button variant="outlined" disabled={step === STEPS.length - 1 || busy} onClick={() => goTo(step + 1)} data-testid="op-next">{translate('op.next')}</Button>
            </Stack>
          </CardContent>
        </Card>
      )}
    </Box>
  );
};
