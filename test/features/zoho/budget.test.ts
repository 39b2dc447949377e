import { describe, expect, it } from 'vitest';
import { moveSlot, reserve, sentLastMinute } from '../../../features/zoho/budget';
import { initialZoho } from '../../../features/zoho/state';

// Zoho People: 20 calls a minute per endpoint, then the endpoint is locked for 5 minutes
// (docs/zoho-people.md §1). The mirror counts its own sends so it never makes the 21st.
const at = new Date(2026, 10, 23, 9, 0).getTime();

describe('the per-endpoint minute', () => {
  it('takes 20 slots of a minute, refuses the 21st, and frees a slot once its minute has passed', () => {
    const z = initialZoho();
    for (let i = 0; i < 20; i++) expect(reserve(z, 'timer', at + i * 1000)).toBe(true);
    expect(reserve(z, 'timer', at + 30_000)).toBe(false);
    expect(reserve(z, 'getcurrentlyrunningtimer', at + 30_000)).toBe(true); // another endpoint, its own minute
    expect(reserve(z, 'timer', at + 60_000)).toBe(true); // the first left the window
    expect(sentLastMinute(z, 'timer', at + 60_000)).toHaveLength(20);
  });
  it('a page\'s share: 12 of the minute', () => {
    const z = initialZoho();
    for (let i = 0; i < 12; i++) reserve(z, 'getjobs', at, 12);
    expect(reserve(z, 'getjobs', at, 12)).toBe(false);
    expect(reserve(z, 'getjobs', at)).toBe(true); // the mirror's own reads may use the rest
  });
  it('a slot given back is not counted; one moved is counted from when the call went', () => {
    const z = initialZoho();
    reserve(z, 'timer', at);
    moveSlot(z, 'timer', at, null);
    expect(z.sent).toEqual({});
    reserve(z, 'timer', at);
    moveSlot(z, 'timer', at, at + 9_000);
    expect(sentLastMinute(z, 'timer', at + 65_000)).toEqual([at + 9_000]);
  });
});
