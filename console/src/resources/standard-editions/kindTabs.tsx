/**
 * The edition page's tab for each content kind: the add button (drafts), then
 * the kind's own view of its items with edit and remove buttons. One body per
 * kind, keyed by kind, so a new kind in kinds.ts asks for its view here.
 */
import type { ComponentType, ReactNode } from 'react';
import { Alert, Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useEditionLookup, useText } from './fields';
import { AddItemButton, EditItemButton, RemoveItemButton } from './ItemActions';
import { itemKey, itemsOf } from './kinds';
import { useCanAuthor } from './permissions';
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
} from './views';
import {
  categoryOrder,
  RULE_CATEGORIES,
  type EditionRecord,
  type LocalizedText,
  type StandardItemKind,
} from './types';

interface TabContext {
  record: EditionRecord;
  lookup: ReturnType<typeof useEditionLookup>;
  /** edit and remove buttons for one item (authors of a draft), by its key */
  actions: (key: string, name: LocalizedText) => ReactNode;
  text: (t: LocalizedText | null | undefined) => string;
  canAuthor: boolean;
}

const GroupTitle = ({ children }: { children: ReactNode }) => (
  <Typography variant="subtitle1" sx={{ mt: 1, mb: 1, fontWeight: 500 }}>
    {children}
  </Typography>
);

/** One card per item, named and keyed by its code, with the item's actions and the kind's view. */
function Cards<T extends { code: string }>({ kind, items, name, ctx, chips, children }: {
  kind: StandardItemKind;
  items: T[];
  name: (item: T) => LocalizedText;
  ctx: TabContext;
  chips?: (item: T) => ReactNode;
  children: (item: T) => ReactNode;
}) {
  return (
    <>
      {items.map((item) => (
        <ItemCard
          key={item.code}
          title={ctx.text(name(item))}
          chips={chips?.(item)}
          code={item.code}
          actions={ctx.actions(item.code, name(item))}
          testId={`item-${kind}-${item.code}`}
        >
          {children(item)}
        </ItemCard>
      ))}
    </>
  );
}

const CategoriesTab = (ctx: TabContext) => (
  <Cards
    kind="OUTLET_CATEGORY"
    ctx={ctx}
    items={[...ctx.record.outletCategories].sort((a, b) => categoryOrder(a.categoryCode, b.categoryCode))}
    name={(c) => c.name}
  >
    {(c) => <CategoryView category={c} lookup={ctx.lookup} />}
  </Cards>
);

const PositionsTab = (ctx: TabContext) => (
  <Cards
    kind="POSITION"
    ctx={ctx}
    items={[...ctx.record.positions].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'POSITION' ? -1 : 1))}
    name={(p) => p.name}
  >
    {(p) => <PositionView position={p} lookup={ctx.lookup} />}
  </Cards>
);

const ZonesTab = (ctx: TabContext) => (
  <Cards kind="ZONE" ctx={ctx} items={ctx.record.zones} name={(z) => z.name}>
    {(z) => <ZoneView zone={z} lookup={ctx.lookup} />}
  </Cards>
);

const DevicesTab = ({ record, actions, canAuthor }: TabContext) => {
  const translate = useTranslate();
  return (
    <>
      {(['SELF_SERVICE', 'SMART'] as const).map((kind) => {
        const items = record.deviceTypes.filter((d) => d.kind === kind);
        return items.length ? (
          <Box key={kind} sx={{ mb: 2 }} data-testid={`device-group-${kind}`}>
            <GroupTitle>{translate(`std.device_kinds.${kind}`)}</GroupTitle>
            <DeviceTypesTable items={items} actions={canAuthor ? (d) => actions(d.code, d.name) : undefined} />
          </Box>
        ) : null;
      })}
    </>
  );
};

const TiersTab = (ctx: TabContext) => {
  const translate = useTranslate();
  return (
    <>
      {(['INDIVIDUAL', 'CORPORATE'] as const).map((segment) => {
        const tiers = ctx.record.customerTiers
          .filter((t) => t.segment === segment)
          .sort((a, b) => (a.assetsFrom?.value.amount ?? (a.assetsBelow ? -1 : Infinity)) - (b.assetsFrom?.value.amount ?? (b.assetsBelow ? -1 : Infinity)));
        if (!tiers.length) return null;
        return (
          <Box key={segment} data-testid={`tiers-${segment}`}>
            <GroupTitle>{translate(`std.segments.${segment}`)}</GroupTitle>
            <Cards kind="CUSTOMER_TIER" ctx={ctx} items={tiers} name={(t) => t.name}>
              {(t) => <TierView tier={t} lookup={ctx.lookup} />}
            </Cards>
          </Box>
        );
      })}
    </>
  );
};

const RulesTab = (ctx: TabContext) => {
  const translate = useTranslate();
  return (
    <>
      {RULE_CATEGORIES.map((category) => {
        const rules = ctx.record.serviceRules.filter((r) => r.category === category);
        if (!rules.length) return null;
        return (
          <Box key={category}>
            <GroupTitle>{translate(`std.rule_categories.${category}`)}</GroupTitle>
            <Cards kind="SERVICE_RULE" ctx={ctx} items={rules} name={(r) => r.title} chips={(r) => <RuleChips rule={r} />}>
              {(r) => <RuleView rule={r} />}
            </Cards>
          </Box>
        );
      })}
    </>
  );
};

const ClassifiersTab = ({ record, actions, canAuthor }: TabContext) => (
  <ClassifiersTable items={record.classifiers} actions={canAuthor ? (c) => actions(itemKey('CLASSIFIER', c), c.name) : undefined} />
);

const TAB_BODIES: Record<StandardItemKind, ComponentType<TabContext>> = {
  OUTLET_CATEGORY: CategoriesTab,
  POSITION: PositionsTab,
  ZONE: ZonesTab,
  DEVICE_TYPE: DevicesTab,
  CUSTOMER_TIER: TiersTab,
  SERVICE_RULE: RulesTab,
  CLASSIFIER: ClassifiersTab,
};

/** A kind's tab: what every kind's tab has, around the kind's own body. */
export const KindTab = ({ kind }: { kind: StandardItemKind; label?: false }) => {
  const record = useRecordContext<EditionRecord>();
  const canAuthor = useCanAuthor(record);
  const translate = useTranslate();
  const text = useText();
  const lookup = useEditionLookup(record);
  if (!record) return null;
  const Body = TAB_BODIES[kind];
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
      {itemsOf(record, kind).length === 0 && (
        <Alert severity="info">{translate('std.empty_kind', { kind: translate(`std.kind_nouns.${kind}`) })}</Alert>
      )}
      <Body record={record} lookup={lookup} actions={actions} text={text} canAuthor={canAuthor} />
    </Box>
  );
};
