/** Small display pieces of the standard: texts by locale, policy chips, ranges, money, code chips. */
import { useMemo, type ReactNode } from 'react';
import { Box, Chip, Tooltip, Typography, type ChipProps } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { intlLocale } from '../../i18nProvider';
import type {
  EditionContent,
  EditionStatus,
  IntRange,
  LocalizedText,
  Money,
  Policy,
} from './types';

/** Picks the text of the UI's language (the other one if it is blank). */
export function pickText(text: LocalizedText | null | undefined, locale: string): string {
  if (!text) return '';
  return (locale === 'zh' ? text.zh || text.en : text.en || text.zh) ?? '';
}

export function useText() {
  const [locale] = useLocaleState();
  return (text: LocalizedText | null | undefined) => pickText(text, locale);
}

/** A bilingual text in the UI's language; the other language as a tooltip. */
export const Bilingual = ({ text, variant = 'body2', testId }: { text: LocalizedText | null | undefined; variant?: 'body1' | 'body2' | 'caption'; testId?: string }) => {
  const [locale] = useLocaleState();
  if (!text) return null;
  const other = locale === 'zh' ? text.en : text.zh;
  return (
    <Tooltip title={other} placement="bottom-start" enterDelay={600}>
      <Typography variant={variant} component="span" data-testid={testId}>
        {pickText(text, locale)}
      </Typography>
    </Tooltip>
  );
};

const POLICY_COLORS: Record<Policy, ChipProps['color']> = {
  LOCKED: 'error',
  RAISE_ONLY: 'primary',
  LOWER_ONLY: 'secondary',
  EXTEND_ONLY: 'info',
  FREE: 'success',
};

/** How a lower level may change the value: a small chip, its meaning on hover. */
export const PolicyChip = ({ policy }: { policy: Policy | null | undefined }) => {
  const translate = useTranslate();
  if (!policy) return null;
  return (
    <Tooltip title={`${translate('std.policy_label')}${translate('app.errors.colon', { _: ': ' })}${translate(`std.policy_hints.${policy}`)}`}>
      <Chip
        size="small"
        variant="outlined"
        color={POLICY_COLORS[policy] ?? 'default'}
        label={translate(`std.policies.${policy}`)}
        data-testid={`policy-${policy}`}
        sx={{ height: 20, fontSize: '0.7rem', ml: 0.5, verticalAlign: 'middle' }}
      />
    </Tooltip>
  );
};

export const StatusChip = ({ status }: { status: EditionStatus | null | undefined }) => {
  const translate = useTranslate();
  if (!status) return null;
  return (
    <Chip
      size="small"
      color={status === 'PUBLISHED' ? 'success' : 'warning'}
      variant={status === 'PUBLISHED' ? 'filled' : 'outlined'}
      label={translate(`std.status.${status}`)}
      data-testid={`edition-status-${status}`}
      sx={{ height: 22, fontSize: '0.75rem' }}
    />
  );
};

export const CurrentChip = () => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color="primary"
      label={translate('std.current')}
      data-testid="edition-current"
      sx={{ height: 22, fontSize: '0.75rem' }}
    />
  );
};

/** "1–2", "3", "2 or more". */
export function useRangeText() {
  const translate = useTranslate();
  return (range: IntRange | null | undefined) => {
    if (!range) return '';
    if (range.max == null) return translate('std.range.open', { min: range.min });
    if (range.max === range.min) return String(range.min);
    return translate('std.range.between', { min: range.min, max: range.max });
  };
}

/** A head count: "2–3 人", "1 人", "2 人及以上", "按需" (0 or more). */
export function usePeopleText() {
  const translate = useTranslate();
  const rangeText = useRangeText();
  return (range: IntRange | null | undefined) => {
    if (!range) return '';
    if (range.max == null) return range.min === 0 ? translate('std.range.as_needed') : translate('std.range.open_people', { min: range.min });
    return translate('std.people', { count: rangeText(range), smart_count: range.max });
  };
}

/** An amount with its currency, in the UI's number format. */
export function useMoneyText() {
  const [locale] = useLocaleState();
  return (money: Money | null | undefined) => {
    if (!money) return '';
    try {
      return new Intl.NumberFormat(intlLocale(locale), {
        style: 'currency',
        currency: money.currency,
        maximumFractionDigits: Number.isInteger(money.amount) ? 0 : 2,
      }).format(money.amount);
    } catch {
      return `${money.amount} ${money.currency}`;
    }
  };
}

/** The unit of an INTEGER or RANGE parameter ("WORKING_DAYS" → "个工作日"). */
export function useUnitText() {
  const translate = useTranslate();
  return (unit: string | null | undefined) => (unit ? translate(`std.units.${unit}`, { _: unit }) : '');
}

/** Names of an edition's positions, zones, device types and classifier entries, by code. */
export interface EditionLookup {
  position(code: string): string;
  zone(code: string): string;
  device(code: string): string;
}

export function useEditionLookup(content: Partial<Pick<EditionContent, 'positions' | 'zones' | 'deviceTypes'>> | null | undefined): EditionLookup {
  const text = useText();
  return useMemo(() => {
    const map = (list: { code: string; name: LocalizedText }[] | undefined) =>
      new Map((list ?? []).map((i) => [i.code, text(i.name)]));
    const positions = map(content?.positions);
    const zones = map(content?.zones);
    const devices = map(content?.deviceTypes);
    return {
      position: (code: string) => (code === 'UPPER_BRANCH' ? '' : positions.get(code) ?? code),
      zone: (code: string) => zones.get(code) ?? code,
      device: (code: string) => devices.get(code) ?? code,
    };
  }, [content?.positions, content?.zones, content?.deviceTypes, text]);
}

/** A code shown by its label, the code on hover. */
export const CodeChip = ({ label, code, color }: { label: ReactNode; code: string; color?: ChipProps['color'] }) => (
  <Tooltip title={code}>
    <Chip size="small" label={label} color={color} variant="outlined" data-testid={`code-${code}`} sx={{ mr: 0.5, mb: 0.5 }} />
  </Tooltip>
);

/** A label above a value, as react-admin's Labeled does, for values that are not record fields. */
export const Fact = ({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 120 }} data-testid={testId}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Box sx={{ typography: 'body2' }}>{children}</Box>
    </Box>
  );
};

/** A section heading inside a card. */
export const SectionTitle = ({ children }: { children: ReactNode }) => (
  <Typography variant="subtitle2" color="text.secondary" sx={{ mt: 2, mb: 0.5 }}>
    {children}
  </Typography>
);

/** A bulleted list of bilingual texts. */
export const TextList = ({ items, testId }: { items: LocalizedText[] | null | undefined; testId?: string }) => {
  const text = useText();
  if (!items?.length) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }} data-testid={testId}>
      {items.map((t, i) => (
        <li key={i}>
          <Typography variant="body2">{text(t)}</Typography>
        </li>
      ))}
    </Box>
  );
};
