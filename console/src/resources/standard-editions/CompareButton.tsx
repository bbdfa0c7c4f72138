/** "Compare with…": picks another edition (by default the one this was based on) and opens the diff. */
import { useEffect, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useText } from './fields';
import { diffPath } from './kinds';
import type { EditionListRecord, EditionRecord } from './types';

export const CompareButton = () => {
  const record = useRecordContext<EditionRecord>();
  const translate = useTranslate();
  const text = useText();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [other, setOther] = useState('');
  const { data: editions = [] } = useGetList<EditionListRecord>(
    'standard-editions',
    { pagination: { page: 1, perPage: 500 }, sort: { field: 'code', order: 'DESC' } },
    { enabled: open },
  );
  const choices = editions.filter((e) => e.code !== record?.code);

  useEffect(() => {
    if (!open || !record || other) return;
    const fallback = record.basedOnCode ?? choices.find((e) => e.isCurrent)?.code ?? choices[0]?.code ?? '';
    if (fallback) setOther(fallback);
  }, [open, record, choices, other]);

  if (!record) return null;
  return (
    <>
      <Button size="small" startIcon={<CompareArrowsIcon />} onClick={() => setOpen(true)} data-testid="compare-edition">
        {translate('std.actions.compare')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('std.compare.title', { code: record.code })}</DialogTitle>
        <DialogContent>
          <TextField
            select
            fullWidth
            margin="dense"
            label={translate('std.compare.with')}
            value={other}
            onChange={(e) => setOther(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'compare-with' } }}
          >
            {choices.map((e) => (
              <MenuItem key={e.code} value={e.code}>
                {e.code} · {text(e.title)}
                {e.code === record.basedOnCode ? ` (${translate('std.fields.basedOn')})` : ''}
              </MenuItem>
            ))}
          </TextField>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={!other}
            onClick={() => navigate(diffPath(other, record.code))}
            data-testid="compare-go"
          >
            {translate('std.compare.go')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
