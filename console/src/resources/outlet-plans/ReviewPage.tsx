/**
 * 落地方案审批 (/outlet-plans/:code/review): the tier-two approver reads the
 * outlet's facts and each gap beside what closes it, then approves or returns.
 * Approving names the revision read here, so a plan changed since is refused.
 */
import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, LinearProgress, Stack, TextField, Typography } from '@mui/material';
import { Link, Title, useNotify, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { canDecide, useConsolePermissions } from '../../auth/permissions';
import { useAsync } from '../standard-editions/useAsync';
import { announceInboxChange } from '../inbox/inboxCount';
import { GapTable, describePlanError, useLocalName } from './parts';
import { outletPlanApi, type OutletPlanRecord } from './queries';

export const ReviewPage = () => {
  const { code = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const { permissions } = useConsolePermissions();
  const [reload, setReload] = useState(0);
  const { data, error, loading } = useAsync(`${code}#${reload}`, (signal) => outletPlanApi.plan(code, signal));
  // Names of the positions, zones, devices and rules; without them the codes still say it all.
  const lists = useAsync(`names:${code}`, (signal) => outletPlanApi.lists(code, signal).catch(() => null));
  const names = lists.data?.names;
  const local = useLocalName();
  const named = (key: string, code: string) => (names?.[key] ? `${local(names[key])} (${code})` : code);
  const [decided, setDecided] = useState<OutletPlanRecord | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const plan = decided ?? data ?? null;
  const decider = !!plan && plan.status === 'SUBMITTED' && canDecide(permissions, plan.orgUnit?.parent?.code);

  const decide = async (step: 'approve' | 'return') => {
    if (!data) return;
    if (step === 'return' && !comment.trim()) return setProblem(translate('lv.workflow.comment_required'));
    setBusy(true);
    setProblem(null);
    try {
      const next =
        step === 'approve'
          ? await outletPlanApi.approve(code, data.version, comment.trim() || null)
          : await outletPlanApi.return(code, data.version, comment.trim());
      setDecided(next);
      notify(step === 'approve' ? 'lv.workflow.approved' : 'lv.workflow.returned', { type: 'success' });
      announceInboxChange();
    } catch (e) {
      setProblem(describePlanError(translate, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="op-review-page">
      <Title title={translate('op.review.title', { code })} />
      {(loading || busy) && <LinearProgress />}
      {error != null && <Alert severity="error">{describePlanError(translate, error)}</Alert>}
      {!loading && !error && !plan && <Alert severity="info">{translate('op.none')}</Alert>}
      {plan && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h5">{translate('op.review.title', { code })}</Typography>
            <Typography color="text.secondary" data-testid="op-status">
              {translate(`lv.states.${plan.status}`)} · {translate('op.review.revision', { revision: plan.version })}
            </Typography>
            <Typography variant="h6" sx={{ mt: 2 }}>{translate('op.steps.facts')}</Typography>
            <Typography>{translate('op.facts.floor_area')}: {plan.facts.floorArea ?? '—'}</Typography>
            <Typography>
              {translate('op.facts.staffing')}: {plan.facts.staffing.map((s) => `${named(`staffing/${s.position}`, s.position)} ${s.current}→${s.target}`).join(', ') || '—'}
            </Typography>
            <Typography>{translate('op.facts.zones')}: {plan.facts.zones.map((z) => `${named(`zones/${z.zone}`, z.zone)} ${translate(`op.zone_states.${z.status}`)}`).join(', ') || '—'}</Typography>
            <Typography>{translate('op.facts.devices')}: {plan.facts.devices.map((d) => `${named(`devices/${d.deviceType}`, d.deviceType)} ×${d.count}`).join(', ') || '—'}</Typography>
            <Typography variant="h6" sx={{ mt: 2 }}>{translate('op.steps.gaps')}</Typography>
            <GapTable plan={plan} names={names} />
            {decider ? (
              <Box sx={{ mt: 3 }}>
                <TextField label={translate('lv.review_page.overall_comment')} value={comment} onChange={(e) => setComment(e.target.value)} multiline minRows={2} fullWidth inputProps={{ 'data-testid': 'review-comment' }} />
                <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
                  <Button variant="contained" onClick={() => decide('approve')} disabled={busy} data-testid="review-approve">{translate('lv.workflow.approve')}</Button>
                  <Button variant="outlined" color="warning" onClick={() => decide('return')} disabled={busy} data-testid="review-return">{translate('lv.workflow.return')}</Button>
                </Stack>
              </Box>
            ) : (
              <Alert severity={decided ? 'success' : 'info'} sx={{ mt: 3 }} data-testid="review-closed">
                {translate(decided ? 'lv.review_page.decided' : 'lv.review_page.not_decider', { state: translate(`lv.states.${plan.status}`) })}{' '}
                <Link to="/inbox">{translate('inbox.back')}</Link>
              </Alert>
            )}
            {problem && (
              <Alert severity="error" sx={{ mt: 2 }} data-testid="review-error" action={<Button color="inherit" size="small" onClick={() => { setProblem(null); setDecided(null); setReload((n) => n + 1); }}>{translate('lv.review_page.reload')}</Button>}>
                {problem}
              </Alert>
            )}
          </CardContent>
        </Card>
      )}
    </Box>
  );
};
