/**
 * 网点分类 choices: the outlet categories of the edition in force, read from
 * the API. Categories are content of the standard (a new edition may add
 * one), so the console keeps no list of its own.
 */
import { useEffect, useState } from 'react';
import { useDataProvider, useLocaleState } from 'react-admin';
import type { ConsoleDataProvider } from '../../dataProvider';
import type { LocalizedText } from '../../types';
import { localizedName } from './fields';
import { categoryOrder } from '../../types';

interface CategoryInForce {
  code: string;
  name: LocalizedText;
}

export function useCategoryChoices(): { choices: { id: string; name: string }[]; loading: boolean } {
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [categories, setCategories] = useState<CategoryInForce[] | null>(null);
  useEffect(() => {
    const abort = new AbortController();
    dataProvider
      .getOutletCategoriesInForce(abort.signal)
      .then(setCategories)
      // Without the list the select stays empty; the API still names the valid codes if one is sent.
      .catch(() => !abort.signal.aborted && setCategories([]));
    return () => abort.abort();
  }, [dataProvider]);
  return {
    // Named as the edition names them; the bank's known categories large to small, then any others.
    choices: [...(categories ?? [])]
      .sort((a, b) => categoryOrder(a.code, b.code))
      .map((c) => ({ id: c.code, name: localizedName(c.name, locale) || c.code })),
    loading: categories === null,
  };
}
