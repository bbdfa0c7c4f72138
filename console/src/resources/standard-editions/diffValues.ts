/**
 * Turning a field's before and after values (JSON) into readable lines:
 * objects compared leaf by leaf, lists of keyed entries (positions, zones,
 * devices, codes) entry by entry, anything else as compact JSON.
 */

export interface DiffLine {
  /** where inside the field ("value", "range.max", "LOBBY_GUIDE.range.min"); empty for the whole field */
  path: string;
  /** '+' an entry added, '-' removed, '~' changed */
  op: '+' | '-' | '~';
  before?: unknown;
  after?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The field keyed entries of a list use, if every entry has one. */
const ENTRY_KEYS = ['position', 'zone', 'deviceType', 'code'];
function entryKeyOf(list: unknown[]): string | null {
  if (!list.length) return null;
  for (const k of ENTRY_KEYS) if (list.every((e) => isObject(e) && typeof e[k] === 'string')) return k;
  return null;
}

export function diffLines(before: unknown, after: unknown, path = ''): DiffLine[] {
  if (same(before, after)) return [];
  const join = (p: string) => (path ? `${path}.${p}` : p);
  if (isObject(before) && isObject(after) && !('zh' in before && 'en' in before)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffLines(before[k], after[k], join(k)));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = entryKeyOf([...before, ...after]);
    if (key) {
      const b = new Map(before.map((e) => [String((e as Record<string, unknown>)[key]), e]));
      const a = new Map(after.map((e) => [String((e as Record<string, unknown>)[key]), e]));
      const lines: DiffLine[] = [];
      for (const [k, e] of b) if (!a.has(k)) lines.push({ path: join(k), op: '-', before: e });
      for (const [k, e] of a) {
        if (!b.has(k)) lines.push({ path: join(k), op: '+', after: e });
        else lines.push(...diffLines(b.get(k), e, join(k)));
      }
      if (!lines.length) lines.push({ path: join('order'), op: '~', before: [...b.keys()], after: [...a.keys()] });
      return lines;
    }
  }
  return [{ path, op: '~', before, after }];
}

/** Compact JSON: `{"value": 12, "policy": "RAISE_ONLY"}`; texts as "中文 | English"; plain strings unquoted. */
export function formatValue(v: unknown): string {
  if (v === undefined || v === null) return '—';
  if (typeof v === 'string') return v;
  if (isObject(v) && typeof v.zh === 'string' && typeof v.en === 'string' && Object.keys(v).length === 2) return `${v.zh} | ${v.en}`;
  if (Array.isArray(v) && v.length && v.every((e) => typeof e === 'string' || (isObject(e) && 'zh' in e && Object.keys(e).length === 2))) {
    return v.map(formatValue).join('; ');
  }
  return JSON.stringify(v, null, 1).replace(/\n\s*/g, ' ').replace(/\[ /g, '[').replace(/ \]/g, ']').replace(/\{ /g, '{').replace(/ \}/g, '}');
}
