import { describe, expect, it } from 'vitest';
import { badgeFor, nextBadgeChange } from '../../../features/focus/badge';
import { COLOR_FOCUS, COLOR_PAUSED, COLOR_ALERT, COLOR_STOPWATCH } from '../../../features/focus/config';
import { deriveView } from '../../../features/focus/focus-view';
import { applyOps } from '../../../features/focus/apply-op';
import { parseRecord } from '../../../features/focus/ticktick/parse';
import { at, seedReplyPaused, seedStart } from '../../seed';

const T0 = at(seedStart.opList[0]!.time);
const running = applyOps(null, seedStart.opList);

describe('badge', () => {
  it('shows whole minutes left, rounded up: 25 at the start, 24 after a minute', () => {
    expect(badgeFor(deriveView(running, T0), false)).toEqual({ text: '25', color: COLOR_FOCUS });
    expect(badgeFor(deriveView(running, T0 + 1000), false).text).toBe('25');
    expect(badgeFor(deriveView(running, T0 + 60_000), false).text).toBe('24');
  });
  it('paused: the frozen minutes in grey', () => {
    const paused = parseRecord(structuredClone(seedReplyPaused.current));
    expect(badgeFor(deriveView(paused, T0 + 3_600_000), false)).toEqual({ text: '23', color: COLOR_PAUSED });
  });
  it('signed out: the minutes in the alert colour while a focus runs, "!" when idle; empty when idle and signed in', () => {
    expect(badgeFor(deriveView(running, T0), true)).toEqual({ text: '25', color: COLOR_ALERT }); // still counting, marked
    expect(badgeFor(deriveView(null, T0), true)).toEqual({ text: '!', color: COLOR_ALERT });
    expect(badgeFor(deriveView(null, T0), false).text).toBe('');
  });
  it('next change is at the coming minute boundary of the remaining time; none when paused', () => {
    expect(nextBadgeChange(deriveView(running, T0 + 1000), T0 + 1000)).toBe(T0 + 60_000);
    expect(nextBadgeChange(deriveView(running, T0), T0)).toBe(T0 + 60_000);
    expect(nextBadgeChange(deriveView(parseRecord(structuredClone(seedReplyPaused.current)), T0), T0)).toBeNull();
  });
  it('a stopwatch shows whole minutes counted up, turning over on the minute; paused, it stays', () => {
    const sw = applyOps(null, [{ ...seedStart.opList[0]!, oType: 1, duration: 0 }]);
    const v = deriveView(sw, T0 + 270_000);
    expect(badgeFor(v, false)).toEqual({ text: '4m', color: COLOR_STOPWATCH });
    expect(nextBadgeChange(v, T0 + 270_000)).toBe(T0 + 300_000);
    const paused = applyOps(sw, [{ ...seedStart.opList[0]!, oType: 1, duration: 0, op: 'pause', time: new Date(T0 + 270_000).toISOString().replace('Z', '+0000') }]);
    const pv = deriveView(paused, T0 + 900_000);
    expect(badgeFor(pv, false)).toEqual({ text: '4m', color: COLOR_PAUSED });
    expect(nextBadgeChange(pv, T0 + 900_000)).toBeNull();
  });
});
