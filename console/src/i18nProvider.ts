import polyglotI18nProvider from 'ra-i18n-polyglot';
import chineseMessages from './i18n/zh';
import englishMessages from './i18n/en';
import { withStandardMessages } from './resources/standard-editions/messages';
import { impactEn, impactZh } from './resources/impact';

export type Locale = 'zh' | 'en';

export const DEFAULT_LOCALE: Locale = 'zh';

const catalog: Record<Locale, typeof chineseMessages> = {
  zh: { ...withStandardMessages(chineseMessages, 'zh'), ...impactZh },
  en: { ...withStandardMessages(englishMessages, 'en'), ...impactEn },
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
