/**
 * 待办 (/inbox): everything awaiting the user's decision, sent up by the units
 * directly below theirs, and what their own unit sent that came back with
 * comments, whatever its kind (local version, head-office edition, outlet
 * plan, rollout plan). Each row opens where the work is done for its kind.
 */
import { Alert, Box, Button, Card, CardContent, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { describeApiError } from '../../apiErrors';
import type { ConsoleDataProvider } from '../../dataProvider';
import type { ApprovalSubjectType } from '../../gql/graphql';
import { intlLocale } from '../../i18nProvider';
import { useText } from '../standard-editions/fields';
import { useAsync } from '../standard-editions/useAsync';
import { useInboxChanges } from './inboxCount';
import type { InboxRecord } from './queries';

type Section = 'awaiting' | 'returned';

/**
 * Where a row leads: an approver reviews what awaits them; a returned item
 * opens where its unit changes it. Keyed by subject type so a new kind that
 * the API adds fails the type-check here until it has its pages.
 */
const OPEN: Record<ApprovalSubjectType, (r: InboxRecord, section: Section) => string> = {
  LOCAL_VERSION: (r, s) => `/local-versions/${encodeURIComponent(r.id)}${s === 'awaiting' ? '/review' : ''}`,
  STANDARD_EDITION: (r) => `/standard-editions/${encodeURIComponent(r.code)}/show`,
  OUTLET_PLAN: (r, s) => `/outlet-plans/${encodeURIComponent(r.code)}${s === 'awaiting' ? '/review' : ''}`,
  // A rollout plan's code is its rollout's; the unit says whose plan to open on the rollout's page.
  ROLLOUT_PLAN: (r) => `/rollouts/${encodeURIComponent(r.code)}/show?unit=${encodeURIComponent(r.orgUnit?.code ?? '')}`,
};

/** The step's comment, then the approver's comments on single values, one a line. */
const note = (r: InboxRecord) => [r.comment, ...r.itemComments.map((c) => `${c.path}: ${c.comment}`)].filter(Boolean).join('\n');

const SectionTable = ({ section, rows }: { section: Section; rows: InboxRecord[] }) => {
  const translate = useTranslate();
  const text = useText();
  const [locale] = useLocaleState();
  const testId = `inbox-${section}`;
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6">{translate('inbox.section', { title: translate(`inbox.${section}`), count: rows.length })}</Typography>
        {rows.length === 0 ? (
          <Typography color="text.secondary" data-testid={`${testId}-empty`}>
            {translate('inbox.empty')}
          </Typography>
        ) : (
          <Table size="small" data-testid={testId}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('inbox.kind')}</TableCell>
                <TableCell>{translate('inbox.code')}</TableCell>
                <TableCell>{translate('inbox.title_column')}</TableCell>
                <TableCell>{translate('inbox.unit')}</TableCell>
                <TableCell>{translate('inbox.when')}</TableCell>
                <TableCell>{translate('inbox.note')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => {
                const at = section === 'awaiting' ? r.submittedAt : r.decidedAt;
                return (
                  <TableRow key={`${r.subjectType}:${r.id}`} data-testid={`inbox-${r.code}`} data-subject-type={r.subjectType}>
                    <TableCell>{translate(`inbox.subject_types.${r.subjectType}`)}</TableCell>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{r.code}</TableCell>
                    <TableCell>{r.title ? text(r.title) : '—'}</TableCell>
                    <TableCell>{r.orgUnit ? translate('inbox.from', { unit: text(r.orgUnit.name), code: r.orgUnit.code }) : '—'}</TableCell>
                    <TableCell>{at ? new Date(at).toLocaleString(intlLocale(locale)) : '—'}</TableCell>
                    <TableCell sx={{ whiteSpace: 'pre-line', maxWidth: 420 }}>{note(r)}</TableCell>
                    <TableCell>
                      <Button component={Link} to={OPEN[r.subjectType](r, section)} size="small" variant="outlined" data-testid="inbox-open">
                        {translate(section === 'awaiting' ? 'inbox.open_review' : 'inbox.open_returned')}
                      </Button>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};

export const InboxPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const generation = useInboxChanges();
  const { data, error, loading } = useAsync(`inbox#${generation}`, (signal) => dataProvider.getInbox(signal));
  return (
    <Box sx={{ mt: 2, mb: 4 }} data-testid="inbox-page">
      <Title title={translate('inbox.title')} />
      {loading && <LinearProgress />}
      {error != null && <Alert severity="error">{describeApiError(translate, error, 'inbox')}</Alert>}
      {data && (
        <>
          <SectionTable section="awaiting" rows={data.awaitingMe} />
          <SectionTable section="returned" rows={data.returnedToMe} />
        </>
      )}
    </Box>
  );
};
