// Which Zoho timer calls mirror TickTick's focus state (docs/zoho-people.md §2): a timer runs on
// the chosen job while a pomodoro or stopwatch runs, whichever device started it; pause, break,
// end and idle stop it. Pure: the state says what we asked for, the queue how it gets there.
import { isRunning, type FocusView } from '../focus/index';
import { localDate } from './api';
import type { DraftCall, MirroredLog, ZohoCall, ZohoSettings, ZohoState } from './state';

/** What TickTick shows now, as far as the mirror cares. */
export interface Want {
  sid: string | null;
  running: boolean;
  title: string;
  note: string;
}

export const wantOf = (v: FocusView, note: string): Want => ({
  sid: v.sessionId,
  running: isRunning(v),
  title: v.taskTitle,
  note,
});

export interface MirrorContext {
  now: number;
  settings: ZohoSettings;
  newId(): string;
}

const ready = (s: ZohoSettings) => s.enabled && !!s.jobId && !!s.user;

/** Queues the calls that take Zoho from what we asked for to `want`; changes `z` in place. */
export function follow(z: ZohoState, want: Want, ctx: MirrorContext): void {
  // Each call keeps the instant it stands for: a late one becomes a time log (late.ts).
  const push = (call: DraftCall) => z.queue.push({ ...call, id: ctx.newId(), at: ctx.now } as ZohoCall);
  const s = ctx.settings;
  const today = localDate(ctx.now);
  const params = {
    user: s.user, jobId: s.jobId, workDate: today, billingStatus: s.billing, timer: 'start',
    workItem: (want.title || 'Focus').slice(0, 500), ...(want.note ? { description: want.note.slice(0, 250) } : {}),
  };
  const log = z.log;
  const same = !!log && log.sid === want.sid;
  // The note goes as one comment when the timer is about to stop (pause, end), while it still
  // runs: Zoho takes comments only then, and typing does not become a comment per keystroke.
  if (log?.running && !log.skip && same && !want.running && want.note && want.note !== log.note) {
    push({ kind: 'comment', key: log.key, text: want.note });
    log.note = want.note;
  }
  const run = want.running && !!want.sid && ready(ctx.settings);
  if (log?.running && (!run || !same)) {
    if (!log.skip) push({ kind: 'stop', key: log.key });
    log.running = false;
  }
  if (!run || (same && (log!.skip || log!.running))) return;
  if (same && log!.workDate === today) {
    push({ kind: 'resume', key: log!.key, params });
    log!.running = true;
    return;
  }
  // A new session, or the same one on a new day: Zoho resumes only on the day a log was made.
  const next: MirroredLog = { sid: want.sid!, key: `${want.sid}:${today}`, workDate: today, running: true, note: want.note };
  push({ kind: 'start', key: next.key, params });
  z.log = next;
}
