/**
 * The console's one list of the standard's content kinds. What the API's kind
 * registry says about a kind (its list field, save mutation and input type,
 * key fields, report key, audit operations) comes from the API itself
 * (`standardKinds`), loaded once; what is the console's own (its URL segment,
 * tab, the fields it reads) is declared here. Each kind's form is in
 * forms/index.ts and its tab body in kindTabs.tsx (both beside this file),
 * both keyed by kind, so the compiler asks for them when a kind is added.
 */
import { graphql } from '../../gql';
import { gql } from '../../graphql';
import type { EditionContent } from './types';

// What the console reads of each kind's item, one fragment per kind; the
// generator types each (Std…FieldsFragment, types.ts). The edition's whole
// content and its item labels (diff) are one fragment each over every list,
// so the edition, diff and applicable-standard documents are fixed, typed
// documents too.
graphql(`
  fragment StdOutletCategoryFields on OutletCategory {
    code categoryCode name { zh en } description { zh en } marketingStaffMin { value policy }
    salesServiceStaffMin { value policy } lobbyStaffTotal { policy value { min max } }
    staffing { position policy value { min max } note { zh en } } devices { deviceType value policy }
    smartDevices { value policy } zones { zone value policy note { zh en } }
    outboundMarketing { policy value { zh en } } notes { zh en }
  }
`);
graphql(`
  fragment StdPositionFields on Position {
    code kind name { zh en } reportsTo summary { zh en } duties { value { zh en } policy } capabilities { zh en }
  }
`);
graphql(`
  fragment StdZoneFields on Zone {
    code name { zh en } purpose { zh en } principles { zh en } positions equipment { value { code name { zh en } } policy }
  }
`);
graphql(`
  fragment StdDeviceTypeFields on DeviceType { code kind name { zh en } }
`);
graphql(`
  fragment StdCustomerTierFields on CustomerTier {
    code segment name { zh en } rule { zh en } principle { zh en }
    assetsFrom { value { amount currency } policy } assetsBelow { value { amount currency } policy }
    personalLoansFrom { value { amount currency } policy } thresholdPolicyReason { zh en } positions zones
  }
`);
graphql(`
  fragment StdServiceRuleFields on ServiceRule {
    code category core title { zh en } text { zh en }
    parameters {
      __typename code type name { zh en } policy unit
      # Each type's value under the name of the input field that carries it, so a form sends back what it read.
      ... on IntParameter { intValue: value }
      ... on RangeParameter { range: value { min max } }
      ... on MoneyParameter { money: value { amount currency } }
      ... on CodeListParameter { codes: value { code label { zh en } } }
      ... on TextListParameter { texts: value { zh en } }
    }
  }
`);
graphql(`
  fragment StdClassifierFields on Classifier { code kind name { zh en } }
`);
graphql(`
  fragment StdEditionContent on StandardEdition {
    outletCategories { ...StdOutletCategoryFields }
    positions { ...StdPositionFields }
    zones { ...StdZoneFields }
    deviceTypes { ...StdDeviceTypeFields }
    customerTiers { ...StdCustomerTierFields }
    serviceRules { ...StdServiceRuleFields }
    classifiers { ...StdClassifierFields }
  }
`);
/** Each item's key fields and its name (a service rule's title): what the diff labels changes with. */
graphql(`
  fragment StdEditionLabels on StandardEdition {
    outletCategories { code name { zh en } }
    positions { code name { zh en } }
    zones { code name { zh en } }
    deviceTypes { code name { zh en } }
    customerTiers { code name { zh en } }
    serviceRules { code title { zh en } }
    classifiers { kind code name { zh en } }
  }
`);

/** In the order of the edition page's tabs. */
export const KINDS = [
  { kind: 'OUTLET_CATEGORY', slug: 'outlet-categories', tab: 'categories' },
  { kind: 'POSITION', slug: 'positions', tab: 'positions' },
  { kind: 'ZONE', slug: 'zones', tab: 'zones' },
  { kind: 'DEVICE_TYPE', slug: 'device-types', tab: 'devices' },
  { kind: 'CUSTOMER_TIER', slug: 'customer-tiers', tab: 'tiers' },
  { kind: 'SERVICE_RULE', slug: 'service-rules', tab: 'rules' },
  { kind: 'CLASSIFIER', slug: 'classifiers', tab: 'classifiers' },
] as const;

export type StandardItemKind = (typeof KINDS)[number]['kind'];

export interface ConsoleKind {
  kind: StandardItemKind;
  /** URL segment of its item pages and its tab on the edition page */
  slug: string;
  /** its tab's label key (std.tabs.*) and test id (tab-link-*) */
  tab: string;
}
const CONSOLE_KINDS: readonly ConsoleKind[] = KINDS;

/** A kind as the API's registry describes it. */
export interface ApiKind {
  kind: StandardItemKind;
  listField: keyof EditionContent;
  saveMutation: string;
  inputType: string;
  keyFields: string[];
  reportKey: string;
  auditOperations: string[];
}

export type KindMeta = ConsoleKind & ApiKind;

const KINDS_QUERY = graphql(`
  query StdKinds { standardKinds { kind listField saveMutation inputType keyFields reportKey auditOperations } }
`);

let loaded: KindMeta[] | null = null;
let loading: Promise<KindMeta[]> | null = null;

/**
 * The kinds with what the API says of each, fetched once per page load. Every
 * call that reads or writes content awaits it, so the pages that show content
 * find it loaded (`kindMeta`).
 */
export function loadKinds(): Promise<KindMeta[]> {
  if (!loading) {
    loading = gql(KINDS_QUERY).then(({ standardKinds }) => {
      const byKind = new Map(standardKinds.map((k) => [k.kind, k as ApiKind]));
      // A kind the API serves without a console view yet is left out; one the API lacks would fail every query.
      const kinds = CONSOLE_KINDS.map((k): KindMeta => {
        const api = byKind.get(k.kind);
        if (!api) throw new Error(`the API does not serve the content kind ${k.kind}`);
        return { ...k, ...api };
      });
      loaded = kinds;
      return kinds;
    });
    loading.catch(() => {
      loading = null; // try again on the next call
    });
  }
  return loading;
}

/** The loaded kinds (after loadKinds, which every content query awaits). */
export function loadedKinds(): KindMeta[] {
  if (!loaded) throw new Error('standard kinds are not loaded yet: await loadKinds() first');
  return loaded;
}

export const kindMeta = (kind: StandardItemKind): KindMeta => loadedKinds().find((k) => k.kind === kind)!;
const consoleKind = (kind: StandardItemKind): ConsoleKind => CONSOLE_KINDS.find((k) => k.kind === kind)!;
export const kindBySlug = (slug: string | undefined): ConsoleKind | undefined => CONSOLE_KINDS.find((k) => k.slug === slug);
export const kindByReportKey = (key: string | undefined): KindMeta | undefined => loaded?.find((k) => k.reportKey === key);

/** An edition's items of one kind. */
export const itemsOf = <T = { code: string }>(content: { [L in keyof EditionContent]: readonly object[] }, kind: StandardItemKind): T[] =>
  content[kindMeta(kind).listField] as unknown as T[];

/** An item's key within its edition, by the kind's key fields (KIND/CODE for classifiers), as the API's diff and remove use. */
export function itemKey(kind: StandardItemKind, item: object): string {
  return kindMeta(kind).keyFields.map((f) => String((item as Record<string, unknown>)[f])).join('/');
}

/** Item keys in URLs: "/" would split the path, so composite keys use "." (codes never hold one). */
export const keyToUrl = (key: string) => key.replace('/', '.');
export const keyFromUrl = (segment: string) => segment.replace('.', '/');

export const NEW_ITEM = 'new';

export const showPath = (editionCode: string, kind?: StandardItemKind) =>
  `/standard-editions/${encodeURIComponent(editionCode)}/show${kind ? `/${consoleKind(kind).slug}` : ''}`;

export const itemPath = (editionCode: string, kind: StandardItemKind, key: string = NEW_ITEM) =>
  `/standard-editions/${encodeURIComponent(editionCode)}/items/${consoleKind(kind).slug}/${encodeURIComponent(keyToUrl(key))}`;

export const diffPath = (from: string, to: string) =>
  `/standard-editions/diff?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;

export const effectivePath = (orgUnitCode: string) => `/standard-editions/effective/${encodeURIComponent(orgUnitCode)}`;

/** The item an edition holds under `key`, if any. */
export function findItem(content: EditionContent, kind: StandardItemKind, key: string): object | undefined {
  return itemsOf<object>(content, kind).find((i) => itemKey(kind, i) === key);
}
