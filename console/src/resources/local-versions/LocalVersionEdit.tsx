/**
 * The local-version editor (/local-versions/:id). Every policed value the unit
 * inherits, grouped by content kind and item, side by side: the inherited
 * value and who set it, the local value (editable where the policy allows) and
 * the policy in words. A refusal shows at the value it concerns, in words,
 * before the version is ever submitted.
 */
import { useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  FormControlLabel,
  LinearProgress,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Link, Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { describeApiError } from '../../apiErrors';
import type { ConsoleDataProvider } from '../../dataProvider';
import { impactPath } from '../impact';
import { PolicyChip, useText } from '../standard-editions/fields';
import { useAsync } from '../standard-editions/useAsync';
import type { InheritedValue, LocalVersionRecord } from './queries';
import { describeLocalError, groupOf, inputText, parseInput, SourceLink, useSourceText, useValueText, valueOf } from './values';
import { WorkflowActions } from './WorkflowActions';
import { LocalItemsEditor } from './LocalItemsEditor';

export const LocalVersionEdit = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const text = useText();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { data, error, loading } = useAsync(id, async (signal) => {
    const { data: version } = await dataProvider.getOne<LocalVersionRecord>('local-versions', { id, signal });
    const parent = version.orgUnit?.parent?.code;
    const inherited = parent ? await dataProvider.getLocalVersionInherited(parent, signal) : [];
    return { version, inherited };
  });
  const [current, setCurrent] = useState<LocalVersionRecord | null>(null);
  const [search, setSearch] = useState('');
  const [changedOnly, setChangedOnly] = useState(false);
  const version = current?.id === id ? current : data?.version;

  const groups = useMemo(() => {
    if (!data || !version) return [];
    const changed = new Set([...version.changes.map((c) => c.path), ...version.notApplicable.map((n) => n.path)]);
    const q = search.trim().toLowerCase();
    const rows = data.inherited.filter((v) => (!changedOnly || changed.has(v.path)) && (!q || v.path.toLowerCase().includes(q)));
    const byGroup = new Map<string, InheritedValue[]>();
    for (const r of rows) byGroup.set(groupOf(r.path), [...(byGroup.get(groupOf(r.path)) ?? []), r]);
    return [...byGroup.entries()];
  }, [data, version, search, changedOnly]);

  const editable = version != null && ['DRAFT', 'RETURNED'].includes(version.status);
  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="lv-editor">
      <Title title={translate('lv.editor.title', { code: version?.code ?? '' })} />
      {loading && <LinearProgress />}
      {error != null && <Alert severity="error">{describeApiError(translate, error, 'local-versions')}</Alert>}
      {version && (
        <>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
            <Typography variant="h5">
              <Link to={`/local-versions/${encodeURIComponent(version.id)}/show`}>{translate('lv.title', { code: version.code, title: text(version.title) })}</Link>
            </Typography>
            <Typography data-testid="lv-status">{translate(`lv.states.${version.status}`)}</Typography>
            <WorkflowActions record={version} onChange={setCurrent} />
            <Button component={Link} to={impactPath({ localVersionId: version.id })} size="small" data-testid="lv-impact">
              {translate('impact.open')}
            </Button>
          </Stack>
          {!editable && <Alert severity="info">{translate('lv.editor.not_editable')}</Alert>}
          <LocalItemsEditor version={version} editable={editable} onChange={setCurrent} />
          <Stack direction="row" spacing={2} sx={{ my: 2, alignItems: 'center' }}>
            <TextField
              size="small"
              label={translate('lv.editor.search')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              inputProps={{ 'data-testid': 'lv-search' }}
              sx={{ minWidth: 360 }}
            />
            <FormControlLabel
              control={<Switch checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)} data-testid="lv-changed-only" />}
              label={translate('lv.editor.changed_only')}
            />
          </Stack>
          {groups.length === 0 && !loading && <Alert severity="info">{translate('lv.editor.none')}</Alert>}
          {groups.map(([group, values]) => (
            <Box key={group} sx={{ mb: 3 }}>
              <Typography variant="h6" sx={{ fontFamily: 'monospace' }}>
                {group}
              </Typography>
              {/* Fixed widths, so the groups' columns line up down the page. */}
              <Table size="small" sx={{ tableLayout: 'fixed' }}>
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ width: '20%' }}>{translate('lv.review_page.path')}</TableCell>
                    <TableCell sx={{ width: '28%' }}>{translate('lv.editor.inherited')}</TableCell>
                    <TableCell sx={{ width: '34%' }}>{translate('lv.editor.local')}</TableCell>
                    <TableCell sx={{ width: '18%' }}>{translate('lv.editor.policy')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {values.map((v) => (
                    <ValueRow key={v.path} inherited={v} version={version} editable={editable} onSaved={setCurrent} />
                  ))}
                </TableBody>
              </Table>
            </Box>
          ))}
        </>
      )}
    </Box>
  );
};

/** The collections whose entries are keyed (…/staffing/<POSITION>, …/parameters/<PARAMETER>): the items a branch may mark not applicable. */
const KEYED_ENTRIES = new Set(['staffing', 'devices', 'zones', 'parameters']);

const ValueRow = ({
  inherited,
  version,
  editable,
  onSaved,
}: {
  inherited: InheritedValue;
  version: LocalVersionRecord;
  editable: boolean;
  onSaved: (r: LocalVersionRecord) => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const valueText = useValueText();
  const sourceText = useSourceText();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const change = version.changes.find((c) => c.path === inherited.path);
  const removed = version.notApplicable.some((n) => n.path === inherited.path);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = draft ?? inputText(change ? change.value : valueOf(inherited));
  const locked = inherited.policy === 'LOCKED';
  // Only a keyed entry (a position's staffing, a device, a zone, a rule's parameter) can be dropped
  // locally, and only where its policy is free; a plain value such as a threshold cannot.
  const segments = inherited.path.split('/');
  const removable = segments.length === 4 && KEYED_ENTRIES.has(segments[2]);

  const act = async (run: () => Promise<LocalVersionRecord>) => {
    setBusy(true);
    setProblem(null);
    try {
      const next = await run();
      setDraft(null);
      onSaved(next);
      notify('lv.editor.saved', { type: 'success', messageArgs: { version: next.version } });
    } catch (e) {
      setProblem(describeLocalError(translate, valueText, e, { path: inherited.path, setBy: sourceText(inherited.setBy) }));
    } finally {
      setBusy(false);
    }
  };
  const save = () => {
    const parsed = parseInput(shown);
    if (!parsed.ok) {
      setProblem(translate('lv.editor.bad_json'));
      return;
    }
    return act(() => dataProvider.setLocalValue({ id: version.id, expectedVersion: version.version, path: inherited.path, value: parsed.value }));
  };

  return (
    <TableRow data-testid={`lv-value-${inherited.path}`} selected={!!change || removed}>
      <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' }}>{inherited.path.split('/').slice(2).join('/') || inherited.path}</TableCell>
      <TableCell data-testid="inherited">
        {valueText(valueOf(inherited), inherited.path)}
        <Typography variant="caption" color="text.secondary" component="div">
          <SourceLink source={inherited.setBy} />
        </Typography>
      </TableCell>
      <TableCell data-testid="local">
        {removed ? (
          <Typography>{translate('lv.editor.not_applicable')}</Typography>
        ) : editable && !locked ? (
          <TextField
            size="small"
            fullWidth
            value={shown}
            onChange={(e) => setDraft(e.target.value)}
            error={!!problem}
            inputProps={{ 'data-testid': 'local-input' }}
            // The input holds JSON for anything but a number: say the saved local value in words under it.
            helperText={change && typeof change.value !== 'number' ? translate('lv.editor.saved_as', { value: valueText(change.value, change.path) }) : undefined}
          />
        ) : (
          <Typography>{change ? valueText(change.value, change.path) : '—'}</Typography>
        )}
        {change?.conflict && (
          <Alert severity="warning" sx={{ mt: 0.5, overflowWrap: 'anywhere' }} data-testid="conflict">
            {translate('lv.review_page.conflict_now', { message: change.conflict.message })}
          </Alert>
        )}
        {problem && (
          <Typography color="error" variant="body2" data-testid="violation" sx={{ mt: 0.5 }}>
            {problem}
          </Typography>
        )}
        {editable && (
          <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
            {!locked && !removed && (
              <Button size="small" onClick={save} disabled={busy} data-testid="local-save">
                {translate('lv.editor.save')}
              </Button>
            )}
            {(change || removed) && (
              <Button size="small" onClick={() => act(() => dataProvider.clearLocalChange(version.id, version.version, inherited.path))} disabled={busy} data-testid="local-clear">
                {translate('lv.editor.clear')}
              </Button>
            )}
            {!removed && removable && (
              <Button
                size="small"
                disabled={busy || inherited.policy !== 'FREE'}
                title={inherited.policy !== 'FREE' ? translate('lv.editor.na_core') : undefined}
                onClick={() => act(() => dataProvider.markLocalNotApplicable(version.id, version.version, inherited.path))}
                data-testid="local-na"
              >
                {translate('lv.editor.mark_na')}
              </Button>
            )}
          </Stack>
        )}
      </TableCell>
      <TableCell data-testid="policy">
        <PolicyChip policy={inherited.policy} />
        <Typography variant="caption" component="div" color="text.secondary">
          {translate(`std.policy_hints.${inherited.policy}`)}
        </Typography>
      </TableCell>
    </TableRow>
  );
};
