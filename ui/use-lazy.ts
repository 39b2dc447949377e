// A component from a chunk of its own, loaded once `wanted` (after the first paint).
import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';

export function useLazy<P>(load: () => Promise<ComponentType<P>>, wanted: boolean): ComponentType<P> | null {
  const [C, setC] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    if (wanted && !C) void load().then((c) => setC(() => c));
  }, [wanted]);
  return C;
}
