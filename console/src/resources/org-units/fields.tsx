import { Chip, type ChipProps } from '@mui/material';
import {
  Link,
  useCreatePath,
  useLocaleState,
  useRecordContext,
  useTranslate,
  type FieldProps,
} from 'react-admin';
import type { LocalizedText, OrgLevel, OrgUnitRecord, OrgUnitStatus, TierTwoKind } from '../../types';
import { ORG_LEVELS, ORG_UNIT_STATUSES, TIER_TWO_KINDS } from '../../types';
import { useCategoryName } from './useCategoryChoices';

export const RESOURCE = 'org-units';

/** Pick the name in the UI's language (zh shows Chinese, anything else English). */
export function localizedName(name: LocalizedText | null | undefined, locale: string): string {
  if (!name) return '';
  return (locale === 'zh' ? name.zh : name.en) || name.zh || name.en || '';
}

export function useLocalizedName() {
  const [locale] = useLocaleState();
  return (name: LocalizedText | null | undefined) => localizedName(name, locale);
}

/** "name (CODE)" in the UI's language, for option lists and titles. */
export function useOrgUnitLabel() {
  const pick = useLocalizedName();
  return (unit?: { code: string; name: LocalizedText } | null) =>
    unit ? `${pick(unit.name)} (${unit.code})` : '';
}

export const levelChoices = ORG_LEVELS.map((id) => ({ id, name: `resources.org-units.levels.${id}` }));
export const statusChoices = ORG_UNIT_STATUSES.map((id) => ({ id, name: `resources.org-units.statuses.${id}` }));
export const tierTwoKindChoices = TIER_TWO_KINDS.map((id) => ({
  id,
  name: `resources.org-units.tierTwoKinds.${id}`,
}));

export const NameField = (_props: FieldProps<OrgUnitRecord>) => {
  const record = useRecordContext<OrgUnitRecord>();
  const pick = useLocalizedName();
  if (!record) return null;
  return <span>{pick(record.name)}</span>;
};

const LEVEL_COLORS: Record<OrgLevel, ChipProps['color']> = {
  HEAD_OFFICE: 'error',
  TIER_ONE_BRANCH: 'primary',
  TIER_TWO_BRANCH: 'warning',
  OUTLET: 'success',
};

export const LevelChip = ({ level, size = 'small' }: { level: OrgLevel; size?: ChipProps['size'] }) => {
  const translate = useTranslate();
  return (
    <Chip
      size={size}
      variant="outlined"
      color={LEVEL_COLORS[level] ?? 'default'}
      label={translate(`resources.org-units.levels.${level}`)}
      sx={{ height: 20, fontSize: '0.72rem' }}
    />
  );
};

export const LevelField = (_props: FieldProps<OrgUnitRecord>) => {
  const record = useRecordContext<OrgUnitRecord>();
  if (!record?.level) return null;
  return <LevelChip level={record.level} />;
};

export const TierTwoKindField = (_props: FieldProps<OrgUnitRecord>) => {
  const record = useRecordContext<OrgUnitRecord>();
  const translate = useTranslate();
  const kind = record?.tierTwoKind as TierTwoKind | null | undefined;
  if (!kind) return null;
  return <span>{translate(`resources.org-units.tierTwoKinds.${kind}`)}</span>;
};

/** An outlet's category (网点分类) by the name the edition in force gives it (its code if none); nothing for other units or uncategorized outlets. */
export const CategoryField = (_props: FieldProps<OrgUnitRecord>) => {
  const record = useRecordContext<OrgUnitRecord>();
  const categoryName = useCategoryName();
  const category = record?.category;
  if (!category) return null;
  return <span>{categoryName(category)}</span>;
};

export const StatusField = (_props: FieldProps<OrgUnitRecord>) => {
  const record = useRecordContext<OrgUnitRecord>();
  const translate = useTranslate();
  const status = record?.status as OrgUnitStatus | undefined;
  if (!status) return null;
  return (
    <Chip
      size="small"
      color={status === 'OPEN' ? 'success' : 'default'}
      variant={status === 'OPEN' ? 'filled' : 'outlined'}
      label={translate(`resources.org-units.statuses.${status}`)}
      sx={{ height: 20, fontSize: '0.72rem' }}
    />
  );
};

/** The page title: "机构 名称 (CODE)". */
export const OrgUnitTitle = () => {
  const record = useRecordContext<OrgUnitRecord>();
  const translate = useTranslate();
  const label = useOrgUnitLabel();
  const resourceName = translate('resources.org-units.name', { smart_count: 1 });
  return <span>{record ? `${resourceName} ${label(record)}` : resourceName}</span>;
};

/** A unit held by another record (a user's unit, a token's scope…): "name (CODE)", linking to the unit. */
export const UnitRefField = ({ source }: FieldProps & { source: string }) => {
  const record = useRecordContext();
  const createPath = useCreatePath();
  const label = useOrgUnitLabel();
  const unit = record?.[source] as { code: string; name: LocalizedText } | null | undefined;
  if (!unit) return <span>—</span>;
  return (
    <Link
      to={createPath({ resource: RESOURCE, id: unit.code, type: 'show' })}
      onClick={(e: React.MouseEvent) => e.stopPropagation()}
    >
      {label(unit)}
    </Link>
  );
};
