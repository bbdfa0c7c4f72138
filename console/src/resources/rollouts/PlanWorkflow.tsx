/**
 * The rollout plan's workflow buttons, after the local versions' pattern:
 * the branch's own staff submit and withdraw; the approver of the unit
 * above approves or returns it, with a comment, at the revision on screen.
 */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { canDecide, useConsolePermissions } from '../../auth/permissions';
import type { ConsoleDataProvider } from '../../dataProvider';
import { describeApiError } from '../../apiErrors';
import { announceInboxChange } from '../inbox/inboxCount';
import type { RolloutPlanRecord } from './queries';

type Step = 'submit' | 'withdraw' | 'approve' | 'return';
const DONE: Record<Step, string> = { submit: 'submitted', withdraw: 'withdrawn', approve: 'approved', return: 'returned' };

export const PlanWorkflow = ({ rolloutCode, plan, onChange }: { rolloutCode: string; plan: RolloutPlanRecord; onChange: (p: RolloutPlanRecord) => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { permissions: p } = useConsolePermissions();
  const [open, setOpen] = useState<Step | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!p?.unit || p.readOnly) return null;

  const own = plan.unitCode === p.unit.code && p.roles.includes('BRANCH_STAFF');
  const steps: Step[] = [];
  if (own && ['DRAFT', 'RETURNED'].includes(plan.status)) steps.push('submit');
  if (own && ['DRAFT', 'RETURNED', 'SUBMITTED'].includes(plan.status)) steps.push('withdraw');
  if (canDecide(p, plan.orgUnit?.parent?.code) && plan.status === 'SUBMITTED') steps.push('approve', 'return');
  if (!steps.length) return null;

  const run = async (step: Step) => {
    if (step === 'return' && !comment.trim()) {
      setError(translate('ro.workflow.comment_required'));
      return;
    }
    setBusy(true);
    setError(null);
    const unit = plan.unitCode;
    try {
      const next =
        step === 'submit'
          ? await dataProvider.submitRolloutPlan(rolloutCode, unit, plan.version)
          : step === 'withdraw'
            ? await dataProvider.withdrawRolloutPlan(rolloutCode, unit, plan.version)
            : step === 'approve'
              ? await dataProvider.approveRolloutPlan(rolloutCode, unit, plan.version, comment.trim() || null)
              : await dataProvider.returnRolloutPlan(rolloutCode, unit, plan.version, comment.trim());
      notify(`ro.workflow.${DONE[step]}`, { type: 'success' });
      setOpen(null);
      setComment('');
      onChange(next);
      announceInboxChange();
    } catch (e) {
      setError(describeApiError(translate, e, 'rollouts'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Stack direction="row" spacing={1} data-testid="ro-workflow">
        {steps.map((s) => (
          <Button key={s} variant={s === 'approve' || s === 'submit' ? 'contained' : 'outlined'} size="small" onClick={() => setOpen(s)} data-testid={`ro-${s}`}>
            {translate(`ro.workflow.${s}`)}
          </Button>
        ))}
      </Stack>
      <Dialog open={open != null} onClose={() => !busy && setOpen(null)} fullWidth maxWidth="sm">
        <DialogTitle>
          {open ? translate(`ro.workflow.${open}`) : ''} · {rolloutCode} {plan.unitCode}
        </DialogTitle>
        <DialogContent>
          {(open === 'approve' || open === 'return') && (
            <TextField label={translate('ro.workflow.comment')} value={comment} onChange={(e) => setComment(e.target.value)} multiline minRows={2} fullWidth margin="normal" inputProps={{ 'data-testid': 'ro-comment' }} />
          )}
          {error && (
            <Typography color="error" variant="body2" data-testid="ro-workflow-error">
              {error}
            </Typography>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(null)} disabled={busy}>
            {translate('ro.cancel')}
          </Button>
          <Button variant="contained" onClick={() => open && run(open)} disabled={busy} data-testid="ro-confirm">
            {open ? translate(`ro.workflow.${open}`) : ''}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
