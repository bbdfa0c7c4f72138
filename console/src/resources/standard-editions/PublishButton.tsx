/**
 * Publishing an approved draft: the dialog shows the publication report first and
 * publishes only a draft that passes it (pessimistic: the page changes once
 * the API has answered). Drafts not yet approved go through the approval
 * workflow first (EditionWorkflow.tsx).
 */
import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@mui/material';
import PublishIcon from '@mui/icons-material/Publish';
import { usePermissions, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider';
import { GraphQLRequestError } from '../../graphql';
import { useStandardErrorHandler } from './errors';
import type { Permissions } from '../../auth/permissions';
import { canStandard } from './permissions';
import type { EditionRecord, ValidationReport as Report } from './types';
import { ValidationReport } from './ValidationReport';

export const PublishButton = () => {
  const record = useRecordContext<EditionRecord>();
  const { permissions } = usePermissions<Permissions>();
  const canPublish = !!record && canStandard(permissions, 'publish', record);
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = useStandardErrorHandler();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [open, setOpen] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open || !record) return;
    let cancelled = false;
    setReport(null);
    setStale(false);
    dataProvider.getEditionValidation(record.code).then(
      (fresh) => {
        if (cancelled || !fresh) return;
        setReport(fresh.validation);
        setStale(fresh.version !== record.version || fresh.status !== record.status || fresh.approvalState !== record.approvalState);
      },
      async (error) => {
        if (cancelled) return;
        setOpen(false);
        await onError(error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [open, record, onError, dataProvider]);

  if (!record || !canPublish) return null;

  const publish = async () => {
    setBusy(true);
    try {
      await dataProvider.publishEdition(record.code, record.version);
      notify('std.publish.done', { type: 'success', messageArgs: { code: record.code } });
      setOpen(false);
      refresh();
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT' && error.violations.length && error.rule !== 'draft-only') {
        // The draft changed under us and no longer passes: show why, in the dialog.
        setReport({ ok: false, problems: error.violations.map((v) => ({ path: v.field, rule: v.rule ?? '', message: v.message })) });
      } else {
        setOpen(false);
        await onError(error);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="small" variant="contained" startIcon={<PublishIcon />} onClick={() => setOpen(true)} data-testid="publish-edition">
        {translate('std.actions.publish')}
      </Button>
      <Dialog open={open} onClose={() => !busy && setOpen(false)} maxWidth="md" fullWidth data-testid="publish-dialog">
        <DialogTitle>{translate('std.publish.title', { code: record.code })}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('std.publish.intro')}
          </Typography>
          {stale && (
            <Alert severity="warning" sx={{ mb: 2 }} data-testid="publish-stale">
              {translate('std.errors.version_conflict')}
            </Alert>
          )}
          {report ? (
            <ValidationReport report={report} editionCode={record.code} linkItems />
          ) : (
            <CircularProgress size={24} aria-label={translate('std.publish.checking')} />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={busy}>
            {translate('ra.action.cancel')}
          </Button>
          <Button
            variant="contained"
            onClick={publish}
            disabled={!report?.ok || stale || busy}
            startIcon={busy ? <CircularProgress size={16} /> : <PublishIcon />}
            data-testid="publish-confirm"
          >
            {translate('std.publish.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
