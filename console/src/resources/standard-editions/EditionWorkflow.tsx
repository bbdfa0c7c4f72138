/**
 * Head office's approval of its own drafts: the author submits (or
 * withdraws), an approver at head office other than the submitter approves or
 * returns with a comment, and only then may the author publish
 * (PublishButton). Each button shows only to whoever may take the step
 * (permissions.ts mirrors the API, which decides). A step names the revision
 * on screen, so a draft changed since is refused rather than decided unseen.
 */
import { useState } from 'react';
import {
  Alert,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List as MuiList,
  ListItem,
  ListItemText,
  TextField,
  Typography,
} from '@mui/material';
import { useDataProvider, useGetIdentity, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { intlLocale } from '../../i18nProvider';
import { useConsolePermissions } from '../../auth/permissions';
import type { ConsoleDataProvider } from '../../dataProvider';
import { useStandardErrorHandler } from './errors';
import { editionSteps, type EditionStep } from './permissions';
import type { EditionRecord } from './types';

const CHIP_COLOR: Record<string, 'default' | 'info' | 'success' | 'warning'> = {
  SUBMITTED: 'info',
  APPROVED: 'success',
  RETURNED: 'warning',
};

/** The draft's approval state as a chip (published editions were approved before publication). */
export const ApprovalStateChip = ({ state }: { state: string }) => {
  const translate = useTranslate();
  return <Chip size="small" label={translate(`std.approval.states.${state}`)} color={CHIP_COLOR[state] ?? 'default'} data-testid="approval-state" />;
};

/** Where the draft stands and what comes next, in a sentence. */
export const ApprovalHint = () => {
  const record = useRecordContext<EditionRecord>();
  const translate = useTranslate();
  if (!record || record.status !== 'DRAFT') return null;
  const state = record.approvalState;
  const who = state === 'SUBMITTED' ? record.submittedBy : record.decidedBy;
  return (
    <Alert severity={state === 'RETURNED' ? 'warning' : 'info'} sx={{ mb: 2 }} data-testid="approval-hint">
      {translate(`std.approval.hints.${state}`, { who: who ?? '—', revision: record.approvedRevision ?? record.version })}
    </Alert>
  );
};

export const EditionWorkflowButtons = () => {
  const record = useRecordContext<EditionRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = useStandardErrorHandler();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { permissions } = useConsolePermissions();
  const { identity } = useGetIdentity();
  const [open, setOpen] = useState<EditionStep | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const steps = editionSteps(permissions, identity?.username as string | undefined, record);
  if (!record || !steps.length) return null;

  const close = () => {
    setOpen(null);
    setComment('');
    setMissing(false);
  };

  const run = async (step: EditionStep) => {
    const text = comment.trim();
    if (step === 'return' && !text) {
      setMissing(true);
      return;
    }
    setBusy(true);
    try {
      await dataProvider.editionWorkflowStep(step, record.code, record.version, text || null);
      notify(`std.approval.done.${step}`, { type: 'success', messageArgs: { code: record.code } });
      close();
      refresh();
    } catch (error) {
      close();
      await onError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {steps.map((s) => (
        <Button key={s} size="small" variant={s === 'approve' || s === 'submit' ? 'contained' : 'text'} onClick={() => setOpen(s)} data-testid={`edition-${s}`}>
          {translate(`std.approval.steps.${s}`)}
        </Button>
      ))}
      <Dialog open={open != null} onClose={() => !busy && close()} fullWidth maxWidth="sm" data-testid="edition-workflow-dialog">
        <DialogTitle>
          {open ? translate(`std.approval.steps.${open}`) : ''} · {record.code}
        </DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('std.approval.dialog_intro', { version: record.version })}
          </Typography>
          <TextField
            label={translate('std.approval.comment')}
            value={comment}
            onChange={(e) => {
              setComment(e.target.value);
              setMissing(false);
            }}
            required={open === 'return'}
            error={missing}
            helperText={missing ? translate('std.approval.comment_required') : undefined}
            multiline
            minRows={2}
            fullWidth
            margin="normal"
            inputProps={{ 'data-testid': 'edition-comment' }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close} disabled={busy}>
            {translate('std.approval.cancel')}
          </Button>
          <Button variant="contained" onClick={() => open && run(open)} disabled={busy} data-testid="edition-workflow-confirm">
            {open ? translate(`std.approval.steps.${open}`) : ''}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

/** Every workflow step of the edition, oldest first, with its comment. */
export const EditionApprovalHistory = () => {
  const record = useRecordContext<EditionRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const history = record.history ?? [];
  return (
    <>
      <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('std.approval.history')}
      </Typography>
      {history.length ? (
        <MuiList dense data-testid="edition-history">
          {history.map((e) => (
            <ListItem key={e.id} alignItems="flex-start" disableGutters>
              <ListItemText
                primary={translate('std.approval.history_line', {
                  when: new Date(e.occurredAt).toLocaleString(intlLocale(locale)),
                  actor: e.actorName,
                  action: translate(`std.approval.actions.${e.action}`),
                  from: translate(`std.approval.states.${e.fromState}`),
                  to: translate(`std.approval.states.${e.toState}`),
                  revision: e.revision,
                })}
                secondary={e.comment}
                secondaryTypographyProps={{ sx: { whiteSpace: 'pre-line' } }}
              />
            </ListItem>
          ))}
        </MuiList>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {translate('std.approval.history_none')}
        </Typography>
      )}
    </>
  );
};
