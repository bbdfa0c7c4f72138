/**
 * The audit trail's operations and object types as the API's audit registry
 * lists them (`auditOperations`, `auditObjectTypes`), with their labels. The standard's per-kind operations
 * come from the kind registry, so they are labelled with the kind's noun
 * rather than a translation per operation.
 */
import { useEffect, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { AuditOperations } from '../../data/auditEvents';
import type { ConsoleDataProvider } from '../../dataProvider';
import type { KindMeta } from '../standard-editions/kinds';

/** Labels an operation: its own translation, else the kind it saves or removes, else its name. */
export function useOperationLabel(kinds: KindMeta[] | undefined) {
  const translate = useTranslate();
  return (operation: string): string => {
    const kind = kinds?.find((k) => k.auditOperations.includes(operation));
    if (kind) {
      const key = kind.auditOperations.indexOf(operation) === 0 ? 'app.audit.standard_item_saved' : 'app.audit.standard_item_removed';
      return translate(key, { kind: translate(`std.kind_nouns.${kind.kind}`) });
    }
    return translate(`app.audit.operations.${operation}`, { _: operation });
  };
}

/** An object type's label: its translation, else its name (a type the API adds later). */
export function useObjectTypeLabel() {
  const translate = useTranslate();
  return (objectType: string): string => translate(`app.audit.object_types.${objectType}`, { _: objectType });
}

/** Every audited operation and object type with its label, once loaded. */
export function useAuditOperations() {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [state, setState] = useState<AuditOperations | undefined>();
  useEffect(() => {
    let live = true;
    dataProvider.getAuditOperations().then((s) => live && setState(s), () => undefined);
    return () => {
      live = false;
    };
  }, [dataProvider]);
  const label = useOperationLabel(state?.kinds);
  const objectTypeLabel = useObjectTypeLabel();
  return {
    choices: (state?.operations ?? []).map((id) => ({ id, name: label(id) })),
    label,
    objectTypeChoices: (state?.objectTypes ?? []).map((id) => ({ id, name: objectTypeLabel(id) })),
  };
}
