import polyglotI18nProvider from 'ra-i18n-polyglot';
import chineseMessages from './i18n/zh';
import englishMessages from './i18n/en';
import { localEn } from './i18n/local.en';
import { localZh } from './i18n/local.zh';
import { withStandardMessages } from './resources/standard-editions/messages';
import { impactEn, impactZh } from './resources/impact';
import { complianceEn, complianceZh } from './resources/dashboards/messages';
import { outletPlanEn, outletPlanZh } from './resources/outlet-plans/messages';
import { rolloutEn, rolloutZh } from './resources/rollouts/messages';

export type Locale = 'zh' | 'en';

export const DEFAULT_LOCALE: Locale = 'zh';

type Tree = { [key: string]: unknown };

/**
 * Deep merge of message catalogues. The local-version texts add keys under
 * `resources` (their resource's labels) as well as their own `lv` tree, so a
 * shallow spread would drop the other resources' labels.
 */
function mergeMessages<T extends object>(base: T, extra: object): T {
  const out: Tree = { ...(base as Tree) };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = current && typeof current === 'object' && value && typeof value === 'object' ? mergeMessages(current as Tree, value as Tree) : value;
  }
  return out as T;
}

const catalog: Record<Locale, typeof chineseMessages> = {
  zh: mergeMessages({ ...withStandardMessages(chineseMessages, 'zh'), ...impactZh, ...complianceZh, ...outletPlanZh }, mergeMessages(localZh, rolloutZh)),
  en: mergeMessages({ ...withStandardMessages(englishMessages, 'en'), ...impactEn, ...complianceEn, ...outletPlanEn }, mergeMessages(localEn, rolloutEn)),
};

/** Chinese by default; English through the locale switch in the app bar. */
export const i18nProvider = polyglotI18nProvider(
  (locale) => catalog[(locale as Locale) in catalog ? (locale as Locale) : DEFAULT_LOCALE],
  DEFAULT_LOCALE,
  [
    { locale: 'zh', name: '中文' },
    { locale: 'en', name: 'English' },
  ],
  { allowMissing: true },
);

/** BCP 47 tag for dates and numbers in the given UI locale. */
export const intlLocale = (locale: string): string => (locale === 'en' ? 'en' : 'zh-CN');
