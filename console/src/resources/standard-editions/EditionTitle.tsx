import { useRecordContext, useTranslate } from 'react-admin';
import { useText } from './fields';
import type { EditionListRecord } from './types';

/** The page title: "标准版本 HO-2026-01 总行网点服务销售流程标准…". */
export const EditionTitle = () => {
  const record = useRecordContext<EditionListRecord>();
  const translate = useTranslate();
  const text = useText();
  const name = translate('resources.standard-editions.name', { smart_count: 1 });
  return <span>{record ? `${name} ${record.code} · ${text(record.title)}` : name}</span>;
};
