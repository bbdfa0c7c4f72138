/**
 * 落地方案向导 (/outlet-plans/:code): the outlet head records the facts, sees
 * the gaps the API finds against the outlet's effective standard, closes each
 * with a dated action or a written justification, then submits. Facts are
 * saved shortly after the head stops typing (and on leaving the facts step),
 * so the gaps shown as they type are always the API's, from the one engine.
 */
import { useEffect, useRef, useState } from 'react';
import {
  Alert, Box, Button, Card, CardContent, Checkbox, FormControlLabel, LinearProgress, MenuItem, Stack, Step, StepLabel, Stepper,
  Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import type { OutletFactsInput } from '../../gql/graphql';
import { useAsync } from '../standard-editions/useAsync';
import { announceInboxChange } from '../inbox/inboxCount';
import { GapTable, NamedCode, describePlanError, nameOfPath, useLocalName } from './parts';
import { planProgress } from './progress';
import { outletPlanApi, type FactLists, type OutletPlanRecord } from './queries';

const STEPS = ['facts', 'gaps', 'actions', 'submit'] as const;
const ZONE_STATES = ['PRESENT', 'PLANNED', 'ABSENT'];
const BLANK_ACTION = { path: '', who: '', what: '', dueDate: '', expectedEffect: '', done: false, justification: '' };

/** States whose plan is still open (the outlet's to change or the approver's to decide). */
const OPEN = ['DRAFT', 'SUBMITTED', 'RETURNED'];

const PlanProgress = ({ plan }: { plan: OutletPlanRecord | null }) => {
  const translate = useTranslate();
  const p = planProgress(plan);
  const mark = (done: boolean) => (done ? '✓' : '○');
  return (
    <Box data-testid="op-progress" data-value={p.percent} sx={{ my: 1 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <LinearProgress variant="determinate" value={p.percent} sx={{ flexGrow: 1, height: 8, borderRadius: 4 }} />
        <Typography variant="body2" sx={{ minWidth: 48 }}>{p.percent}%</Typography>
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {mark(p.facts)} {translate('op.progress.facts')} · {mark(p.facts && p.covered === p.gaps)}{' '}
        {translate('op.progress.gaps', { covered: p.covered, total: p.gaps })} · {mark(p.submitted)} {translate('op.progress.submitted')}
      </Typography>
    </Box>
  );
};

/** The gaps of the facts as last saved, by kind: what the head's typing does to them, without leaving the step. */
const LiveGaps = ({ plan }: { plan: OutletPlanRecord }) => {
  const translate = useTranslate();
  const byKind = new Map<string, number>();
  for (const g of plan.gaps) byKind.set(g.kind, (byKind.get(g.kind) ?? 0) + 1);
  return (
    <Alert severity={plan.gaps.length ? 'warning' : 'success'} data-testid="op-live-gaps" data-count={plan.gaps.length}>
      {plan.gaps.length
        ? [translate('op.gap_count', { count: plan.gaps.length }), ...[...byKind].map(([k, n]) => `${translate(`op.kinds.${k}`)} ${n}`)].join(' · ')
        : translate('op.no_gaps')}
    </Alert>
  );
};

/** 核心内容确认: each core rule in force, ticked once acknowledged (an acknowledgement is not taken back). */
const CoreRules = ({ lists, plan, disabled, onAcknowledge }: { lists: FactLists; plan: OutletPlanRecord; disabled: boolean; onAcknowledge: (codes: string[]) => void }) => {
  const translate = useTranslate();
  const done = new Set(plan.facts.acknowledgedRules);
  const pending = lists.coreRules.filter((r) => !done.has(r.code)).map((r) => r.code);
  if (!lists.coreRules.length) return null;
  return (
    <Box data-testid="op-core-rules">
      <Typography variant="h6">{translate('op.rules.title')}</Typography>
      <Typography variant="body2" color="text.secondary">{translate('op.rules.hint')}</Typography>
      <Stack>
        {lists.coreRules.map((r) => (
          <FormControlLabel
            key={r.code}
            control={
              <Checkbox
                checked={done.has(r.code)}
                disabled={disabled || done.has(r.code)}
                onChange={(e) => e.target.checked && onAcknowledge([r.code])}
                inputProps={{ 'data-testid': `op-rule-${r.code}` } as object}
              />
            }
            label={<NamedCode name={r.title} code={r.code} />}
          />
        ))}
      </Stack>
      {pending.length > 1 && (
        <Button size="small" disabled={disabled} onClick={() => onAcknowledge(pending)} data-testid="op-ack-all">
          {translate('op.rules.all', { count: pending.length })}
        </Button>
      )}
    </Box>
  );
};

export const outletPlanPath = (code: string) => `/outlet-plans/${encodeURIComponent(code)}`;

function factsOf(plan: OutletPlanRecord | null, lists: FactLists): OutletFactsInput {
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
  const local = useLocalName();
  const { data, error, loading } = useAsync(code, async (signal) => {
    const [plan, lists] = await Promise.all([outletPlanApi.plan(code, signal), outletPlanApi.lists(code, signal)]);
    return { plan, lists };
  });
  const [plan, setPlan] = useState<OutletPlanRecord | null>(null);
  const [facts, setFacts] = useState<OutletFactsInput | null>(null);
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [draft, setDraft] = useState(BLANK_ACTION);
  // The action item being rewritten, if any (the form then saves it instead of adding one).
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    if (!data) return;
    latest.current = data.plan;
    setPlan(data.plan);
    setFacts(factsOf(data.plan, data.lists));
  }, [data]);

  // The plan as last answered, for saves queued before the answer came (their version must be the newest).
  const latest = useRef<OutletPlanRecord | null>(null);
  // Saves of the facts, one after another: two in flight would carry the same version and one would conflict.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // Facts typed but not saved yet.
  const [dirty, setDirty] = useState(false);
  const edit = (next: OutletFactsInput) => {
    setFacts(next);
    setDirty(true);
  };

  const run = async (work: () => Promise<OutletPlanRecord>) => {
    setBusy(true);
    setProblem(null);
    try {
      const next = await work();
      latest.current = next;
      setPlan(next);
      // The API's acknowledgements are the ones kept: a later save of the facts sends them back unchanged.
      setFacts((f) => f && { ...f, acknowledgedRules: next.facts.acknowledgedRules });
      return next;
    } catch (e) {
      setProblem(describePlanError(translate, e));
      return null;
    } finally {
      setBusy(false);
    }
  };

  // With no open plan (none yet, or only an approved or withdrawn one), saving the facts starts a new draft.
  const openPlan = plan && OPEN.includes(plan.status) ? plan : null;
  const openVersion = (p: OutletPlanRecord | null) => (p && OPEN.includes(p.status) ? p.version : null);
  const saveFacts = (f: OutletFactsInput | null = facts) => {
    if (!f) return Promise.resolve(null);
    const saved = queue.current.then(() => run(() => outletPlanApi.save(code, openVersion(latest.current), f)));
    queue.current = saved;
    return saved;
  };
  // Typing pauses: save, so the gaps below follow what is typed.
  useEffect(() => {
    if (!dirty || step !== 0 || !factsEditable) return;
    const timer = setTimeout(() => {
      setDirty(false);
      void saveFacts();
    }, 800);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [facts, dirty, step]);
  const goTo = async (next: number) => {
    // Leaving the facts: save what is typed (or start the plan), after any save under way.
    if (step === 0 && next !== 0 && factsEditable && (dirty || !openPlan)) {
      setDirty(false);
      if (!(await saveFacts())) return;
    } else await queue.current;
    setNotice(null);
    setStep(next);
  };

  const editable = !!plan && (plan.status === 'DRAFT' || plan.status === 'RETURNED');
  const factsEditable = !plan || editable || plan.status === 'APPROVED' || plan.status === 'WITHDRAWN';
  const open = (plan?.gaps ?? []).filter((g) => !g.addressed);
  const editedAction = plan?.actions.find((a) => a.id === editing) ?? null;
  // The requirements an item may close: the open gaps, and when rewriting an item, every gap and the item's own.
  const choices = [...new Set([...(editedAction ? plan!.gaps : open).map((g) => g.path), ...(editedAction ? [editedAction.path] : [])])];
  const path = draft.path || choices[0] || '';
  const names = data?.lists.names;
  const gapLabel = (p: string) => {
    const gap = plan?.gaps.find((g) => g.path === p);
    const name = local(nameOfPath(names, p));
    return `${gap ? translate(`op.kinds.${gap.kind}`) : p}${name ? ` · ${name}` : ''}`;
  };
  const startEdit = (id: string) => {
    const a = plan?.actions.find((x) => x.id === id);
    if (!a) return;
    setEditing(id);
    setDraft({ ...BLANK_ACTION, path: a.path, who: a.who, what: a.what, dueDate: a.dueDate, expectedEffect: a.expectedEffect, done: a.done });
  };
  const cancelEdit = () => {
    setEditing(null);
    setDraft(BLANK_ACTION);
  };

  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="op-wizard" data-open-gaps={plan ? open.length : ''} data-version={plan?.version ?? ''}>
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
            <PlanProgress plan={plan} />
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
                {plan && openPlan && <LiveGaps plan={plan} />}
                <TextField
                  label={translate('op.facts.floor_area')}
                  type="number"
                  size="small"
                  disabled={!factsEditable}
                  value={facts.floorArea ?? ''}
                  onChange={(e) => edit({ ...facts, floorArea: e.target.value === '' ? null : Number(e.target.value) })}
                  inputProps={{ 'data-testid': 'op-floor-area' }}
                  sx={{ maxWidth: 240 }}
                />
                <Typography variant="h6">{translate('op.facts.staffing')}</Typography>
                {facts.staffing.map((s, i) => (
                  <Stack direction="row" spacing={2} key={s.position} alignItems="center">
                    <Box sx={{ minWidth: 200 }} data-testid={`op-staff-${s.position}-name`}>
                      <NamedCode name={names?.[`staffing/${s.position}`]} code={s.position} />
                    </Box>
                    {(['current', 'target'] as const).map((k) => (
                      <TextField
                        key={k}
                        label={translate(`op.facts.${k}`)}
                        type="number"
                        size="small"
                        disabled={!factsEditable}
                        value={s[k]}
                        onChange={(e) => {
                          const staffing = [...facts.staffing];
                          staffing[i] = { ...s, [k]: Number(e.target.value) };
                          edit({ ...facts, staffing });
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
                    label={names?.[`zones/${z.zone}`] ? `${local(names[`zones/${z.zone}`])} (${z.zone})` : z.zone}
                    disabled={!factsEditable}
                    value={z.status}
                    onChange={(e) => {
                      const zones = [...facts.zones];
                      zones[i] = { ...z, status: e.target.value };
                      edit({ ...facts, zones });
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
                    label={names?.[`devices/${d.deviceType}`] ? `${local(names[`devices/${d.deviceType}`])} (${d.deviceType})` : d.deviceType}
                    type="number"
                    size="small"
                    disabled={!factsEditable}
                    value={d.count}
                    onChange={(e) => {
                      const devices = [...facts.devices];
                      devices[i] = { ...d, count: Number(e.target.value) };
                      edit({ ...facts, devices });
                    }}
                    inputProps={{ 'data-testid': `op-device-${d.deviceType}` }}
                    sx={{ maxWidth: 240 }}
                  />
                ))}
              </Stack>
            )}

            {step === 1 && plan && data && (
              <Stack spacing={2}>
                <CoreRules lists={data.lists} plan={plan} disabled={busy || !editable} onAcknowledge={(codes) => run(() => outletPlanApi.acknowledge(code, plan.version, codes))} />
                <GapTable plan={plan} names={names} />
              </Stack>
            )}

            {step === 2 && plan && (
              <Stack spacing={2}>
                <GapTable plan={plan} names={names} />
                <Typography variant="h6">{translate('op.action.list')}</Typography>
                {plan.actions.length === 0 ? (
                  <Typography color="text.secondary" data-testid="op-actions-empty">{translate('op.action.none')}</Typography>
                ) : (
                  <Table size="small" data-testid="op-actions">
                    <TableHead>
                      <TableRow>
                        {(['path', 'dueDate', 'who', 'what', 'expectedEffect', 'done'] as const).map((k) => (
                          <TableCell key={k}>{translate(k === 'path' ? 'op.gap.path' : `op.action.${k}`)}</TableCell>
                        ))}
                        <TableCell />
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {plan.actions.map((a, i) => (
                        <TableRow key={a.id} data-testid={`op-action-row-${i}`} selected={a.id === editing}>
                          <TableCell>{gapLabel(a.path)}</TableCell>
                          <TableCell>{a.dueDate}</TableCell>
                          <TableCell>{a.who}</TableCell>
                          <TableCell>{a.what}</TableCell>
                          <TableCell>{a.expectedEffect}</TableCell>
                          <TableCell>{a.done ? '✓' : ''}</TableCell>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>
                            {editable && (
                              <>
                                <Button size="small" disabled={busy} onClick={() => startEdit(a.id)} data-testid={`op-action-edit-${i}`}>{translate('op.action.edit')}</Button>
                                <Button
                                  size="small"
                                  color="error"
                                  disabled={busy}
                                  data-testid={`op-action-remove-${i}`}
                                  onClick={async () => {
                                    if ((await run(() => outletPlanApi.remove(code, plan.version, a.id))) && editing === a.id) cancelEdit();
                                  }}
                                >
                                  {translate('op.action.remove')}
                                </Button>
                              </>
                            )}
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                )}
                {editable && (open.length > 0 || editedAction) && (
                  <Stack spacing={1} data-testid="op-action-form">
                    <Typography variant="subtitle1">{translate(editedAction ? 'op.action.editing' : 'op.action.new')}</Typography>
                    <TextField
                      select
                      size="small"
                      label={translate('op.gap.path')}
                      value={path}
                      onChange={(e) => setDraft({ ...draft, path: e.target.value })}
                      SelectProps={{ SelectDisplayProps: { 'data-testid': 'op-action-path' } as object }}
                    >
                      {choices.map((p) => (
                        <MenuItem key={p} value={p}>{gapLabel(p)}</MenuItem>
                      ))}
                    </TextField>
                    {(['who', 'what', 'expectedEffect'] as const).map((k) => (
                      <TextField key={k} size="small" label={translate(`op.action.${k}`)} value={draft[k]} onChange={(e) => setDraft({ ...draft, [k]: e.target.value })} inputProps={{ 'data-testid': `op-action-${k}` }} />
                    ))}
                    <TextField size="small" type="date" label={translate('op.action.dueDate')} InputLabelProps={{ shrink: true }} value={draft.dueDate} onChange={(e) => setDraft({ ...draft, dueDate: e.target.value })} inputProps={{ 'data-testid': 'op-action-dueDate' }} />
                    {editedAction && (
                      <FormControlLabel
                        control={<Checkbox checked={draft.done} onChange={(e) => setDraft({ ...draft, done: e.target.checked })} inputProps={{ 'data-testid': 'op-action-done' } as object} />}
                        label={translate('op.action.done')}
                      />
                    )}
                    <Stack direction="row" spacing={1}>
                      <Button
                        variant="contained"
                        disabled={busy}
                        data-testid="op-action-add"
                        onClick={async () => {
                          const { who, what, dueDate, expectedEffect, done } = draft;
                          const item = { path, who, what, dueDate, expectedEffect };
                          const saved = editedAction
                            ? await run(() => outletPlanApi.update(code, plan.version, editedAction.id, { ...item, done }))
                            : await run(() => outletPlanApi.add(code, plan.version, item));
                          if (saved) {
                            // Who and when usually repeat from one item to the next; what and why do not.
                            setEditing(null);
                            setDraft({ ...BLANK_ACTION, who, dueDate });
                          }
                        }}
                      >
                        {translate(editedAction ? 'op.action.save' : 'op.action.add')}
                      </Button>
                      {editedAction && <Button onClick={cancelEdit} data-testid="op-action-cancel">{translate('op.action.cancel')}</Button>}
                    </Stack>
                    {!editedAction && (
                      <>
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
                      </>
                    )}
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
                {plan.status === 'SUBMITTED' && (
                  <Box>
                    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{translate('op.withdraw_hint')}</Typography>
                    <Button
                      variant="outlined"
                      color="warning"
                      disabled={busy}
                      data-testid="op-withdraw"
                      onClick={async () => {
                        if (await run(() => outletPlanApi.withdraw(code, plan.version))) {
                          announceInboxChange();
                          setNotice(translate('op.withdrawn'));
                          setStep(0);
                        }
                      }}
                    >
                      {translate('op.withdraw')}
                    </Button>
                  </Box>
                )}
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

            {notice && <Alert severity="info" sx={{ mt: 2 }} data-testid="op-notice">{notice}</Alert>}
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
