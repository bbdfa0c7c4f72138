/**
 * How the local-version screens show a value, its source and a refusal. A
 * value is read in the same JSON shape whether it is inherited (typed per
 * kind by the API) or local (JSON), so one formatter shows both.
 */
import { Box } from '@mui/material';
import { Link, useTranslate, type TranslateFunction } from 'react-admin';
import { GraphQLRequestError } from '../../graphql';
import { describeApiError } from '../../apiErrors';
import { useMoneyText, usePeopleText, useText } from '../standard-editions/fields';
import { showPath } from '../standard-editions/kinds';
import type { InheritedValue } from './queries';

/** The inherited value in the shape setLocalValue takes for its kind. */
export function valueOf(v: InheritedValue | null | undefined): unknown {
  if (!v) return null;
  switch (v.__typename) {
    case 'IntValue':
      return v.int;
    case 'RangeValue':
      return v.range;
    case 'MoneyValue':
      return v.money;
    case 'TextValue':
      return v.text;
    case 'TextListValue':
      return v.texts;
    case 'RequirementValue':
      return v.requirement;
    case 'CodeListValue':
      return v.codes.map((c) => ({ code: c.code, label: c.name }));
    default:
      return null;
  }
}

type Shape = { min?: number; max?: number | null; amount?: number; currency?: string; zh?: string; en?: string; code?: string; label?: { zh: string; en: string } | null; name?: { zh: string; en: string } | null };

/** Whether the value at `path` is a minimum count (the standard names those "…Min"). */
const isMinimum = (path: string | undefined) => !!path && /Min$/.test(path.split('/').pop() ?? '');

/** A value in words, whatever its kind; with its path, a minimum reads "at least N". */
export function useValueText() {
  const translate = useTranslate();
  const text = useText();
  const people = usePeopleText();
  const money = useMoneyText();
  const one = (value: unknown, path?: string): string => {
    if (value == null) return '—';
    if (typeof value === 'number') return isMinimum(path) ? translate('std.effective.at_least', { min: value }) : String(value);
    if (typeof value === 'string') return translate(`std.zone_requirements.${value}`, { _: value });
    if (Array.isArray(value)) return value.map((v) => one(v)).join(translate('app.list_separator', { _: '、' }));
    const v = value as Shape;
    if (typeof v.min === 'number') return people({ min: v.min, max: v.max ?? null });
    if (typeof v.amount === 'number') return money({ amount: v.amount, currency: v.currency ?? 'CNY' });
    if (typeof v.zh === 'string') return text({ zh: v.zh, en: v.en ?? '' });
    if (typeof v.code === 'string') return v.label || v.name ? text((v.label ?? v.name)!) : v.code;
    return JSON.stringify(value);
  };
  return one;
}

/** The value as the editor's input shows it: a number plainly, anything else as JSON. */
export const inputText = (value: unknown): string => (typeof value === 'number' ? String(value) : JSON.stringify(value ?? null));

/** What the editor's input holds, back in the value's shape (null if it is not readable). */
export function parseInput(raw: string): { ok: true; value: unknown } | { ok: false } {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(trimmed) };
  } catch {
    return { ok: true, value: trimmed };
  }
}

type Source = InheritedValue['setBy'];

/** Link to the layer that set a value: the local version, or the head-office edition. */
export const layerPath = (s: Pick<Source, 'layerKind' | 'layerId' | 'layerCode'>) =>
  s.layerKind === 'LOCAL_VERSION' ? `/local-versions/${encodeURIComponent(s.layerId)}/show` : showPath(s.layerCode);

/** "广东省分行（GD）· 本地化版本 GD-2026-01 · 修订号 3": who set a value, in the user's language. */
export function useSourceText() {
  const translate = useTranslate();
  const text = useText();
  return (source: Source) =>
    translate('std.effective.source', {
      unit: source.unit ? text(source.unit.name) : source.unitCode,
      code: source.unitCode,
      layer_kind: translate(`std.effective.layer_kinds.${source.layerKind}`),
      layer: source.layerCode,
      revision: source.revision,
    });
}

/** Who set a value, linked to the layer that set it. */
export const SourceLink = ({ source }: { source: Source }) => {
  const sourceText = useSourceText();
  return (
    <Box component="span" sx={{ display: 'block' }} data-testid={`source-${source.unitCode}-${source.layerCode}`}>
      <Link to={layerPath(source)} data-testid="source-link">
        {sourceText(source)}
      </Link>
    </Box>
  );
};

interface PolicyViolation {
  path?: string;
  policy?: string;
  inherited?: unknown;
  attempted?: unknown;
  setBy?: string;
}

/**
 * A refusal in words. A policy violation names the path, the policy, the
 * inherited value and who set it, and what was entered; anything else, the
 * usual description. `known` names, in the user's language, who set the value
 * at one path: it replaces the API's own (English) naming for that path.
 */
export function describeLocalError(
  translate: TranslateFunction,
  valueText: (v: unknown, path?: string) => string,
  error: unknown,
  known?: { path: string; setBy: string },
): string {
  if (error instanceof GraphQLRequestError) {
    const found = error.errors[0]?.extensions?.violations;
    const v = Array.isArray(found) ? (found[0] as PolicyViolation | undefined) : undefined;
    if (v && v.policy && 'inherited' in v) {
      return translate('lv.violation', {
        path: v.path ?? '',
        policy: translate(`std.policies.${v.policy}`, { _: v.policy }),
        hint: translate(`std.policy_hints.${v.policy}`, { _: '' }),
        inherited: valueText(v.inherited, v.path),
        setBy: (known && known.path === v.path ? known.setBy : v.setBy) ?? '',
        attempted: valueText(v.attempted, v.path),
      });
    }
  }
  return describeApiError(translate, error, 'local-versions');
}

/** The heading of a group of values: the content kind and the item, from the path. */
export const groupOf = (path: string) => path.split('/').slice(0, 2).join('/');
