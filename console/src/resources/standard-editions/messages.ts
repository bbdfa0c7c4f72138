/** Merges the standard's texts (i18n/standard.*.ts) into a locale's catalogue. */
import { standardEn } from '../../i18n/standard.en';
import { standardZh } from '../../i18n/standard.zh';

type Tree = { [key: string]: unknown };

function merge<T extends Tree>(base: T, extra: Tree): T {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] =
      current && typeof current === 'object' && value && typeof value === 'object'
        ? merge(current as Tree, value as Tree)
        : value;
  }
  return out as T;
}

export function withStandardMessages<T extends object>(messages: T, locale: 'zh' | 'en'): T {
  return merge(messages as unknown as Tree, locale === 'zh' ? standardZh : standardEn) as unknown as T;
}
