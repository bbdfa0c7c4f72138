import { useState } from 'react';
import KeyIcon from '@mui/icons-material/Key';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
  Button,
  Form,
  SaveButton,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { RESOURCES, useCan } from '../../auth/permissions';
import { NewPasswordInputs } from '../../auth/PasswordInputs';
import type { ConsoleDataProvider } from '../../dataProvider';
import { GraphQLRequestError } from '../../graphql';
import type { UserRecord } from '../../types';
import { useNotifyApiError } from '../org-units/useNotifyApiError';

/** An administrator sets a new password for the user; the user's sessions end. */
export const SetPasswordButton = () => {
  const record = useRecordContext<UserRecord>();
  const allowed = useCan('set-password', RESOURCES.users, record);
  const [open, setOpen] = useState(false);
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyApiError(RESOURCES.users);
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ConsoleDataProvider>();

  if (!allowed || !record) return null;

  const submit = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.setUserPassword(record.username, String(values.newPassword ?? ''));
      setOpen(false);
      notify('app.password.set_done', { type: 'success', messageArgs: { name: record.displayName } });
      refresh();
      return undefined;
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.body?.errors) return error.body.errors;
      notifyError(error);
      return undefined;
    }
  };

  return (
    <>
      <Button label="app.password.set" onClick={() => setOpen(true)} data-testid="set-user-password">
        <KeyIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <Form onSubmit={submit} noValidate record={{}}>
          <DialogTitle>{translate('app.password.set_title', { name: `${record.displayName} (${record.username})` })}</DialogTitle>
          <DialogContent>
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate('app.password.set_hint')}
            </Alert>
            <NewPasswordInputs source="newPassword" />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <SaveButton label="app.password.set_submit" icon={<KeyIcon />} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
