// Streaks of local days with focus. The current streak ends today, or yesterday while today has
// no focus yet (the day is not over); the longest is the longest run among the days known.

export interface Streaks {
  current: number;
  /** First day of the current streak (null when there is none). */
  currentFrom: number | null;
  longest: number;
  longestFrom: number | null;
}

export function streaks(focusDays: Iterable<number>, today: number): Streaks {
  const days = [...new Set(focusDays)].filter((d) => d <= today).sort((a, b) => a - b);
  let longest = 0;
  let longestFrom: number | null = null;
  let runFrom = NaN;
  days.forEach((d, i) => {
    if (i === 0 || d !== days[i - 1]! + 1) runFrom = d;
    if (d - runFrom + 1 > longest) {
      longest = d - runFrom + 1;
      longestFrom = runFrom;
    }
  });
  const last = days.at(-1);
  if (last === undefined || last < today - 1) return { current: 0, currentFrom: null, longest, longestFrom };
  let from = last;
  const set = new Set(days);
  while (set.has(from - 1)) from--;
  return { current: last - from + 1, currentFrom: from, longest, longestFrom };
}
