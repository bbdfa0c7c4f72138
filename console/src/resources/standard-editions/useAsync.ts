import { useEffect, useState } from 'react';

/** Runs `load` when `key` changes; the answer, the error and whether it is still loading. */
export function useAsync<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>) {
  const [state, setState] = useState<{ key: string | null; data?: T; error?: unknown; loading: boolean }>({ key: null, loading: false });
  useEffect(() => {
    if (key == null) {
      setState({ key, loading: false });
      return;
    }
    const controller = new AbortController();
    setState({ key, loading: true });
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ key, data, loading: false }),
      (error) => !controller.signal.aborted && setState({ key, error, loading: false }),
    );
    return () => controller.abort();
    // `load` is a fresh closure each render: `key` says when to run again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
