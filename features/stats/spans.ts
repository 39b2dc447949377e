// What the cache holds completely: spans of start times [lo, hi] (ms, inclusive) for which every
// finished session TickTick lists is cached. A span from 0 reaches the start of the history.
export type Span = [number, number];

/** `spans` with `s` added, overlapping and adjacent spans joined; oldest first. */
export function addSpan(spans: Span[], s: Span): Span[] {
  const all = [...spans, s].filter(([lo, hi]) => hi >= lo).sort((a, b) => a[0] - b[0]);
  const out: Span[] = [];
  for (const [lo, hi] of all) {
    const last = out.at(-1);
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/** `spans` without anything before `t`. */
export const cutBelow = (spans: Span[], t: number): Span[] => spans.filter(([, hi]) => hi >= t).map(([lo, hi]) => [Math.max(lo, t), hi]);

/** The parts of [from, ∞) no span covers, newest first; the newest ends at Infinity. */
export function holes(spans: Span[], from: number): Span[] {
  const out: Span[] = [];
  let top = Infinity;
  for (const [lo, hi] of [...spans].sort((a, b) => b[0] - a[0])) {
    const a = Math.max(hi + 1, from);
    if (a <= top) out.push([a, top]);
    top = Math.min(top, lo - 1);
    if (top < from) return out;
  }
  if (top >= from) out.push([from, top]);
  return out;
}

/** The first start time the newest span covers (0: the whole history is known); null when none. */
export const coveredFrom = (spans: Span[]): number | null => (spans.length ? [...spans].sort((a, b) => b[0] - a[0])[0]![0] : null);
