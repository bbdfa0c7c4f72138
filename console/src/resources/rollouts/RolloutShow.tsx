/**
 * One rollout (/rollouts/:code/show): head office's phases as a timeline,
 * the branches' plans the user may see with their state, and the selected
 * unit's own timeline and plan (?unit=, the user's own branch by default):
 * its editor for the branch's staff, the workflow buttons for the branch
 * and for the approver above it.
 */
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { RESOURCES, useCan, useConsolePermissions } from '../../auth/permissions';
import type { ConsoleDataProvider } from '../../dataProvider';
import { describeApiError } from '../../apiErrors';
import { intlLocale } from '../../i18nProvider';
import { useText } from '../standard-editions/fields';
import { useAsync } from '../standard-editions/useAsync';
import { Gantt, todayIso, type GanttRow } from './Gantt';
import { PlanEditor } from './PlanEditor';
import { PlanWorkflow } from './PlanWorkflow';
import { RolloutEditDialog } from './RolloutEditDialog';
import type { RolloutPlanRecord, RolloutRecord } from './queries';

const BRANCH_LEVELS = ['TIER_ONE_BRANCH', 'TIER_TWO_BRANCH'];

export const RolloutShow = () => {
  const { id = '' } = useParams();
  const code = decodeURIComponent(id);
  const [search, setSearch] = useSearchParams();
  const translate = useTranslate();
  const text = useText();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { permissions: p } = useConsolePermissions();
  const [reloads, setReloads] = useState(0);
  const [editing, setEditing] = useState(false);
  const [editingRollout, setEditingRollout] = useState(false);
  const mayEditRollout = useCan('edit', RESOURCES.rollouts);
  const reload = () => setReloads((n) => n + 1);
  const ownBranch = p?.unit && BRANCH_LEVELS.includes(p.unit.level) ? p.unit.code : null;
  const unit = search.get('unit') || ownBranch;
  const today = todayIso();

  const rollout = useAsync(`${code}:${reloads}`, (s) => dataProvider.getRollout(code, s));
  const timeline = useAsync(unit ? `${code}:${unit}:${reloads}` : null, (s) => dataProvider.getRolloutTimeline(code, [unit!], s));
  const r = rollout.data as RolloutRecord | null | undefined;

  if (rollout.error) return <Alert severity="error">{describeApiError(translate, rollout.error, 'rollouts')}</Alert>;
  if (!r) return rollout.loading || rollout.data === undefined ? <LinearProgress /> : <Alert severity="warning">{translate('app.errors.NOT_FOUND', { _: 'Not found' })}</Alert>;

  const phaseRow = (x: { phase: string; start: string; end: string; late: boolean; setBy?: string }): GanttRow => ({
    key: x.phase,
    label: translate(`ro.phases.${x.phase}`),
    start: x.start,
    end: x.end,
    late: x.late,
    note: x.setBy ? translate('ro.set_by', { unit: x.setBy }) : undefined,
  });
  const plans = r.plans ?? [];
  const plan = unit ? (plans.find((x) => x.unitCode === unit) ?? null) : null;
  const unitTimeline = timeline.data?.[0];
  const unitLevel = plan?.orgUnit?.level ?? (unit === p?.unit?.code ? p?.unit?.level : undefined);
  const tierOne = unitLevel === 'TIER_ONE_BRANCH';
  const mayEdit = !!p && !p.readOnly && unit === p.unit?.code && !!unitLevel && BRANCH_LEVELS.includes(unitLevel) && p.roles.includes('BRANCH_STAFF') && (!plan || ['DRAFT', 'RETURNED', 'APPROVED'].includes(plan.status));
  const promotion = unitTimeline?.phases.find((x) => x.phase === 'PROMOTION');
  const waveRange = tierOne ? (r.phases.find((x) => x.phase === 'PROMOTION') ?? null) : (unitTimeline?.wave ?? promotion ?? null);
  const changed = () => {
    setEditing(false);
    reload();
  };

  return (
    <Box sx={{ p: 2 }} data-testid="ro-show">
      <Title title={`${r.code} ${text(r.title)}`} />
      <Typography variant="h5">
        {r.code} · {text(r.title)}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {translate('resources.rollouts.fields.editionCode')}: <span data-testid="ro-edition-code">{r.editionCode}</span> · {translate('ro.pilots')}: <span data-testid="ro-pilot-codes">{r.pilotUnitCodes.join(', ') || '—'}</span>
      </Typography>
      {mayEditRollout && (
        <Button variant="outlined" size="small" sx={{ mb: 1 }} onClick={() => setEditingRollout(true)} data-testid="ro-edit-rollout">
          {translate('ro.edit_rollout')}
        </Button>
      )}
      {editingRollout && (
        <RolloutEditDialog
          rollout={r}
          onClose={() => setEditingRollout(false)}
          onSaved={() => {
            setEditingRollout(false);
            reload();
          }}
        />
      )}

      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6">
            {translate('ro.timeline')} · {translate('ro.head_office')}
          </Typography>
          <Gantt testId="ro-gantt-ho" today={today} rows={r.phases.map((x) => phaseRow({ ...x, late: x.end < today }))} />
        </CardContent>
      </Card>

      <Card variant="outlined" sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="h6">{translate('ro.plans')}</Typography>
          {plans.length === 0 ? (
            <Typography color="text.secondary">{translate('ro.no_plans')}</Typography>
          ) : (
            <Table size="small" data-testid="ro-plans">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('ro.unit')}</TableCell>
                  <TableCell>{translate('ro.state')}</TableCell>
                  <TableCell>{translate('ro.waves')}</TableCell>
                  <TableCell>{translate('ro.submitted_by')}</TableCell>
                  <TableCell>{translate('ro.decided_by')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {plans.map((x) => (
                  <TableRow key={x.id} data-testid={`ro-plan-${x.unitCode}`} selected={x.unitCode === unit}>
                    <TableCell>
                      {x.unitCode} {x.orgUnit ? text(x.orgUnit.name) : ''}
                    </TableCell>
                    <TableCell data-testid={`ro-plan-${x.unitCode}-state`}>{translate(`lv.states.${x.status}`)}</TableCell>
                    <TableCell>{x.waves.length}</TableCell>
                    <TableCell>{x.submittedBy ?? '—'}</TableCell>
                    <TableCell>{x.decidedBy ?? '—'}</TableCell>
                    <TableCell>
                      <Button size="small" onClick={() => { setEditing(false); setSearch({ unit: x.unitCode }); }} data-testid={`ro-open-${x.unitCode}`}>
                        {translate('ro.open_plan')}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>

      {unit && (
        <Card variant="outlined" data-testid="ro-unit">
          <CardContent>
            <Typography variant="h6">{translate('ro.timeline_of', { unit })}</Typography>
            {unitTimeline && (
              <Gantt
                testId="ro-gantt-unit"
                today={today}
                rows={[
                  ...unitTimeline.phases.map(phaseRow),
                  ...(unitTimeline.wave ? [{ key: 'WAVE', label: translate('ro.wave', { number: unitTimeline.wave.number }), start: unitTimeline.wave.start, end: unitTimeline.wave.end, late: unitTimeline.wave.late, note: translate('ro.set_by', { unit: unitTimeline.wave.setBy }) }] : []),
                ]}
              />
            )}
            <Typography variant="h6" sx={{ mt: 2 }}>
              {translate('ro.plan_of', { unit })}
              {plan && (
                <Typography component="span" sx={{ ml: 1 }} color="text.secondary" data-testid="ro-plan-state">
                  {translate(`lv.states.${plan.status}`)} · {translate('ro.revision')} {plan.version}
                </Typography>
              )}
            </Typography>
            {!plan && <Typography color="text.secondary">{translate('ro.no_plan')}</Typography>}
            {plan && !editing && <PlanSummary plan={plan} />}
            <Stack direction="row" spacing={1} sx={{ my: 1 }}>
              {mayEdit && !editing && (
                <Button variant="outlined" size="small" onClick={() => setEditing(true)} data-testid="ro-edit">
                  {translate(plan?.status === 'APPROVED' ? 'ro.new_draft' : 'ro.edit')}
                </Button>
              )}
              {plan && !editing && <PlanWorkflow rolloutCode={r.code} plan={plan} onChange={changed} />}
            </Stack>
            {editing && unit && (
              <PlanEditor rollout={r} unitCode={unit} tierOne={tierOne} plan={plan} waveRange={waveRange} onSaved={changed} onCancel={() => setEditing(false)} />
            )}
          </CardContent>
        </Card>
      )}
    </Box>
  );
};

const PlanSummary = ({ plan }: { plan: RolloutPlanRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Box data-testid="ro-plan-summary">
      {plan.phases.length > 0 && (
        <Table size="small">
          <TableBody>
            {plan.phases.map((x) => (
              <TableRow key={x.phase} data-testid={`ro-own-phase-${x.phase}`}>
                <TableCell>{translate(`ro.phases.${x.phase}`)}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>
                  {x.start} ~ {x.end}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {plan.pilotUnitCodes.length > 0 && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate('ro.pilots')}: {plan.pilotUnitCodes.join(', ')}
        </Typography>
      )}
      {plan.waves.map((w) => (
        <Typography key={w.number} variant="body2" data-testid={`ro-own-wave-${w.number}`}>
          {translate('ro.wave', { number: w.number })}: {w.start} ~ {w.end} · {w.unitCodes.join(', ')}
        </Typography>
      ))}
      {plan.actions.map((a, i) => (
        <Typography key={i} variant="body2">
          {translate('ro.actions')} {i + 1}: {a.what} · {a.who} · {a.dueDate}
        </Typography>
      ))}
      {plan.history.length > 0 && (
        <Box sx={{ mt: 1 }}>
          {plan.history.map((h) => (
            <Typography key={h.id} variant="caption" component="div" color="text.secondary">
              {new Date(h.occurredAt).toLocaleString(intlLocale(locale))} · {h.actorName} · {translate(`lv.actions.${h.action}`, { _: h.action })}
              {h.comment ? ` · ${h.comment}` : ''}
            </Typography>
          ))}
        </Box>
      )}
    </Box>
  );
};
