import { useEffect, type ReactNode } from 'react';
import { AppBar as RaAppBar, Layout as RaLayout, useLocaleState } from 'react-admin';
import { intlLocale } from '../i18nProvider';
import { Menu } from './Menu';
import { UserMenu } from './UserMenu';

/** Keeps <html lang> in step with the locale switch (screen readers, fonts, hyphenation). */
export const useDocumentLanguage = () => {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = intlLocale(locale);
  }, [locale]);
};

const AppBar = () => <RaAppBar userMenu={<UserMenu />} />;

export const Layout = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  return (
    <RaLayout menu={Menu} appBar={AppBar}>
      {children}
    </RaLayout>
  );
};
