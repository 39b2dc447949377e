import { describe, expect, it } from 'vitest';
import { deriveView, isActive, isRunning, phaseName, stateKey } from '../../../features/focus/focus-view';
import { parseRecord } from '../../../features/focus/ticktick/parse';
import type { FocusRecord } from '../../../features/focus/ticktick/types';
import { at, seedReplyPaused } from '../../seed';

const seedPaused = () => parseRecord(structuredClone(seedReplyPaused.current));
const running = (over: Partial<FocusRecord> = {}): FocusRecord => ({
  ...seedPaused(), status: 0, pauseLogs: [], ...over,
});
const START = at('2025-11-13T10:09:44.765+0000');

describe('deriveView from the seed reply', () => {
  it('paused at 10:12:08: the countdown is frozen at 25:00 − 2:23.3 whatever the clock says', () => {
    const later = deriveView(seedPaused(), START + 60 * 60_000);
    const soon = deriveView(seedPaused(), START + 3 * 60_000);
    expect(later.phase).toBe('paused');
    expect(later.mode).toBe('pomo');
    expect(later.remainingMs).toBe(25 * 60_000 - 143_304);
    expect(soon.remainingMs).toBe(later.remainingMs);
    expect(later.endsAt).toBeNull();
  });

  it('after continue at 10:13:42 it runs again, ending 25 min + the 94.1 s pause after the start', () => {
    const rec = running({ pauseLogs: [...seedPaused().pauseLogs, { type: 1, time: '2025-11-13T10:13:42.178+0000' }] });
    const v = deriveView(rec, START + 10 * 60_000);
    expect(v.phase).toBe('focusing');
    expect(v.endsAt).toBe(START + 25 * 60_000 + 94_109);
    expect(v.remainingMs).toBe(15 * 60_000 + 94_109);
    expect(v.progress).toBeCloseTo((10 * 60_000 - 94_109) / (25 * 60_000), 6);
  });
});

describe('deriveView variants (docs/ticktick-protocol.md §4, §5)', () => {
  it('running: remaining = duration − elapsed, clamped at 0', () => {
    expect(deriveView(running(), START).remainingMs).toBe(25 * 60_000);
    expect(deriveView(running(), START + 30 * 60_000).remainingMs).toBe(0);
  });
  it('null, exited, dropped (3) and valid:false all read as idle', () => {
    expect(deriveView(null, START).phase).toBe('idle');
    expect(deriveView(running({ exited: true }), START).phase).toBe('idle');
    expect(deriveView(running({ status: 3 }), START).phase).toBe('idle');
    expect(deriveView(running({ valid: false }), START).phase).toBe('idle');
  });
  it('finished (2) without a break waits for the break, then is forgotten after 3 h', () => {
    const done = running({ status: 2, endTime: '2025-11-13T10:34:44.765+0000' });
    expect(deriveView(done, START + 26 * 60_000).phase).toBe('finished');
    expect(deriveView(done, START + 25 * 60_000 + 3 * 3_600_000 + 1000).phase).toBe('idle');
  });
  it('break: focusBreak start + duration, over once its endTime has passed (a future one is the planned end)', () => {
    const brk = running({
      status: 2, endTime: '2025-11-13T10:34:44.765+0000',
      focusBreak: { startTime: '2025-11-13T10:35:00.000+0000', duration: 5 },
    });
    const v = deriveView(brk, at('2025-11-13T10:37:00.000+0000'));
    expect(v.phase).toBe('break');
    expect(v.remainingMs).toBe(3 * 60_000);
    const ended = { ...brk, focusBreak: { ...brk.focusBreak, endTime: '2025-11-13T10:38:00.000+0000' } };
    expect(deriveView(ended, at('2025-11-13T10:38:30.000+0000')).phase).toBe('idle');
    const planned = { ...brk, focusBreak: { ...brk.focusBreak, endTime: '2025-11-13T10:40:00.000+0000' } };
    expect(deriveView(planned, at('2025-11-13T10:37:00.000+0000'))).toMatchObject({ phase: 'break', remainingMs: 3 * 60_000 });
  });
  it('stopwatch (type 1) counts up, minus closed pauses, and stops at 12 h', () => {
    const sw = running({
      type: 1, duration: 0,
      pauseLogs: [{ type: 0, time: '2025-11-13T10:10:44.765+0000' }, { type: 1, time: '2025-11-13T10:11:44.765+0000' }],
    });
    const v = deriveView(sw, START + 5 * 60_000);
    expect([v.mode, v.phase]).toEqual(['stopwatch', 'focusing']);
    expect(v.elapsedMs).toBe(4 * 60_000);
    expect(deriveView(sw, START + 13 * 3_600_000).elapsedMs).toBe(12 * 3_600_000);
    const paused = deriveView({ ...sw, status: 1, pauseLogs: [{ type: 0, time: '2025-11-13T10:12:44.765+0000' }] }, START + 60 * 60_000);
    expect([paused.mode, paused.phase, paused.elapsedMs]).toEqual(['stopwatch', 'paused', 3 * 60_000]);
  });
  it('running means the clock counts; active means a focus under way, running or paused', () => {
    const sw = running({ type: 1, duration: 0 });
    const cases = [
      [deriveView(null, START), false, false],
      [deriveView(running({}), START + 60_000), true, true],
      [deriveView(running({ status: 1, pauseLogs: [{ type: 0, time: '2025-11-13T10:12:00.000+0000' }] }), START + 9 * 60_000), false, true],
      [deriveView(sw, START + 60_000), true, true],
      [deriveView({ ...sw, status: 1, pauseLogs: [{ type: 0, time: '2025-11-13T10:12:00.000+0000' }] }, START + 9 * 60_000), false, true],
    ] as const;
    for (const [v, run, act] of cases) expect([v.mode, v.phase, isRunning(v), isActive(v)]).toEqual([v.mode, v.phase, run, act]);
    expect(phaseName(deriveView(sw, START + 60_000))).toBe('stopwatch');
    expect(phaseName(deriveView(running({}), START + 60_000))).toBe('focusing');
  });
  it('pauseLogs pairs: an unmatched continue is ignored, two pauses in a row count from the first', () => {
    const rec = running({
      status: 1,
      pauseLogs: [
        { type: 1, time: '2025-11-13T10:10:00.000+0000' },
        { type: 0, time: '2025-11-13T10:11:44.765+0000' },
        { type: 0, time: '2025-11-13T10:12:44.765+0000' },
      ],
    });
    expect(deriveView(rec, START + 60 * 60_000).elapsedMs).toBe(2 * 60_000);
  });
  it('task title comes from focusTasks', () => {
    const rec = running({ focusTasks: [{ id: 'task1', title: 'Write report', startTime: '2025-11-13T10:09:44.765+0000' }] });
    expect(deriveView(rec, START).taskTitle).toBe('Write report');
  });
  it('stateKey changes with state, not with time', () => {
    expect(stateKey(running())).toBe(stateKey(running()));
    expect(stateKey(running())).not.toBe(stateKey(seedPaused()));
    expect(stateKey(running({ exited: true }))).toBe('idle');
  });
});
