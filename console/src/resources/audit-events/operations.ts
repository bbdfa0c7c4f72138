/**
 * The audit trail's operations as the API's audit registry lists them
 * (`auditOperations`), with their labels. The standard's per-kind operations
 * come from the kind registry, so they are labelled with the kind's noun
 * rather than a translation per operation.
 */
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { graphql } from '../../gql';
import { gql } from '../../graphql';
import { loadKinds, type KindMeta } from '../../standard/kinds';

const AUDIT_OPERATIONS = graphql(`query ConsoleAuditOperations { auditOperations }`);

let operations: Promise<{ operations: string[]; kinds: KindMeta[] }> | null = null;

function loadOperations() {
  operations ??= Promise.all([gql(AUDIT_OPERATIONS), loadKinds()]).then(
    ([{ auditOperations }, kinds]) => ({ operations: auditOperations, kinds }),
  );
  operations.catch(() => {
    operations = null;
  });
  return operations;
}

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

/** Every audited operation with its label, once loaded. */
export function useAuditOperations() {
  const [state, setState] = useState<{ operations: string[]; kinds: KindMeta[] } | undefined>();
  useEffect(() => {
    let live = true;
    loadOperations().then((s) => live && setState(s), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  const label = useOperationLabel(state?.kinds);
  return { choices: (state?.operations ?? []).map((id) => ({ id, name: label(id) })), label };
}
