import { useEffect, type ReactNode } from 'react';
import { Layout as RaLayout, useLocaleState } from 'react-admin';
import { intlLocale } from '../i18nProvider';
import { Menu } from './Menu';

/** Keeps <html lang> in step with the locale switch (screen readers, fonts, hyphenation). */
const useDocumentLanguage = () => {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = intlLocale(locale);
  }, [locale]);
};

export const Layout = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  return <RaLayout menu={Menu}>{children}</RaLayout>;
};
