import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../features/focus/apply-op';
import { DEFAULT_PREFS } from '../../../features/focus/config';
import { previewPlan } from '../../../features/focus/preview';
import type { FocusRecord } from '../../../features/focus/ticktick/types';
import { at, seedStart } from '../../seed';

const start = at(seedStart.opList[0]!.time); // seed 001: a 25-minute pomodoro from 10:09:44
const pomo = (minutes = 25): FocusRecord => ({ ...applyOps(null, seedStart.opList)!, duration: minutes });
const ask = (rec: FocusRecord | null, minutesIn: number) => previewPlan(rec, { now: start + minutesIn * 60_000, prefs: { ...DEFAULT_PREFS } });

describe('the popup\'s buttons ask the plan (features/focus/preview.ts)', () => {
  it('±5: within 5–180 minutes, and −5 never ends the pomodoro on the spot', () => {
    expect([ask(pomo(), 12).allows({ type: 'adjust', delta: -5 }), ask(pomo(), 12).allows({ type: 'adjust', delta: 5 })]).toEqual([true, true]);
    expect(ask(pomo(), 20).allows({ type: 'adjust', delta: -5 })).toBe(false); // 20 of 20 minutes done
    expect(ask(pomo(), 19).allows({ type: 'adjust', delta: -5 })).toBe(true);
    expect(ask(pomo(180), 1).allows({ type: 'adjust', delta: 5 })).toBe(false);
    expect(ask(pomo(5), 1).allows({ type: 'adjust', delta: -5 })).toBe(false);
  });
  it('End drops a focus under 5 minutes and keeps one of 5 or more; a paused focus counts only its focused time', () => {
    expect(ask(pomo(), 4.9).endDrops()).toBe(true);
    expect(ask(pomo(), 5).endDrops()).toBe(false);
    const paused = applyOps(pomo(), [{ ...seedStart.opList[0]!, op: 'pause', time: '2025-11-13T10:13:44.765+0000' }]);
    expect(ask(paused, 60).endDrops()).toBe(true); // 4 minutes focused, then an hour paused
  });
  it('idle: no ±5, and End drops nothing', () => {
    expect(ask(null, 0).allows({ type: 'adjust', delta: 5 })).toBe(false);
    expect(ask(null, 0).endDrops()).toBe(false);
    expect(ask(null, 0).allows({ type: 'start' })).toBe(true);
  });
});
