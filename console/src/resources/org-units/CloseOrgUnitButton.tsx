import { useState } from 'react';
import BlockIcon from '@mui/icons-material/Block';
import {
  Button,
  Confirm,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { RESOURCES, useCan } from '../../auth/permissions';
import type { OrgUnitRecord } from '../../types';
import type { OrgUnitUpdateMeta } from '../../data/orgUnits';
import { GraphQLRequestError } from '../../graphql';
import { RESOURCE, useOrgUnitLabel } from './fields';
import { useNotifyApiError } from './useNotifyApiError';

/** Closes the unit after a confirmation; hidden for the head office, closed units and non-administrators. */
export const CloseOrgUnitButton = () => {
  const record = useRecordContext<OrgUnitRecord>();
  const [open, setOpen] = useState(false);
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyApiError();
  const refresh = useRefresh();
  const label = useOrgUnitLabel();
  const [update, { isPending }] = useUpdate<OrgUnitRecord>();
  const allowed = useCan('close', RESOURCES.orgUnits, record);

  if (!allowed || !record || record.status !== 'OPEN' || record.level === 'HEAD_OFFICE') return null;

  const handleConfirm = () => {
    const meta: OrgUnitUpdateMeta = { operation: 'close' };
    update(
      RESOURCE,
      { id: record.id, data: {}, previousData: record, meta },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify('app.org_unit.close.done', { type: 'info' });
          refresh();
        },
        onError: (error) => {
          setOpen(false);
          notifyError(error);
          // pick up the current version so a second try can succeed
          if (error instanceof GraphQLRequestError && error.code === 'VERSION_CONFLICT') refresh();
        },
      },
    );
  };

  return (
    <>
      <Button
        label="app.org_unit.close.button"
        color="error"
        onClick={() => setOpen(true)}
        data-testid="close-org-unit"
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={translate('app.org_unit.close.title', { name: label(record) })}
        content="app.org_unit.close.content"
        confirmColor="warning"
        onConfirm={handleConfirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
