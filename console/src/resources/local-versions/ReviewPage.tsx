/**
 * The approver's review (/local-versions/:id/review): what the branch below
 * proposes against what it inherits now. Each changed or removed value shows
 * the inherited value with the unit that set it, the proposed value, the
 * policy in words and any conflict, with room for a comment on that value;
 * the items it adds (a local position) are listed after the values.
 * Approving names the revision on screen, so a version edited (or re-based)
 * since it was opened is refused, never approved unseen.
 */
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Link, Title, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useParams } from 'react-router-dom';
import { describeApiError } from '../../apiErrors';
import { canDecide, useConsolePermissions } from '../../auth/permissions';
import type { ConsoleDataProvider } from '../../dataProvider';
import { GraphQLRequestError } from '../../graphql';
import { intlLocale } from '../../i18nProvider';
import { impactPath } from '../impact';
import { Fact, PolicyChip, useText } from '../standard-editions/fields';
import { useAsync } from '../standard-editions/useAsync';
import { announceInboxChange } from '../inbox/inboxCount';
import type { LocalVersionRecord } from './queries';
import { LocalItemsEditor } from './LocalItemsEditor';
import { describeLocalError, SourceLink, useValueText, valueOf } from './values';

export const reviewPath = (id: string) => `/local-versions/${encodeURIComponent(id)}/review`;

type Decision = 'approve' | 'return';

export const ReviewPage = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const text = useText();
  const valueText = useValueText();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { permissions } = useConsolePermissions();
  // Reloading after a refused (stale) approval bumps the key, so the page reads the current revision afresh.
  const [reload, setReload] = useState(0);
  const { data, error, loading } = useAsync(`${id}#${reload}`, async (signal) => {
    const [{ data: version }, rows] = await Promise.all([
      dataProvider.getOne<LocalVersionRecord>('local-versions', { id, signal }),
      dataProvider.getLocalVersionReview(id, signal),
    ]);
    return { version, rows: rows ?? [] };
  });
  const [decided, setDecided] = useState<LocalVersionRecord | null>(null);
  const [comment, setComment] = useState('');
  const [itemComments, setItemComments] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ text: string; stale: boolean } | null>(null);

  const version = decided?.id === id ? decided : data?.version;
  const decider = !!version && version.status === 'SUBMITTED' && canDecide(permissions, version.orgUnit?.parent?.code);
  const submitted = version ? [...version.history].reverse().find((e) => e.action === 'SUBMIT') : undefined;

  const decide = async (step: Decision) => {
    if (!data) return;
    if (step === 'return' && !comment.trim()) {
      setProblem({ text: translate('lv.workflow.comment_required'), stale: false });
      return;
    }
    setBusy(true);
    setProblem(null);
    // The revision this page loaded: the one the approver has read.
    const reviewed = data.version.version;
    try {
      const next =
        step === 'approve'
          ? await dataProvider.approveLocalVersion(id, reviewed, comment.trim() || null)
          : await dataProvider.returnLocalVersion(
              id,
              reviewed,
              comment.trim(),
              Object.entries(itemComments)
                .map(([path, c]) => ({ path, comment: c.trim() }))
                .filter((c) => c.comment),
            );
      setDecided(next);
      notify(step === 'approve' ? 'lv.workflow.approved' : 'lv.workflow.returned', { type: 'success' });
      announceInboxChange();
    } catch (e) {
      if (e instanceof GraphQLRequestError && e.code === 'VERSION_CONFLICT') {
        const ext = e.errors[0]?.extensions ?? {};
        setProblem({ text: translate('lv.review_page.stale', { reviewed, current: String(ext.actual ?? '?') }), stale: true });
      } else if (e instanceof GraphQLRequestError && e.violations.some((v) => v.rule === 'wrong-state')) {
        // Someone decided (or the branch withdrew it) while this page was open.
        setProblem({ text: translate('lv.review_page.moved_on'), stale: true });
      } else {
        setProblem({ text: describeLocalError(translate, valueText, e), stale: false });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="lv-review-page">
      <Title title={translate('lv.review_page.title', { code: version?.code ?? '' })} />
      {loading && <LinearProgress />}
      {error != null && <Alert severity="error">{describeApiError(translate, error, 'local-versions')}</Alert>}
      {version && data && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h5">{translate('lv.review_page.title', { code: `${version.code} · ${text(version.title)}` })}</Typography>
            <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 1, my: 2 }}>
              <Fact label="resources.local-versions.fields.orgUnitCode">{version.orgUnit ? translate('inbox.from', { unit: text(version.orgUnit.name), code: version.orgUnit.code }) : '—'}</Fact>
              <Fact label="resources.local-versions.fields.status">
                <span data-testid="lv-status">{translate(`lv.states.${version.status}`)}</span>
              </Fact>
              <Fact label="lv.review_page.reviewed">
                <span data-testid="lv-revision">{data.version.version}</span>
              </Fact>
              <Fact label="lv.review_page.base">{version.baseEdition?.code ?? '—'}</Fact>
              {version.submittedAt && (
                <Fact label="lv.review_page.submitted">
                  {`${new Date(version.submittedAt).toLocaleString(intlLocale(locale))} · ${submitted?.actorName ?? version.submittedBy ?? ''}`}
                </Fact>
              )}
            </Stack>
            {submitted?.comment && (
              <Alert severity="info" sx={{ mb: 2 }} data-testid="lv-submit-comment">
                {translate('lv.review_page.submit_comment', { comment: submitted.comment })}
              </Alert>
            )}
            <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
              <Button component={Link} to={impactPath({ localVersionId: version.id })} variant="outlined" size="small" data-testid="lv-impact">
                {translate('impact.open')}
              </Button>
              <Button component={Link} to={`/local-versions/${encodeURIComponent(version.id)}/show`} size="small">
                {translate('lv.review_page.open_version')}
              </Button>
            </Stack>

            <Typography variant="h6">{translate('lv.review_page.diff')}</Typography>
            {data.rows.length === 0 ? (
              <Typography color="text.secondary">{translate('lv.changes_none')}</Typography>
            ) : (
              <Table size="small" data-testid="lv-diff">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('lv.review_page.path')}</TableCell>
                    <TableCell>{translate('lv.review_page.inherited')}</TableCell>
                    <TableCell>{translate('lv.review_page.proposed')}</TableCell>
                    <TableCell>{translate('lv.review_page.policy')}</TableCell>
                    {decider && <TableCell>{translate('lv.workflow.item_comment')}</TableCell>}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.rows.map((row) => {
                    const inheritedPolicy = row.inherited?.policy;
                    const handedDown = row.change && row.change.policy !== inheritedPolicy ? row.change.policy : null;
                    const conflict = row.change?.conflict?.message;
                    return (
                      <TableRow key={row.path} data-testid={`diff-${row.path}`}>
                        <TableCell sx={{ fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all', maxWidth: 280 }}>{row.path}</TableCell>
                        <TableCell data-testid="inherited" sx={{ minWidth: 200 }}>
                          {row.inherited ? (
                            <>
                              {valueText(valueOf(row.inherited), row.path)}
                              <Typography variant="caption" color="text.secondary" component="div">
                                <SourceLink source={row.inherited.setBy} />
                              </Typography>
                            </>
                          ) : (
                            translate('lv.review_page.nothing_inherited')
                          )}
                        </TableCell>
                        <TableCell sx={{ minWidth: 200, maxWidth: 420 }}>
                          <Box data-testid="proposed" sx={{ fontWeight: 600 }}>
                            {row.notApplicable ? translate('lv.editor.not_applicable') : valueText(row.change?.value, row.path)}
                          </Box>
                          {handedDown && (
                            <Typography variant="caption" component="div" color="text.secondary">
                              {translate('lv.review_page.hands_down', { policy: translate(`std.policies.${handedDown}`) })}
                            </Typography>
                          )}
                          {conflict && (
                            <Alert severity="warning" sx={{ mt: 1, overflowWrap: 'anywhere' }} data-testid="conflict">
                              {translate('lv.review_page.conflict_now', { message: conflict })}
                            </Alert>
                          )}
                        </TableCell>
                        <TableCell data-testid="policy" sx={{ minWidth: 140 }}>
                          <PolicyChip policy={inheritedPolicy} />
                          {inheritedPolicy && (
                            <Typography variant="caption" component="div" color="text.secondary">
                              {translate(`std.policy_hints.${inheritedPolicy}`)}
                            </Typography>
                          )}
                        </TableCell>
                        {decider && (
                          <TableCell sx={{ minWidth: 220 }}>
                            <TextField
                              size="small"
                              fullWidth
                              multiline
                              value={itemComments[row.path] ?? ''}
                              onChange={(e) => setItemComments({ ...itemComments, [row.path]: e.target.value })}
                              inputProps={{ 'data-testid': 'item-comment', 'aria-label': `${translate('lv.workflow.item_comment')}: ${row.path}` }}
                            />
                          </TableCell>
                        )}
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            )}

            <Box sx={{ mt: 3 }}>
              {/* The positions (or rules) the branch adds, which no inherited value shows in the diff above. */}
              <LocalItemsEditor version={data.version} editable={false} onChange={() => undefined} />
            </Box>

            {decider ? (
              <Box sx={{ mt: 3 }}>
                <TextField
                  label={translate('lv.review_page.overall_comment')}
                  value={comment}
                  onChange={(e) => setComment(e.target.value)}
                  multiline
                  minRows={2}
                  fullWidth
                  inputProps={{ 'data-testid': 'review-comment' }}
                />
                <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
                  <Button variant="contained" onClick={() => decide('approve')} disabled={busy || problem?.stale} data-testid="review-approve">
                    {translate('lv.workflow.approve')}
                  </Button>
                  <Button variant="outlined" color="warning" onClick={() => decide('return')} disabled={busy || problem?.stale} data-testid="review-return">
                    {translate('lv.workflow.return')}
                  </Button>
                </Stack>
              </Box>
            ) : (
              <Alert severity={decided ? 'success' : 'info'} sx={{ mt: 3 }} data-testid="review-closed">
                {decided
                  ? translate('lv.review_page.decided', { state: translate(`lv.states.${version.status}`) })
                  : translate('lv.review_page.not_decider', { state: translate(`lv.states.${version.status}`) })}
                {' '}
                <Link to="/inbox">{translate('inbox.back')}</Link>
              </Alert>
            )}
            {problem && (
              <Alert
                severity="error"
                sx={{ mt: 2 }}
                data-testid="review-error"
                action={
                  problem.stale ? (
                    <Button
                      color="inherit"
                      size="small"
                      onClick={() => {
                        setProblem(null);
                        setReload((n) => n + 1);
                      }}
                      data-testid="review-reload"
                    >
                      {translate('lv.review_page.reload')}
                    </Button>
                  ) : undefined
                }
              >
                {problem.text}
              </Alert>
            )}
          </CardContent>
        </Card>
      )}
    </Box>
  );
};
