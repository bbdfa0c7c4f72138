import type { ReactNode } from 'react';
import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import AddToPhotosOutlinedIcon from '@mui/icons-material/AddToPhotosOutlined';
import InsightsOutlinedIcon from '@mui/icons-material/InsightsOutlined';
import {
  Button,
  EditButton,
  Link,
  Show,
  TabbedShowLayout,
  TopToolbar,
  useCreatePath,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { intlLocale } from '../../i18nProvider';
import { CompareButton } from './CompareButton';
import { CurrentChip, Fact, StatusChip, useText } from './fields';
import { KINDS, itemsOf } from './kinds';
import { useCanAuthor, useIsStandardsAuthor } from './permissions';
import { PublishButton } from './PublishButton';
import { ApprovalHint, ApprovalStateChip, EditionApprovalHistory, EditionWorkflowButtons } from './EditionWorkflow';
import { ValidationReport } from './ValidationReport';
import { isWholeEdition, type EditionRecord } from './types';
import { EditionTitle } from './EditionTitle';
import { KindTab } from './kindTabs';
import { impactPath } from '../impact';

/** Starts a new draft copying this published edition, or this withdrawn draft (so withdrawing loses nothing the author wrote). */
const NewDraftFromButton = () => {
  const record = useRecordContext<EditionRecord>();
  const isAuthor = useIsStandardsAuthor();
  const createPath = useCreatePath();
  const withdrawn = record?.status === 'DRAFT' && record.approvalState === 'WITHDRAWN';
  if (!record || !isAuthor || (record.status !== 'PUBLISHED' && !withdrawn)) return null;
  return (
    <Button
      component={Link}
      to={createPath({ resource: 'standard-editions', type: 'create' })}
      state={{ record: { basedOnCode: record.code } }}
      label={withdrawn ? 'std.actions.restart_from' : 'std.actions.new_draft_from'}
      data-testid="new-draft-from"
    >
      <AddToPhotosOutlinedIcon />
    </Button>
  );
};

/** A draft's impact preview: which outlets would see which values change once it is published. */
const ImpactButton = () => {
  const record = useRecordContext<EditionRecord>();
  if (!record || record.status !== 'DRAFT') return null;
  return (
    <Button component={Link} to={impactPath({ editionCode: record.code })} label="impact.open" data-testid="impact-preview">
      <InsightsOutlinedIcon />
    </Button>
  );
};

const ShowActions = () => {
  const record = useRecordContext<EditionRecord>();
  const canAuthor = useCanAuthor(record);
  return (
    <TopToolbar>
      <CompareButton />
      <NewDraftFromButton />
      <ImpactButton />
      {canAuthor && <EditButton label="std.actions.edit_info" />}
      <EditionWorkflowButtons />
      <PublishButton />
    </TopToolbar>
  );
};

const DateTime = ({ value }: { value: string | null | undefined }) => {
  const [locale] = useLocaleState();
  if (!value) return <span>—</span>;
  return <span>{new Date(value).toLocaleString(intlLocale(locale))}</span>;
};

const Overview = (_: { label?: false }) => {
  const record = useRecordContext<EditionRecord>();
  const translate = useTranslate();
  const text = useText();
  const createPath = useCreatePath();
  if (!record) return null;
  const counts: [string, number][] = KINDS.map((k) => [`std.kinds.${k.kind}`, itemsOf(record, k.kind).length]);
  return (
    <Box data-testid="edition-overview">
      <ApprovalHint />
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 2, mb: 2 }}>
        <Fact label="resources.standard-editions.fields.code">
          <span style={{ fontFamily: 'monospace' }}>{record.code}</span>
        </Fact>
        <Fact label="resources.standard-editions.fields.status">
          <StatusChip status={record.status} /> {record.isCurrent && <CurrentChip />}
        </Fact>
        <Fact label="resources.standard-editions.fields.basedOn">
          {record.basedOn ? (
            <Link to={createPath({ resource: 'standard-editions', id: record.basedOn.code, type: 'show' })}>
              {record.basedOn.code} · {text(record.basedOn.title)}
            </Link>
          ) : (
            '—'
          )}
        </Fact>
        <Fact label="resources.standard-editions.fields.approvalState">
          <ApprovalStateChip state={record.approvalState} />
        </Fact>
        <Fact label="resources.standard-editions.fields.version">{record.version}</Fact>
      </Stack>
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 2, mb: 2 }}>
        <Fact label="resources.standard-editions.fields.title.zh">{record.title.zh}</Fact>
        <Fact label="resources.standard-editions.fields.title.en">{record.title.en}</Fact>
      </Stack>
      {(record.summary.zh || record.summary.en) && (
        <Box sx={{ mb: 2 }}>
          <Fact label="resources.standard-editions.fields.summary">
            <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>{text(record.summary)}</Typography>
          </Fact>
        </Box>
      )}
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 2, mb: 2 }}>
        <Fact label="resources.standard-editions.fields.createdAt"><DateTime value={record.createdAt} /></Fact>
        <Fact label="resources.standard-editions.fields.createdBy">{record.createdBy}</Fact>
        <Fact label="resources.standard-editions.fields.publishedAt"><DateTime value={record.publishedAt} /></Fact>
        <Fact label="resources.standard-editions.fields.publishedBy">{record.publishedBy ?? '—'}</Fact>
      </Stack>
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 2, mb: 2 }}>
        <Fact label="resources.standard-editions.fields.submittedAt"><DateTime value={record.submittedAt} /></Fact>
        <Fact label="resources.standard-editions.fields.submittedBy">{record.submittedBy ?? '—'}</Fact>
        <Fact label="resources.standard-editions.fields.decidedAt"><DateTime value={record.decidedAt} /></Fact>
        <Fact label="resources.standard-editions.fields.decidedBy">{record.decidedBy ?? '—'}</Fact>
        <Fact label="resources.standard-editions.fields.approvedRevision">{record.approvedRevision ?? '—'}</Fact>
      </Stack>
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 4, rowGap: 2, mb: 2 }}>
        {counts.map(([label, n]) => (
          <Fact key={label} label={label}>{n}</Fact>
        ))}
      </Stack>
      {record.status === 'DRAFT' && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="subtitle2" color="text.secondary" sx={{ mb: 1 }}>
            {translate('std.publish.report')}
          </Typography>
          <ValidationReport report={record.validation} editionCode={record.code} linkItems />
        </Box>
      )}
      <Box sx={{ mt: 2 }}>
        <EditionApprovalHistory />
      </Box>
    </Box>
  );
};

/**
 * react-admin may start a show page from the list's row, which lacks the
 * content: wait for the whole edition.
 */
const WholeEdition = ({ children }: { children: ReactNode }) => {
  const record = useRecordContext<EditionRecord>();
  if (!record || !isWholeEdition(record)) return <LinearProgress sx={{ m: 2 }} />;
  return <>{children}</>;
};

export const StandardEditionShow = () => (
  <Show actions={<ShowActions />} title={<EditionTitle />}>
    <WholeEdition>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="std.tabs.overview">
          <Overview label={false} />
        </TabbedShowLayout.Tab>
        {KINDS.map((k) => (
          <TabbedShowLayout.Tab key={k.kind} label={`std.tabs.${k.tab}`} path={k.slug} data-testid={`tab-link-${k.tab}`}>
            <KindTab kind={k.kind} label={false} />
          </TabbedShowLayout.Tab>
        ))}
      </TabbedShowLayout>
    </WholeEdition>
  </Show>
);
