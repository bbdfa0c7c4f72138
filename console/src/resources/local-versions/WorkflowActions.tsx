/**
 * The approval workflow's buttons, each shown only to whoever may take that
 * step: the version's own unit submits and withdraws; the approver of the unit
 * above approves or returns (with a comment, and a comment per value where
 * useful). Approval sends the revision on screen, so a version changed since
 * the reviewer looked is refused rather than approved unseen.
 */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { canDecide, useConsolePermissions } from '../../auth/permissions';
import type { ConsoleDataProvider } from '../../dataProvider';
import type { LocalVersionRecord } from './queries';
import { announceInboxChange } from '../inbox/inboxCount';
import { describeLocalError, useValueText } from './values';

type Step = 'submit' | 'withdraw' | 'approve' | 'return';

export const WorkflowActions = ({ record, onChange }: { record: LocalVersionRecord; onChange: (r: LocalVersionRecord) => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const valueText = useValueText();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { permissions: p } = useConsolePermissions();
  const [open, setOpen] = useState<Step | null>(null);
  const [comment, setComment] = useState('');
  const [itemComments, setItemComments] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!p?.unit || p.readOnly) return null;

  const own = record.orgUnit?.code === p.unit.code && p.roles.includes('BRANCH_STAFF');
  const decider = canDecide(p, record.orgUnit?.parent?.code);
  const steps: Step[] = [];
  if (own && ['DRAFT', 'RETURNED'].includes(record.status)) steps.push('submit');
  if (own && ['DRAFT', 'RETURNED', 'SUBMITTED'].includes(record.status)) steps.push('withdraw');
  if (decider && record.status === 'SUBMITTED') steps.push('approve', 'return');
  if (!steps.length) return null;

  const run = async (step: Step) => {
    if (step === 'return' && !comment.trim()) {
      setError(translate('lv.workflow.comment_required'));
      return;
    }
    setBusy(true);
    setError(null);
    const c = comment.trim() || null;
    try {
      const next =
        step === 'submit'
          ? await dataProvider.submitLocalVersion(record.id, record.version, c)
          : step === 'withdraw'
            ? await dataProvider.withdrawLocalVersion(record.id, record.version, c)
            : step === 'approve'
              ? await dataProvider.approveLocalVersion(record.id, record.version, c)
              : await dataProvider.returnLocalVersion(
                  record.id,
                  record.version,
                  c ?? '',
                  Object.entries(itemComments)
                    .map(([path, text]) => ({ path, comment: text.trim() }))
                    .filter((x) => x.comment),
                );
      notify(`lv.workflow.${{ submit: 'submitted', withdraw: 'withdrawn', approve: 'approved', return: 'returned' }[step]}`, { type: 'success' });
      setOpen(null);
      setComment('');
      setItemComments({});
      onChange(next);
      announceInboxChange();
    } catch (e) {
      setError(describeLocalError(translate, valueText, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Stack direction="row" spacing={1} data-testid="workflow-actions">
        {steps.map((s) => (
          <Button key={s} variant={s === 'approve' || s === 'submit' ? 'contained' : 'outlined'} size="small" onClick={() => setOpen(s)} data-testid={`lv-${s}`}>
            {translate(`lv.workflow.${s}`)}
          </Button>
        ))}
      </Stack>
      <Dialog open={open != null} onClose={() => !busy && setOpen(null)} fullWidth maxWidth="md">
        <DialogTitle>{open ? translate(`lv.workflow.${open}`) : ''} · {record.code}</DialogTitle>
        <DialogContent>
          <TextField
            label={translate('lv.workflow.comment')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            multiline
            minRows={2}
            fullWidth
            margin="normal"
            inputProps={{ 'data-testid': 'lv-comment' }}
          />
          {open === 'return' &&
            record.changes.map((c) => (
              <TextField
                key={c.path}
                label={`${translate('lv.workflow.item_comment')}: ${c.path}`}
                value={itemComments[c.path] ?? ''}
                onChange={(e) => setItemComments({ ...itemComments, [c.path]: e.target.value })}
                fullWidth
                size="small"
                margin="dense"
              />
            ))}
          {error && (
            <Typography color="error" variant="body2" data-testid="lv-workflow-error">
              {error}
            </Typography>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(null)} disabled={busy}>
            {translate('lv.workflow.cancel')}
          </Button>
          <Button variant="contained" onClick={() => open && run(open)} disabled={busy} data-testid="lv-confirm">
            {open ? translate(`lv.workflow.${open}`) : ''}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
