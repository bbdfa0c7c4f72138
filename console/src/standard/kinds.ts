/** The kinds of content an edition holds, and where each lives in the console. */
import type { EditionContent, StandardItemKind } from './types';

export interface KindMeta {
  kind: StandardItemKind;
  /** URL segment of the item pages and the show page's tab */
  slug: string;
  /** the edition's list holding the items */
  list: keyof EditionContent;
  /** first segment of publication-report paths, e.g. outletCategory/GENERAL/staffing */
  reportKey: string;
}

/** In the order of the edition page's tabs. */
export const KINDS: KindMeta[] = [
  { kind: 'OUTLET_CATEGORY', slug: 'outlet-categories', list: 'outletCategories', reportKey: 'outletCategory' },
  { kind: 'POSITION', slug: 'positions', list: 'positions', reportKey: 'position' },
  { kind: 'ZONE', slug: 'zones', list: 'zones', reportKey: 'zone' },
  { kind: 'DEVICE_TYPE', slug: 'device-types', list: 'deviceTypes', reportKey: 'deviceType' },
  { kind: 'CUSTOMER_TIER', slug: 'customer-tiers', list: 'customerTiers', reportKey: 'customerTier' },
  { kind: 'SERVICE_RULE', slug: 'service-rules', list: 'serviceRules', reportKey: 'serviceRule' },
  { kind: 'CLASSIFIER', slug: 'classifiers', list: 'classifiers', reportKey: 'classifier' },
];

export const kindMeta = (kind: StandardItemKind): KindMeta => KINDS.find((k) => k.kind === kind)!;
export const kindBySlug = (slug: string | undefined): KindMeta | undefined => KINDS.find((k) => k.slug === slug);
export const kindByReportKey = (key: string | undefined): KindMeta | undefined => KINDS.find((k) => k.reportKey === key);

/** An item's key within its edition: the code, or KIND/CODE for classifiers (as the API's diff and remove use). */
export function itemKey(kind: StandardItemKind, item: { code: string; kind?: string }): string {
  return kind === 'CLASSIFIER' ? `${item.kind}/${item.code}` : item.code;
}

/** Item keys in URLs: "/" would split the path, so classifiers use "." (codes never hold one). */
export const keyToUrl = (key: string) => key.replace('/', '.');
export const keyFromUrl = (segment: string) => segment.replace('.', '/');

export const NEW_ITEM = 'new';

export const showPath = (editionCode: string, kind?: StandardItemKind) =>
  `/standard-editions/${encodeURIComponent(editionCode)}/show${kind ? `/${kindMeta(kind).slug}` : ''}`;

export const itemPath = (editionCode: string, kind: StandardItemKind, key: string = NEW_ITEM) =>
  `/standard-editions/${encodeURIComponent(editionCode)}/items/${kindMeta(kind).slug}/${encodeURIComponent(keyToUrl(key))}`;

export const diffPath = (from: string, to: string) =>
  `/standard-editions/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

export const effectivePath = (orgUnitCode: string) => `/standard-editions/effective/${encodeURIComponent(orgUnitCode)}`;

/** The item an edition holds under `key`, if any. */
export function findItem(content: EditionContent, kind: StandardItemKind, key: string): object | undefined {
  const list = content[kindMeta(kind).list] as Array<{ code: string; kind?: string }>;
  return list.find((i) => itemKey(kind, i) === key);
}
