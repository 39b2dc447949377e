/** `2025-11-13T10:09:44.765+0000`: UTC with a literal `+0000`, as TickTick writes it. */
export function formatOpTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/** Parses TickTick's time strings (`+0000`, `Z` or `+08:00`); NaN when it is not one. */
export function parseTime(s: string | undefined): number {
  if (typeof s !== 'string' || s.length < 10) return NaN;
  const fixed = s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  return Date.parse(fixed);
}

/** `MM:SS`, or `H:MM:SS` from an hour on. */
export function formatClock(totalSec: number): string {
  const s = Math.max(0, Math.floor(totalSec));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(sec).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
