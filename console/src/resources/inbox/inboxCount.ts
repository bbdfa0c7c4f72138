/**
 * The menu badge's count of items (of every kind) awaiting the user. It is read again on
 * every navigation and whenever a workflow step succeeds anywhere in the
 * console (`announceInboxChange`), so approving or returning one lowers it at
 * once without polling the server.
 */
import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import { useLocation } from 'react-router-dom';
import type { ConsoleDataProvider } from '../../dataProvider';

const INBOX_CHANGED = 'outlet-standards:inbox-changed';

/** Tells the badge (and an open inbox page) that a workflow step changed what awaits whom. */
export const announceInboxChange = () => window.dispatchEvent(new Event(INBOX_CHANGED));

/** Re-renders with a new number whenever the inbox may have changed. */
export function useInboxChanges(): number {
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const bump = () => setGeneration((g) => g + 1);
    window.addEventListener(INBOX_CHANGED, bump);
    return () => window.removeEventListener(INBOX_CHANGED, bump);
  }, []);
  return generation;
}

/** How many items await the signed-in user's decision; null until known (or when it cannot be read). */
export function useAwaitingCount(enabled: boolean): number | null {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { pathname } = useLocation();
  const generation = useInboxChanges();
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    dataProvider.countInboxAwaiting(controller.signal).then(
      (n) => !controller.signal.aborted && setCount(n),
      // The badge is a hint: a failed read leaves the last count (the page itself reports errors).
      () => undefined,
    );
    return () => controller.abort();
  }, [dataProvider, enabled, pathname, generation]);
  return enabled ? count : null;
}
