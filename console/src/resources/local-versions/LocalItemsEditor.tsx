/**
 * The local items of a local version, in its editor: the positions (and any
 * other items) the branch adds that the inherited standard lacks, each
 * removable while the version is a draft, and a short form that adds a local
 * position such as 理财经理. The API checks an item exactly as head office's
 * save does; a refusal shows here in words, naming the field.
 *
 * Self-contained (its own documents), so the editor only mounts it and hands
 * it the version and the way to report the version's new revision. Read-only
 * (`editable` false), it is the list of added items on the reviewer's page.
 */
import { useState } from 'react';
import { Alert, Box, Button, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { graphql } from '../../gql';
import { gql } from '../../graphql';
import { useText } from '../standard-editions/fields';
import { useAsync } from '../standard-editions/useAsync';
import type { LocalVersionRecord } from './queries';
import { describeLocalError, useValueText } from './values';

const ITEMS = graphql(`
  query LvLocalItems($id: ID!) { localVersion(id: $id) { id version localItems { kind key path data conflict { rule message } } } }
`);
const ADD_POSITION = graphql(`
  mutation LvAddLocalPosition($id: ID!, $v: Int!, $input: PositionInput!) { addLocalPosition(id: $id, expectedVersion: $v, input: $input) { ...LvRecord } }
`);
const REMOVE = graphql(`
  mutation LvRemoveLocalItem($id: ID!, $v: Int!, $kind: StandardItemKind!, $key: String!) {
    removeLocalItem(id: $id, expectedVersion: $v, kind: $kind, key: $key) { ...LvRecord }
  }
`);

type Named = { name?: { zh: string; en: string } | null; title?: { zh: string; en: string } | null };
/** Text-list policies a position's duties may carry (policy.ts: LOCKED, EXTEND_ONLY, FREE). */
const DUTY_POLICIES = ['EXTEND_ONLY', 'LOCKED', 'FREE'] as const;

export const LocalItemsEditor = ({
  version,
  editable,
  onChange,
}: {
  version: LocalVersionRecord;
  editable: boolean;
  onChange: (r: LocalVersionRecord) => void;
}) => {
  const translate = useTranslate();
  const text = useText();
  const notify = useNotify();
  const valueText = useValueText();
  // Re-read whenever the version's revision moves (an item added or removed here, or any other edit).
  const { data } = useAsync(`${version.id}@${version.version}`, (signal) => gql(ITEMS, { id: version.id }, { signal }));
  const items = data?.localVersion?.localItems ?? [];
  const [form, setForm] = useState({ code: '', zh: '', en: '', reportsTo: 'OUTLET_HEAD', dutiesZh: '', dutiesEn: '', policy: 'EXTEND_ONLY' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });

  const act = async (run: () => Promise<LocalVersionRecord>) => {
    setBusy(true);
    setProblem(null);
    try {
      const next = await run();
      onChange(next);
      notify('lv.editor.saved', { type: 'success', messageArgs: { version: next.version } });
      return true;
    } catch (e) {
      setProblem(describeLocalError(translate, valueText, e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const add = async () => {
    const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);
    const [zh, en] = [lines(form.dutiesZh), lines(form.dutiesEn)];
    // Duties pair up line by line; a line missing on one side comes back as the API's bilingual-text refusal.
    const duties = Array.from({ length: Math.max(zh.length, en.length) }, (_, i) => ({ zh: zh[i] ?? '', en: en[i] ?? '' }));
    const input = {
      code: form.code.trim().toUpperCase(),
      kind: 'POSITION' as const,
      name: { zh: form.zh.trim(), en: form.en.trim() },
      reportsTo: form.reportsTo.trim() || null,
      duties: { value: duties, policy: form.policy as (typeof DUTY_POLICIES)[number] },
      capabilities: [],
    };
    const added = await act(async () => (await gql(ADD_POSITION, { id: version.id, v: version.version, input })).addLocalPosition);
    if (added) setForm({ ...form, code: '', zh: '', en: '', dutiesZh: '', dutiesEn: '' });
  };

  // Read-only (a reviewer's page, an approved version) and nothing added: nothing to show.
  if (!editable && !items.length) return null;
  return (
    <Box sx={{ mb: 3 }} data-testid="lv-local-items">
      <Typography variant="h6">{translate('std.local_item_editor.title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('std.local_item_editor.hint')}
      </Typography>
      {items.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('std.fields.kind')}</TableCell>
              <TableCell>{translate('std.effective.columns.item')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((item) => {
              const d = item.data as Named;
              const name = d.name ?? d.title;
              return (
                <TableRow key={item.path} data-testid={`lv-local-item-${item.path}`}>
                  <TableCell>{translate(`std.kinds.${item.kind}`)}</TableCell>
                  <TableCell>
                    {name ? text(name) : item.key} ({item.key})
                    {item.conflict && <Alert severity="warning">{item.conflict.message}</Alert>}
                  </TableCell>
                  <TableCell>
                    {editable && (
                      <Button
                        size="small"
                        color="error"
                        disabled={busy}
                        data-testid="lv-local-item-remove"
                        onClick={() => act(async () => (await gql(REMOVE, { id: version.id, v: version.version, kind: item.kind, key: item.key })).removeLocalItem)}
                      >
                        {translate('ra.action.delete')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {editable && (
        <Stack spacing={1} sx={{ mt: 1, maxWidth: 720 }}>
          <Typography variant="subtitle2">{translate('std.local_item_editor.add_position')}</Typography>
          <Stack direction="row" spacing={1}>
            <TextField size="small" label={translate('std.fields.code')} value={form.code} onChange={set('code')} inputProps={{ 'data-testid': 'lv-item-code' }} />
            <TextField size="small" label={translate('std.local_item_editor.name_zh')} value={form.zh} onChange={set('zh')} inputProps={{ 'data-testid': 'lv-item-name-zh' }} />
            <TextField size="small" label={translate('std.local_item_editor.name_en')} value={form.en} onChange={set('en')} inputProps={{ 'data-testid': 'lv-item-name-en' }} />
            <TextField size="small" label={translate('std.fields.reportsTo')} value={form.reportsTo} onChange={set('reportsTo')} />
          </Stack>
          <Stack direction="row" spacing={1}>
            <TextField size="small" multiline minRows={2} fullWidth label={translate('std.local_item_editor.duties_zh')} value={form.dutiesZh} onChange={set('dutiesZh')} />
            <TextField size="small" multiline minRows={2} fullWidth label={translate('std.local_item_editor.duties_en')} value={form.dutiesEn} onChange={set('dutiesEn')} />
            <TextField size="small" select label={translate('std.fields.dutiesPolicy')} value={form.policy} onChange={set('policy')} sx={{ minWidth: 180 }}>
              {DUTY_POLICIES.map((p) => (
                <MenuItem key={p} value={p}>
                  {translate(`std.policies.${p}`)}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          {problem && (
            <Typography color="error" variant="body2" data-testid="lv-item-problem">
              {problem}
            </Typography>
          )}
          <Box>
            <Button variant="outlined" size="small" onClick={add} disabled={busy || !form.code.trim()} data-testid="lv-item-add">
              {translate('std.local_item_editor.add')}
            </Button>
          </Box>
        </Stack>
      )}
    </Box>
  );
};
