import { describe, expect, it } from 'vitest';
import { knowsAny } from '../../../../features/stats/ui/Failure';

const H = 3_600_000;

describe('what a failed read may still show (features/stats/ui/Failure.tsx)', () => {
  it('shows figures only for a range the cache holds some of', () => {
    const now = 100 * H;
    expect(knowsAny([], 90 * H, 110 * H, now)).toBe(false);
    expect(knowsAny([[95 * H, 99 * H]], 90 * H, 110 * H, now)).toBe(true);
    expect(knowsAny([[10 * H, 20 * H]], 90 * H, 110 * H, now)).toBe(false); // another week
    expect(knowsAny([[101 * H, 105 * H]], 90 * H, 110 * H, now)).toBe(false); // nothing before now
  });
});
