import type { ReactNode } from 'react';
import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import AddToPhotosOutlinedIcon from '@mui/icons-material/AddToPhotosOutlined';
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
import { CompareButton } from '../../standard/CompareButton';
import { CurrentChip, Fact, StatusChip, useEditionLookup, useText } from '../../standard/fields';
import { AddItemButton, EditItemButton, RemoveItemButton } from '../../standard/ItemActions';
import { KINDS, itemKey } from '../../standard/kinds';
import { useCanAuthor, useIsStandardsAuthor } from '../../standard/permissions';
import { PublishButton } from '../../standard/PublishButton';
import { ValidationReport } from '../../standard/ValidationReport';
import {
  CategoryView,
  ClassifiersTable,
  DeviceTypesTable,
  ItemCard,
  PositionView,
  RuleChips,
  RuleView,
  TierView,
  ZoneView,
} from '../../standard/views';
import {
  OUTLET_CATEGORY_CODES,
  RULE_CATEGORIES,
  type EditionRecord,
  type LocalizedText,
  type StandardItemKind,
} from '../../standard/types';
import { EditionTitle } from './EditionTitle';

/** Starts a new draft copying this published edition. */
const NewDraftFromButton = () => {
  const record = useRecordContext<EditionRecord>();
  const isAuthor = useIsStandardsAuthor();
  const createPath = useCreatePath();
  if (!record || !isAuthor || record.status !== 'PUBLISHED') return null;
  return (
    <Button
      component={Link}
      to={createPath({ resource: 'standard-editions', type: 'create' })}
      state={{ record: { basedOnCode: record.code } }}
      label="std.actions.new_draft_from"
      data-testid="new-draft-from"
    >
      <AddToPhotosOutlinedIcon />
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
      {canAuthor && <EditButton label="std.actions.edit_info" />}
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
  const counts: [string, number][] = KINDS.map((k) => [`std.kinds.${k.kind}`, (record[k.list] as unknown[]).length]);
  return (
    <Box data-testid="edition-overview">
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
    </Box>
  );
};

/** A kind's tab: the add button (drafts), then each item with its edit and remove buttons. */
const KindTab = ({ kind, children }: { kind: StandardItemKind; label?: false; children: (ctx: TabContext) => ReactNode }) => {
  const record = useRecordContext<EditionRecord>();
  const canAuthor = useCanAuthor(record);
  const translate = useTranslate();
  const text = useText();
  const lookup = useEditionLookup(record);
  if (!record) return null;
  const actions = (key: string, name: LocalizedText) =>
    canAuthor ? (
      <>
        <EditItemButton edition={record} kind={kind} itemKey={key} />
        <RemoveItemButton edition={record} kind={kind} itemKey={key} label={`${text(name)} (${key})`} />
      </>
    ) : undefined;
  return (
    <Box data-testid={`tab-${kind}`}>
      {canAuthor && (
        <Box sx={{ mb: 2 }}>
          <AddItemButton edition={record} kind={kind} />
        </Box>
      )}
      {(record[KINDS.find((k) => k.kind === kind)!.list] as unknown[]).length === 0 && (
        <Alert severity="info">{translate('std.empty_kind', { kind: translate(`std.kind_nouns.${kind}`) })}</Alert>
      )}
      {children({ record, lookup, actions, text, canAuthor })}
    </Box>
  );
};

interface TabContext {
  record: EditionRecord;
  lookup: ReturnType<typeof useEditionLookup>;
  actions: (key: string, name: LocalizedText) => ReactNode;
  text: (t: LocalizedText | null | undefined) => string;
  canAuthor: boolean;
}

const GroupTitle = ({ children }: { children: ReactNode }) => (
  <Typography variant="subtitle1" sx={{ mt: 1, mb: 1, fontWeight: 500 }}>
    {children}
  </Typography>
);

const TiersTab = (_: { label?: false }) => {
  const translate = useTranslate();
  return (
    <KindTab kind="CUSTOMER_TIER">
      {({ record, lookup, actions, text }) =>
        (['INDIVIDUAL', 'CORPORATE'] as const).map((segment) => {
          const tiers = record.customerTiers
            .filter((t) => t.segment === segment)
            .sort((a, b) => (a.assetsFrom?.amount ?? (a.assetsBelow ? -1 : Infinity)) - (b.assetsFrom?.amount ?? (b.assetsBelow ? -1 : Infinity)));
          if (!tiers.length) return null;
          return (
            <Box key={segment} data-testid={`tiers-${segment}`}>
              <GroupTitle>{translate(`std.segments.${segment}`)}</GroupTitle>
              {tiers.map((t) => (
                <ItemCard key={t.code} title={text(t.name)} code={t.code} actions={actions(t.code, t.name)} testId={`item-CUSTOMER_TIER-${t.code}`}>
                  <TierView tier={t} lookup={lookup} />
                </ItemCard>
              ))}
            </Box>
          );
        })
      }
    </KindTab>
  );
};

const RulesTab = (_: { label?: false }) => {
  const translate = useTranslate();
  return (
    <KindTab kind="SERVICE_RULE">
      {({ record, actions, text }) =>
        RULE_CATEGORIES.map((category) => {
          const rules = record.serviceRules.filter((r) => r.category === category);
          if (!rules.length) return null;
          return (
            <Box key={category}>
              <GroupTitle>{translate(`std.rule_categories.${category}`)}</GroupTitle>
              {rules.map((r) => (
                <ItemCard
                  key={r.code}
                  title={text(r.title)}
                  chips={<RuleChips rule={r} />}
                  code={r.code}
                  actions={actions(r.code, r.title)}
                  testId={`item-SERVICE_RULE-${r.code}`}
                >
                  <RuleView rule={r} />
                </ItemCard>
              ))}
            </Box>
          );
        })
      }
    </KindTab>
  );
};

/**
 * react-admin may start a show page from the list's row, which lacks the
 * content: wait for the whole edition.
 */
const WholeEdition = ({ children }: { children: ReactNode }) => {
  const record = useRecordContext<EditionRecord>();
  if (!record || !Array.isArray(record.outletCategories)) return <LinearProgress sx={{ m: 2 }} />;
  return <>{children}</>;
};

export const StandardEditionShow = () => (
  <Show actions={<ShowActions />} title={<EditionTitle />}>
    <WholeEdition>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="std.tabs.overview">
          <Overview label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="std.tabs.categories" path="outlet-categories" data-testid="tab-link-categories">
          <KindTab kind="OUTLET_CATEGORY" label={false}>
            {({ record, lookup, actions, text }) =>
              [...record.outletCategories]
                .sort((a, b) => OUTLET_CATEGORY_CODES.indexOf(a.categoryCode) - OUTLET_CATEGORY_CODES.indexOf(b.categoryCode))
                .map((c) => (
                <ItemCard key={c.code} title={text(c.name)} code={c.code} actions={actions(c.code, c.name)} testId={`item-OUTLET_CATEGORY-${c.code}`}>
                  <CategoryView category={c} lookup={lookup} />
                </ItemCard>
              ))
            }
          </KindTab>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="std.tabs.positions" path="positions" data-testid="tab-link-positions">
          <KindTab kind="POSITION" label={false}>
            {({ record, lookup, actions, text }) =>
              [...record.positions]
                .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'POSITION' ? -1 : 1))
                .map((p) => (
                  <ItemCard key={p.code} title={text(p.name)} code={p.code} actions={actions(p.code, p.name)} testId={`item-POSITION-${p.code}`}>
                    <PositionView position={p} lookup={lookup} />
                  </ItemCard>
                ))
            }
          </KindTab>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="std.tabs.zones" path="zones" data-testid="tab-link-zones">
          <KindTab kind="ZONE" label={false}>
            {({ record, lookup, actions, text }) =>
              record.zones.map((z) => (
                <ItemCard key={z.code} title={text(z.name)} code={z.code} actions={actions(z.code, z.name)} testId={`item-ZONE-${z.code}`}>
                  <ZoneView zone={z} lookup={lookup} />
                </ItemCard>
              ))
            }
          </KindTab>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="std.tabs.devices" path="device-types" data-testid="tab-link-devices">
          <KindTab kind="DEVICE_TYPE" label={false}>
            {({ record, actions, canAuthor }) =>
              (['SELF_SERVICE', 'SMART'] as const).map((kind) => {
                const items = record.deviceTypes.filter((d) => d.kind === kind);
                return items.length ? (
                  <DeviceGroup key={kind} kind={kind}>
                    <DeviceTypesTable items={items} actions={canAuthor ? (d) => actions(d.code, d.name) : undefined} />
                  </DeviceGroup>
                ) : null;
              })
            }
          </KindTab>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="std.tabs.tiers" path="customer-tiers" data-testid="tab-link-tiers">
          <TiersTab label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="std.tabs.rules" path="service-rules" data-testid="tab-link-rules">
          <RulesTab label={false} />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="std.tabs.classifiers" path="classifiers" data-testid="tab-link-classifiers">
          <KindTab kind="CLASSIFIER" label={false}>
            {({ record, actions, canAuthor }) => (
              <ClassifiersTable
                items={record.classifiers}
                actions={canAuthor ? (c) => actions(itemKey('CLASSIFIER', c), c.name) : undefined}
              />
            )}
          </KindTab>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </WholeEdition>
  </Show>
);

const DeviceGroup = ({ kind, children }: { kind: 'SELF_SERVICE' | 'SMART'; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 2 }} data-testid={`device-group-${kind}`}>
      <GroupTitle>{translate(`std.device_kinds.${kind}`)}</GroupTitle>
      {children}
    </Box>
  );
};
