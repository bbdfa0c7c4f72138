import { useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import {
  Button,
  Confirm,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { RESOURCES, useCan } from '../../auth/permissions';
import type { ConsoleDataProvider } from '../../dataProvider';
import type { ApiTokenRecord } from '../../types';
import { useNotifyApiError } from '../org-units/useNotifyApiError';

/** Revokes the token after a confirmation; the system using it loses access at once. */
export const RevokeApiTokenButton = () => {
  const record = useRecordContext<ApiTokenRecord>();
  const allowed = useCan('revoke', RESOURCES.apiTokens, record);
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const notifyError = useNotifyApiError(RESOURCES.apiTokens);
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);

  if (!allowed || !record || record.revokedAt) return null;

  const confirm = async () => {
    setPending(true);
    try {
      await dataProvider.revokeApiToken(record.id);
      notify('app.api_tokens.revoked', { type: 'info', messageArgs: { name: record.name } });
      refresh();
    } catch (error) {
      notifyError(error);
    } finally {
      setPending(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button
        label="app.api_tokens.revoke"
        color="error"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
        data-testid={`revoke-api-token-${record.id}`}
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title={translate('app.api_tokens.revoke_title', { name: record.name })}
        content="app.api_tokens.revoke_content"
        confirm="app.api_tokens.revoke"
        confirmColor="warning"
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
