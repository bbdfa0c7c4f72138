/** Edit / remove / add buttons for the items of a draft edition. */
import { useState } from 'react';
import { Button, IconButton, Tooltip } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutline';
import EditOutlinedIcon from '@mui/icons-material/EditOutlined';
import { Confirm, Link, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useStandardErrorHandler } from './errors';
import { itemPath } from './kinds';
import type { ConsoleDataProvider } from '../../dataProvider';
import type { EditionRecord, StandardItemKind } from './types';

const testKey = (key: string) => key.replace('/', '-');

export const EditItemButton = ({ edition, kind, itemKey }: { edition: EditionRecord; kind: StandardItemKind; itemKey: string }) => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate('std.actions.edit')}>
      <IconButton
        size="small"
        component={Link}
        to={itemPath(edition.code, kind, itemKey)}
        aria-label={translate('std.actions.edit')}
        data-testid={`edit-${kind}-${testKey(itemKey)}`}
      >
        <EditOutlinedIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
};

export const RemoveItemButton = ({
  edition,
  kind,
  itemKey,
  label,
}: {
  edition: EditionRecord;
  kind: StandardItemKind;
  itemKey: string;
  label: string;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const onError = useStandardErrorHandler();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await dataProvider.removeStandardItem(kind, edition.code, edition.version, itemKey);
      notify('std.notify.removed', { type: 'info', messageArgs: { name: label } });
      setOpen(false);
      refresh();
    } catch (error) {
      setOpen(false);
      await onError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Tooltip title={translate('std.actions.remove')}>
        <IconButton
          size="small"
          color="error"
          onClick={() => setOpen(true)}
          aria-label={translate('std.actions.remove')}
          data-testid={`remove-${kind}-${testKey(itemKey)}`}
        >
          <DeleteOutlineIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Confirm
        isOpen={open}
        loading={busy}
        title="std.actions.remove_title"
        content="std.actions.remove_content"
        translateOptions={{ name: label, kind: translate(`std.kind_nouns.${kind}`) }}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

export const AddItemButton = ({ edition, kind }: { edition: EditionRecord; kind: StandardItemKind }) => {
  const translate = useTranslate();
  return (
    <Button
      component={Link}
      to={itemPath(edition.code, kind)}
      startIcon={<AddIcon />}
      variant="outlined"
      size="small"
      data-testid={`add-${kind}`}
    >
      {translate('std.actions.add', { kind: translate(`std.kind_nouns.${kind}`) })}
    </Button>
  );
};
