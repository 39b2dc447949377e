// Dates and times in the UI language. Day numbers are local calendar days (zone.ts), so they are
// formatted as UTC dates; moments in the browser's zone.
import { DAY_MS } from '../zone';

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: string, o: Intl.DateTimeFormatOptions, utc: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${utc}|${JSON.stringify(o)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(lang, { ...o, ...(utc ? { timeZone: 'UTC' } : {}) })));
  return f;
}

export type DayStyle = 'full' | 'short' | 'weekday' | 'month' | 'monthYear';
const DAY_STYLES: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  full: { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' },
  short: { month: 'numeric', day: 'numeric' },
  weekday: { weekday: 'short', month: 'numeric', day: 'numeric' },
  month: { month: 'short' },
  monthYear: { year: 'numeric', month: 'long' },
};

export const dayText = (d: number, lang: string, style: DayStyle = 'full') => fmt(lang, DAY_STYLES[style], true).format(d * DAY_MS);

/** "24 Nov – 30 Nov 2026" in the language's own way. */
export const spanText = (from: number, to: number, lang: string) =>
  fmt(lang, { year: 'numeric', month: 'short', day: 'numeric' }, true).formatRange(from * DAY_MS, to * DAY_MS);

export const clock = (ms: number, lang: string) => fmt(lang, { hour: '2-digit', minute: '2-digit' }, false).format(ms);

export const num = (n: number, lang: string) => new Intl.NumberFormat(lang).format(n);

export const percent = (x: number, lang: string) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(x);
