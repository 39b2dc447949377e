import { describe, expect, it } from 'vitest';
import { streaks } from '../../../features/stats/streaks';

describe('streaks of days with focus', () => {
  it('the current streak ends today; the longest is found anywhere', () => {
    expect(streaks([1, 2, 3, 4, 5, 8, 9, 10], 10)).toEqual({ current: 3, currentFrom: 8, longest: 5, longestFrom: 1 });
  });
  it('today without focus yet keeps yesterday\'s streak; a day missed ends it', () => {
    expect(streaks([7, 8, 9], 10).current).toBe(3);
    expect(streaks([7, 8], 10)).toMatchObject({ current: 0, currentFrom: null, longest: 2 });
  });
  it('duplicates, unsorted days and days after today change nothing; no days is no streak', () => {
    expect(streaks([10, 9, 9, 12, 8], 10)).toMatchObject({ current: 3, longest: 3 });
    expect(streaks([], 10)).toEqual({ current: 0, currentFrom: null, longest: 0, longestFrom: null });
  });
});
