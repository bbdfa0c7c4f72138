/** From form values to the API's input shapes: trimmed texts, whole numbers, absent optionals as null. */
import type { IntRange, LocalizedText, Money, Policy } from '../types';

type Loose = Record<string, any> | null | undefined;

const str = (v: unknown) => (v == null ? '' : String(v).trim());

export const text = (v: Loose): LocalizedText => ({ zh: str(v?.zh), en: str(v?.en) });

/** An optional text: null when both languages are blank. */
export const optText = (v: Loose): LocalizedText | null => {
  const t = text(v);
  return t.zh || t.en ? t : null;
};

/** Texts of a list, blank entries dropped. */
export const texts = (list: unknown): LocalizedText[] =>
  (Array.isArray(list) ? list : []).map((t) => optText(t)).filter((t): t is LocalizedText => t !== null);

export const isBlankNumber = (v: unknown) => v == null || v === '' || Number.isNaN(Number(v));
export const int = (v: unknown): number => (isBlankNumber(v) ? 0 : Math.trunc(Number(v)));
export const optInt = (v: unknown): number | null => (isBlankNumber(v) ? null : Math.trunc(Number(v)));

export const range = (v: Loose): IntRange => ({ min: int(v?.min), max: optInt(v?.max) });

export const optMoney = (v: Loose): Money | null =>
  isBlankNumber(v?.amount) ? null : { amount: Number(v!.amount), currency: str(v?.currency) || 'CNY' };

export const policy = (v: unknown, fallback: Policy = 'LOCKED'): Policy => (v ? (v as Policy) : fallback);

export const codes = (list: unknown): string[] =>
  (Array.isArray(list) ? list : []).map((c) => str(c)).filter(Boolean);

/** A deep copy of an item for a form (forms must not change the cached edition). */
export const clone = <T,>(v: T): T => (v == null ? v : (JSON.parse(JSON.stringify(v)) as T));
