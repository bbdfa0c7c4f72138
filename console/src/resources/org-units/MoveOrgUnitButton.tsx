import { useState } from 'react';
import DriveFileMoveIcon from '@mui/icons-material/DriveFileMove';
import { Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import {
  Button,
  Form,
  SaveButton,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
  useUpdate,
} from 'react-admin';
import type { OrgUnitUpdateMeta } from '../../data/orgUnits';
import { GraphQLRequestError } from '../../graphql';
import { RESOURCES, useCan } from '../../auth/permissions';
import { parentLevelOf, type OrgUnitRecord } from '../../types';
import { useOrgUnitLabel } from './fields';
import { RESOURCE } from './fields';
import { ParentInput } from './ParentInput';
import { useNotifyApiError } from './useNotifyApiError';

/** Re-parents the unit under another unit of the level right above it. */
export const MoveOrgUnitButton = () => {
  const record = useRecordContext<OrgUnitRecord>();
  const [open, setOpen] = useState(false);
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyApiError();
  const refresh = useRefresh();
  const label = useOrgUnitLabel();
  const [update, { isPending }] = useUpdate<OrgUnitRecord>();
  const allowed = useCan('move', RESOURCES.orgUnits, record);

  const parentLevel = parentLevelOf(record?.level);
  if (!allowed || !record || !parentLevel || record.status !== 'OPEN') return null;

  const handleSubmit = (values: Record<string, unknown>) => {
    const meta: OrgUnitUpdateMeta = { operation: 'move' };
    return update(
      RESOURCE,
      { id: record.id, data: { parentCode: String(values.newParentCode ?? '') }, previousData: record, meta },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify('app.org_unit.move.done', { type: 'info' });
          refresh();
        },
        onError: (error) => {
          notifyError(error);
          // pick up the current version so a second try can succeed
          if (error instanceof GraphQLRequestError && error.code === 'VERSION_CONFLICT') refresh();
        },
      },
    );
  };

  return (
    <>
      <Button label="app.org_unit.move.button" onClick={() => setOpen(true)} data-testid="move-org-unit">
        <DriveFileMoveIcon />
      </Button>
      <Dialog open={open} onClose={() => !isPending && setOpen(false)} fullWidth maxWidth="sm">
        <Form
          record={{ newParentCode: record.parentCode }}
          onSubmit={handleSubmit}
          resource={RESOURCE}
        >
          <DialogTitle>{translate('app.org_unit.move.title', { name: label(record) })}</DialogTitle>
          <DialogContent>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              {translate('app.org_unit.parent_hint')}
            </Typography>
            <ParentInput
              source="newParentCode"
              parentLevel={parentLevel}
              label="app.org_unit.move.new_parent"
              validate={required()}
            />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} disabled={isPending} />
            <SaveButton label="app.org_unit.move.submit" icon={<DriveFileMoveIcon />} />
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
};
