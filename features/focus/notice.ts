// What to tell the user when TickTick's state changed elsewhere (another device).
import type { NoticeKey } from './state';
import type { FocusRecord } from './ticktick/types';
import { deriveView, isDue } from './focus-view';

export function noticeFor(before: FocusRecord | null, after: FocusRecord | null, now: number): NoticeKey | null {
  const b = deriveView(before, now);
  const a = deriveView(after, now);
  const ended = a.phase === 'idle' || a.phase === 'finished';
  if (ended && isDue(b)) return null; // it ran out there too: nothing to tell
  return ended ? 'remoteEnded'
    : a.phase === 'break' ? 'remoteBreak'
    : a.phase === 'paused' ? 'remotePaused'
    : a.sessionId === b.sessionId ? 'remoteResumed' : 'remoteStarted';
}
