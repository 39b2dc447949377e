// Local days and hours. A zone is its UTC offset in minutes at a moment: the page uses the
// browser's own, tests name IANA zones (DST, half-hour offsets, a midnight that is skipped).
// Days are numbered in the local calendar: day 0 is 1970-01-01.

export type Offset = (ms: number) => number;

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MIN_MS = 60_000;


/**
 * `off` remembered: a UTC day whose two ends have the same offset has it all day (no zone changes
 * and changes back within a day); a day with a change is read per quarter hour (changes happen at
 * quarter hours). A year's statistics ask the zone tens of thousands of times.
 */
export function memoOffset(off: Offset): Offset {
  const days = new Map<number, number | null>();
  const quarters = new Map<number, number>();
  return (ms) => {
    const d = Math.floor(ms / DAY_MS);
    let o = days.get(d);
    if (o === undefined) {
      const a = off(d * DAY_MS);
      days.set(d, (o = a === off(d * DAY_MS + DAY_MS - 1) ? a : null));
    }
    if (o !== null) return o;
    const q = Math.floor(ms / 900_000);
    let p = quarters.get(q);
    if (p === undefined) quarters.set(q, (p = off(q * 900_000)));
    return p;
  };
}

/** The browser's zone (remembered: the page asks it for every session it draws). */
export const localOffset: Offset = memoOffset((ms) => -new Date(ms).getTimezoneOffset());

/** The offset of an IANA zone, read with Intl. */
export function zoneOffset(timeZone: string): Offset {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  });
  return (ms) => {
    const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, Number(x.value)]));
    const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
    return Math.round((wall - Math.floor(ms / 1000) * 1000) / MIN_MS);
  };
}

/** The local day a moment falls in. */
export const dayOf = (ms: number, off: Offset = localOffset) => Math.floor((ms + off(ms) * MIN_MS) / DAY_MS);

/** The local hour (0–23) of a moment. */
export const hourOf = (ms: number, off: Offset = localOffset) => Math.floor((((ms + off(ms) * MIN_MS) % DAY_MS) + DAY_MS) % DAY_MS / HOUR_MS);

/**
 * The first moment of local day `d`: its midnight, read with the offset in force at that midnight,
 * or the moment of the change when a DST change skips midnight (America/Santiago in September).
 */
export function dayStartMs(d: number, off: Offset = localOffset): number {
  const wall = d * DAY_MS;
  let t = wall - off(wall) * MIN_MS;
  t = wall - off(t) * MIN_MS;
  if (dayOf(t, off) < d) t = wall - off(t) * MIN_MS; // the offset before the change: the change itself
  return t;
}

/** `YYYY-MM-DD` of a day number. */
export const isoDay = (d: number) => new Date(d * DAY_MS).toISOString().slice(0, 10);

/** The day number of `YYYY-MM-DD`, or NaN. */
export function parseIsoDay(s: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return NaN;
  const ms = Date.parse(`${s}T00:00:00Z`);
  return Number.isFinite(ms) && isoDay(ms / DAY_MS) === s ? ms / DAY_MS : NaN;
}

/** Year, month (1–12), day of month and weekday (1 Monday … 7 Sunday) of a day number. */
export function civil(d: number): { y: number; m: number; day: number; wd: number } {
  const dt = new Date(d * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, day: dt.getUTCDate(), wd: ((dt.getUTCDay() + 6) % 7) + 1 };
}

/** The day number of a civil date (month 1–12; out-of-range days and months roll over). */
export const dayNo = (y: number, m: number, day: number) => Date.UTC(y, m - 1, day) / DAY_MS;

/** `2026-11-24T10:00:00+01:00`: a moment in local time with its offset. */
export function isoLocal(ms: number, off: Offset = localOffset): string {
  const o = off(ms);
  const wall = new Date(Math.floor(ms / 1000) * 1000 + o * MIN_MS).toISOString().slice(0, 19);
  const a = Math.abs(o);
  return `${wall}${o < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
