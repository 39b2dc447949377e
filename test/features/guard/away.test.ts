import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../features/focus/apply-op';
import { deriveView } from '../../../features/focus/focus-view';
import { decideAway, pollWhileAway } from '../../../features/guard/away';
import { PRESENT } from '../../../features/guard/presence';
import { parseRecord } from '../../../features/focus/ticktick/parse';
import { at, seedReplyPaused, seedStart } from '../../seed';

const now = at('2025-11-13T10:20:00.000+0000');
const running = deriveView(applyOps(null, seedStart.opList), now);
const paused = deriveView(parseRecord(structuredClone(seedReplyPaused.current)), now);
const idle = deriveView(null, now);
const both = { pauseOnLock: true, idleMinutes: 5 };

describe('pause when the user walks away', () => {
  it('idle after N minutes: pause dated when the user left (now − threshold)', () => {
    expect(decideAway('idle', running, both, PRESENT, now, 300)).toEqual({ kind: 'away', since: now - 300_000, pauseAt: now - 300_000 });
  });
  it('screen locked: pause at the lock', () => {
    expect(decideAway('locked', running, { pauseOnLock: true, idleMinutes: 0 }, PRESENT, now, 900)).toEqual({ kind: 'away', since: now, pauseAt: now });
  });
  it('locked after idle: the user left when idle began, not at the lock', () => {
    const presence = { awaySince: now - 300_000, pausedSession: null, pausedAt: null };
    expect(decideAway('locked', running, both, presence, now, 300)).toMatchObject({ since: now - 300_000, pauseAt: now - 300_000 });
  });
  it('never pauses what is not running, nor when the settings are off', () => {
    expect(decideAway('idle', paused, both, PRESENT, now, 300)).toMatchObject({ kind: 'away', pauseAt: null });
    expect(decideAway('idle', idle, both, PRESENT, now, 300)).toMatchObject({ pauseAt: null });
    expect(decideAway('idle', running, { pauseOnLock: true, idleMinutes: 0 }, PRESENT, now, 300)).toMatchObject({ pauseAt: null });
    expect(decideAway('locked', running, { pauseOnLock: false, idleMinutes: 0 }, PRESENT, now, 300)).toMatchObject({ pauseAt: null });
  });
  it('back: a notification only when we paused; never continues by itself', () => {
    const presence = { awaySince: now - 600_000, pausedSession: 'S', pausedAt: now - 600_000 };
    expect(decideAway('active', running, both, presence, now, 300)).toEqual({ kind: 'back', notify: true, pausedAt: now - 600_000 });
    expect(decideAway('active', running, both, { ...presence, pausedSession: null, pausedAt: null }, now, 300)).toEqual({ kind: 'back', notify: false, pausedAt: null });
    expect(decideAway('active', running, both, PRESENT, now, 300)).toEqual({ kind: 'none' });
  });
  it('while away, only a running focus or break is polled', () => {
    expect(pollWhileAway(idle)).toBe(false);
    expect(pollWhileAway(running)).toBe(true);
    expect(pollWhileAway(paused)).toBe(true);
  });
});
