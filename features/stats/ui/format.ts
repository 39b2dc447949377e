// Dates and times in the UI language. Day numbers are local calendar days (zone.ts), so they are
// formatted as UTC dates; moments in the browser's zone.
import { DAY_MS } from '../zone';

// Formatters kept by name: making one costs far more than using it, and a year draws hundreds of labels.
const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(lang: string, name: string, o: Intl.DateTimeFormatOptions, utc: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${name}`;
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

export const dayText = (d: number, lang: string, style: DayStyle = 'full') => fmt(lang, style, DAY_STYLES[style], true).format(d * DAY_MS);

/** "24 Nov – 30 Nov 2026" in the language's own way. */
export const spanText = (from: number, to: number, lang: string) =>
  fmt(lang, 'span', { year: 'numeric', month: 'short', day: 'numeric' }, true).formatRange(from * DAY_MS, to * DAY_MS);

export const clock = (ms: number, lang: string) => fmt(lang, 'clock', { hour: '2-digit', minute: '2-digit' }, false).format(ms);

const numbers = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: string, name: string, o: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${name}`;
  let f = numbers.get(key);
  if (!f) numbers.set(key, (f = new Intl.NumberFormat(lang, o)));
  return f;
}

export const num = (n: number, lang: string) => numberFormat(lang, 'n', {}).format(n);

export const percent = (x: number, lang: string) => numberFormat(lang, '%', { style: 'percent', maximumFractionDigits: 0 }).format(x);

const unit = (lang: string, u: string, display: 'narrow' | 'long') => numberFormat(lang, `${u}|${display}`, { style: 'unit', unit: u, unitDisplay: display });

/**
 * Minutes (and hours) as browser/i18n.ts `formatMinutes` writes them, with the formatters kept:
 * a year's heatmap labels 365 days, and making a formatter per label cost a third of a second.
 */
export function mins(min: number, lang: string, display: 'narrow' | 'long' = 'long'): string {
  if (display === 'long' || min < 60) return unit(lang, 'minute', display).format(min);
  const h = unit(lang, 'hour', display).format(Math.floor(min / 60));
  return min % 60 ? `${h} ${unit(lang, 'minute', display).format(min % 60)}` : h;
}
