/**
 * 待办 (/inbox): the versions awaiting the user's decision, sent up by the
 * units directly below theirs, and their own unit's versions that came back
 * with comments. Each row opens where the work is done: the review page, or
 * the editor.
 */
import { Alert, Box, Button, Card, CardContent, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { describeApiError } from '../../apiErrors';
import type { ConsoleDataProvider } from '../../dataProvider';
import { intlLocale } from '../../i18nProvider';
import { useText } from '../standard-editions/fields';
import { useAsync } from '../standard-editions/useAsync';
import { useInboxChanges } from './inboxCount';
import type { LocalVersionRecord } from './queries';
import { reviewPath } from './ReviewPage';

/** The latest comment of a step, e.g. the return that sent it back. */
const lastComment = (r: LocalVersionRecord, action: string) => {
  const step = [...r.history].reverse().find((e) => e.action === action);
  return step ? [step.comment, ...step.itemComments.map((c) => `${c.path}: ${c.comment}`)].filter(Boolean).join('\n') : '';
};

const Section = ({
  title,
  rows,
  testId,
  when,
  open,
  openLabel,
  note,
}: {
  title: string;
  rows: LocalVersionRecord[];
  testId: string;
  when: (r: LocalVersionRecord) => string | null | undefined;
  open: (r: LocalVersionRecord) => string;
  openLabel: string;
  note: (r: LocalVersionRecord) => string;
}) => {
  const translate = useTranslate();
  const text = useText();
  const [locale] = useLocaleState();
  return (
    <Card variant="outlined" sx={{ mb: 2 }}>
      <CardContent>
        <Typography variant="h6">
          {translate('lv.inbox.section', { title, count: rows.length })}
        </Typography>
        {rows.length === 0 ? (
          <Typography color="text.secondary" data-testid={`${testId}-empty`}>
            {translate('lv.inbox.empty')}
          </Typography>
        ) : (
          <Table size="small" data-testid={testId}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.local-versions.fields.code')}</TableCell>
                <TableCell>{translate('resources.local-versions.fields.title')}</TableCell>
                <TableCell>{translate('lv.inbox.unit')}</TableCell>
                <TableCell>{translate('lv.inbox.when')}</TableCell>
                <TableCell>{translate('lv.inbox.note')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => {
                const at = when(r);
                return (
                  <TableRow key={r.id} data-testid={`inbox-${r.code}`}>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{r.code}</TableCell>
                    <TableCell>{text(r.title)}</TableCell>
                    <TableCell>{r.orgUnit ? translate('lv.inbox.from', { unit: text(r.orgUnit.name), code: r.orgUnit.code }) : '—'}</TableCell>
                    <TableCell>{at ? new Date(at).toLocaleString(intlLocale(locale)) : '—'}</TableCell>
                    <TableCell sx={{ whiteSpace: 'pre-line', maxWidth: 420 }}>{note(r)}</TableCell>
                    <TableCell>
                      <Button component={Link} to={open(r)} size="small" variant="outlined" data-testid="inbox-open">
                        {openLabel}
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
      <Title title={translate('lv.inbox.title')} />
      {loading && <LinearProgress />}
      {error != null && <Alert severity="error">{describeApiError(translate, error, 'local-versions')}</Alert>}
      {data && (
        <>
          <Section
            title={translate('lv.inbox.awaiting')}
            rows={data.awaitingMe}
            testId="inbox-awaiting"
            when={(r) => r.submittedAt}
            open={(r) => reviewPath(r.id)}
            openLabel={translate('lv.review')}
            note={(r) => lastComment(r, 'SUBMIT')}
          />
          <Section
            title={translate('lv.inbox.returned')}
            rows={data.returnedToMe}
            testId="inbox-returned"
            when={(r) => r.decidedAt}
            open={(r) => `/local-versions/${encodeURIComponent(r.id)}`}
            openLabel={translate('lv.edit_values')}
            note={(r) => lastComment(r, 'RETURN')}
          />
        </>
      )}
    </Box>
  );
};
