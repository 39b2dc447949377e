// The ranges the page shows: a week, a month, a year or any span of days, with previous and next,
// and their place in the address (`#year/2025`, `#week/2026-11-23`, `#custom/2026-01-05/2026-02-01`)
// so a range can be bookmarked and Back works.
import { civil, dayNo, isoDay, parseIsoDay } from './zone';

export type Kind = 'week' | 'month' | 'year' | 'custom';
export interface Range { kind: Kind; from: number; to: number }

/** The longest custom range (days): ten years. */
const MAX_SPAN = 3660;

/** The range of `kind` that holds day `d`; weeks start on `weekStart` (1 Monday … 7 Sunday). */
export function rangeOf(kind: Exclude<Kind, 'custom'>, d: number, weekStart = 1): Range {
  const c = civil(d);
  if (kind === 'week') {
    const from = d - ((c.wd - weekStart + 7) % 7);
    return { kind, from, to: from + 6 };
  }
  if (kind === 'month') return { kind, from: dayNo(c.y, c.m, 1), to: dayNo(c.y, c.m + 1, 1) - 1 };
  return { kind, from: dayNo(c.y, 1, 1), to: dayNo(c.y + 1, 1, 1) - 1 };
}

/** The range before (`step` −1) or after (+1) this one, of the same kind and length. */
export function shift(r: Range, step: 1 | -1, weekStart = 1): Range {
  if (r.kind === 'custom') {
    const len = r.to - r.from + 1;
    return { kind: 'custom', from: r.from + step * len, to: r.to + step * len };
  }
  return rangeOf(r.kind, step > 0 ? r.to + 1 : r.from - 1, weekStart);
}

export const custom = (a: number, b: number): Range => {
  const [from, to] = a <= b ? [a, b] : [b, a];
  return { kind: 'custom', from, to: Math.min(to, from + MAX_SPAN - 1) };
};

export function toHash(r: Range): string {
  if (r.kind === 'year') return `#year/${civil(r.from).y}`;
  if (r.kind === 'month') return `#month/${isoDay(r.from).slice(0, 7)}`;
  if (r.kind === 'week') return `#week/${isoDay(r.from)}`;
  return `#custom/${isoDay(r.from)}/${isoDay(r.to)}`;
}

/** The range an address names; anything else is the week of `today`. */
export function fromHash(hash: string, today: number, weekStart = 1): Range {
  const [kind, a = '', b = ''] = hash.replace(/^#/, '').split('/');
  if (kind === 'year' && /^\d{4}$/.test(a)) return rangeOf('year', dayNo(Number(a), 1, 1));
  if (kind === 'month' && /^\d{4}-\d{2}$/.test(a) && Number.isFinite(parseIsoDay(`${a}-01`))) return rangeOf('month', parseIsoDay(`${a}-01`));
  if (kind === 'week' && Number.isFinite(parseIsoDay(a))) return rangeOf('week', parseIsoDay(a), weekStart);
  if (kind === 'custom' && Number.isFinite(parseIsoDay(a)) && Number.isFinite(parseIsoDay(b))) return custom(parseIsoDay(a), parseIsoDay(b));
  if (kind === 'month' || kind === 'year') return rangeOf(kind, today);
  return rangeOf('week', today, weekStart);
}

/** The first day of the week in the user's region (Intl week info where the browser has it). */
export function weekStartOf(locale: string): number {
  try {
    const l = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
    return l.getWeekInfo?.().firstDay ?? l.weekInfo?.firstDay ?? 1;
  } catch {
    return 1;
  }
}
