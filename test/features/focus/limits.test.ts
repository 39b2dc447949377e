import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../features/focus/apply-op';
import { DEFAULT_PREFS } from '../../../features/focus/config';
import { deriveView } from '../../../features/focus/focus-view';
import { canAdjust, endDrops } from '../../../features/focus/limits';
import { planAction, type PlanContext } from '../../../features/focus/plan';
import { at, seedStart } from '../../seed';

const ctx = (now: number): PlanContext => ({ now, prefs: { ...DEFAULT_PREFS }, newId: () => 'x'.repeat(24) });
const start = at(seedStart.opList[0]!.time);
/** Seed 001's 25-minute pomodoro, optionally `minutes` long instead. */
const pomo = (minutes = 25) => ({ ...applyOps(null, seedStart.opList)!, duration: minutes });

describe('the popup asks the plan its rules (features/focus/limits.ts)', () => {
  it('±5: enabled exactly when the plan would send changeDuration', () => {
    for (const minutes of [5, 10, 25, 175, 180]) {
      for (const after of [0, 4, 6, 12, 24.9]) {
        const now = start + after * 60_000;
        const rec = pomo(minutes);
        const view = deriveView(rec, now);
        for (const delta of [-5, 5]) {
          const planned = planAction({ type: 'adjust', delta }, rec, ctx(now)).length > 0;
          expect([minutes, after, delta, canAdjust(view, delta)]).toEqual([minutes, after, delta, planned]);
        }
      }
    }
  });
  it('−5 is refused once it would end the pomodoro on the spot, +5 past 180 minutes', () => {
    expect(canAdjust(deriveView(pomo(), start + 12 * 60_000), -5)).toBe(true);
    expect(canAdjust(deriveView(pomo(), start + 20 * 60_000), -5)).toBe(false);
    expect(canAdjust(deriveView(pomo(180), start + 60_000), 5)).toBe(false);
    expect(canAdjust(deriveView(pomo(5), start + 60_000), -5)).toBe(false);
  });
  it('End drops a focus under 5 minutes, as the plan does (drop + exit), and keeps one of 5 or more', () => {
    for (const after of [0.5, 4.9, 5, 12]) {
      const now = start + after * 60_000;
      const ops = planAction({ type: 'end' }, pomo(), ctx(now)).map((o) => o.op);
      expect(endDrops(deriveView(pomo(), now))).toBe(ops[0] === 'drop');
    }
    expect(endDrops(deriveView(pomo(), start + 4 * 60_000))).toBe(true);
    expect(endDrops(deriveView(pomo(), start + 6 * 60_000))).toBe(false);
    expect(endDrops(deriveView(null, start))).toBe(false); // idle: End is not offered
  });
});
