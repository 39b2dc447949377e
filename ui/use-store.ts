// Binds a zustand vanilla store to Preact without preact/compat (zustand's React binding would pull
// all of compat, 4 KB gzipped, into the popup's first paint).
import { useEffect, useReducer } from 'preact/hooks';
import type { StoreApi } from 'zustand/vanilla';

export function useStore<T>(store: StoreApi<T>): T {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => store.subscribe(() => rerender(0)), [store]);
  return store.getState();
}
