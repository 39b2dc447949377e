import { describe, expect, it } from 'vitest';
import { addSpan, coveredFrom, cutBelow, holes } from '../../../features/stats/spans';

describe('spans of start times the cache holds', () => {
  it('overlapping and adjacent spans join', () => {
    expect(addSpan([[10, 20], [40, 50]], [21, 39])).toEqual([[10, 50]]);
    expect(addSpan([[10, 20]], [30, 35])).toEqual([[10, 20], [30, 35]]);
  });
  it('holes from a moment on, newest first, the newest open-ended', () => {
    expect(holes([[10, 20], [40, 50]], 0)).toEqual([[51, Infinity], [21, 39], [0, 9]]);
    expect(holes([[10, 20], [40, 50]], 30)).toEqual([[51, Infinity], [30, 39]]);
    expect(holes([[0, 50]], 10)).toEqual([[51, Infinity]]);
    expect(holes([], 5)).toEqual([[5, Infinity]]);
  });
  it('cut below a floor; the newest span\'s start', () => {
    expect(cutBelow([[0, 20], [40, 50]], 45)).toEqual([[45, 50]]);
    expect(coveredFrom([[0, 20], [40, 50]])).toBe(40);
    expect(coveredFrom([])).toBeNull();
  });
});
