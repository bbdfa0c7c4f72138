/**
 * The edition page's tab for each content kind: the add button (drafts), then
 * the kind's own view of its items with edit and remove buttons. One body per
 * kind, keyed by kind, so a new kind in standard/kinds.ts asks for its view here.
 */
import type { ComponentType, ReactNode } from 'react';
import { Alert, Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useEditionLookup, useText } from '../../standard/fields';
import { AddItemButton, EditItemButton, RemoveItemButton } from '../../standard/ItemActions';
import { itemKey, itemsOf } from '../../standard/kinds';
import { useCanAuthor } from '../../standard/permissions';
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

const CategoriesTab = ({ record, lookup, actions, text }: TabContext) => (
  <>
    {[...record.outletCategories]
      .sort((a, b) => OUTLET_CATEGORY_CODES.indexOf(a.categoryCode) - OUTLET_CATEGORY_CODES.indexOf(b.categoryCode))
      .map((c) => (
        <ItemCard key={c.code} title={text(c.name)} code={c.code} actions={actions(c.code, c.name)} testId={`item-OUTLET_CATEGORY-${c.code}`}>
          <CategoryView category={c} lookup={lookup} />
        </ItemCard>
      ))}
  </>
);

const PositionsTab = ({ record, lookup, actions, text }: TabContext) => (
  <>
    {[...record.positions]
      .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'POSITION' ? -1 : 1))
      .map((p) => (
        <ItemCard key={p.code} title={text(p.name)} code={p.code} actions={actions(p.code, p.name)} testId={`item-POSITION-${p.code}`}>
          <PositionView position={p} lookup={lookup} />
        </ItemCard>
      ))}
  </>
);

const ZonesTab = ({ record, lookup, actions, text }: TabContext) => (
  <>
    {record.zones.map((z) => (
      <ItemCard key={z.code} title={text(z.name)} code={z.code} actions={actions(z.code, z.name)} testId={`item-ZONE-${z.code}`}>
        <ZoneView zone={z} lookup={lookup} />
      </ItemCard>
    ))}
  </>
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

const TiersTab = ({ record, lookup, actions, text }: TabContext) => {
  const translate = useTranslate();
  return (
    <>
      {(['INDIVIDUAL', 'CORPORATE'] as const).map((segment) => {
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
      })}
    </>
  );
};

const RulesTab = ({ record, actions, text }: TabContext) => {
  const translate = useTranslate();
  return (
    <>
      {RULE_CATEGORIES.map((category) => {
        const rules = record.serviceRules.filter((r) => r.category === category);
        if (!rules.length) return null;
        return (
          <Box key={category}>
            <GroupTitle>{translate(`std.rule_categories.${category}`)}</GroupTitle>
            {rules.map((r) => (
              <ItemCard key={r.code} title={text(r.title)} chips={<RuleChips rule={r} />} code={r.code} actions={actions(r.code, r.title)} testId={`item-SERVICE_RULE-${r.code}`}>
                <RuleView rule={r} />
              </ItemCard>
            ))}
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
