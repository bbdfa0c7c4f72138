/**
 * 网点分类 from the API: the outlet categories of the edition in force, for
 * choices and for naming an outlet's category. Categories are content of the
 * standard (a new edition may add one), so the console keeps no list of its own.
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

/**
 * One read for the whole page: a list page names the category of every row,
 * and each row must not ask again. Forgotten when a publication may have
 * changed the edition in force (`forgetCategoriesInForce`), and after a failure.
 */
let inForce: Promise<CategoryInForce[]> | null = null;

export function forgetCategoriesInForce() {
  inForce = null;
}

function useCategoriesInForce(): CategoryInForce[] | null {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [categories, setCategories] = useState<CategoryInForce[] | null>(null);
  useEffect(() => {
    let live = true;
    const read = (inForce ??= dataProvider.getOutletCategoriesInForce().catch((err: unknown) => {
      inForce = null;
      throw err;
    }));
    // Without the list, choices stay empty and names fall back to codes; the API still names the valid codes if one is sent.
    read.then((c) => live && setCategories(c), () => live && setCategories([]));
    return () => {
      live = false;
    };
  }, [dataProvider]);
  return categories;
}

export function useCategoryChoices(): { choices: { id: string; name: string }[]; loading: boolean } {
  const [locale] = useLocaleState();
  const categories = useCategoriesInForce();
  return {
    // Named as the edition names them; the bank's known categories large to small, then any others.
    choices: [...(categories ?? [])]
      .sort((a, b) => categoryOrder(a.code, b.code))
      .map((c) => ({ id: c.code, name: localizedName(c.name, locale) || c.code })),
    loading: categories === null,
  };
}

/** A category's name as the edition in force gives it, in the UI's language; its code when the edition lacks it (or until the list is read). */
export function useCategoryName(): (code: string) => string {
  const [locale] = useLocaleState();
  const categories = useCategoriesInForce();
  return (code) => localizedName(categories?.find((c) => c.code === code)?.name, locale) || code;
}
