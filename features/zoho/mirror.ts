// Which Zoho timer calls mirror TickTick's focus state (docs/zoho-people.md §2): a timer runs on
// the job of the focus's task (jobs.ts) while a pomodoro or stopwatch runs, whichever device started it; pause, break,
// end and idle stop it. Pure: the state says what we asked for, the queue how it gets there.
import { isRunning, type FocusView } from '../focus/index';
import { localDate } from './api';
import { defaultJob } from './jobs';
import type { Job } from './match';
import type { DraftCall, MirroredLog, ZohoCall, ZohoSettings, ZohoState } from './state';

/** What TickTick shows now, as far as the mirror cares (`taskId`: the bound task, '' when none). */
export interface Want {
  sid: string | null;
  running: boolean;
  title: string;
  note: string;
  taskId?: string;
}

export const wantOf = (v: FocusView, note: string): Want => ({
  sid: v.sessionId,
  running: isRunning(v),
  title: v.taskTitle,
  note,
  taskId: v.taskId,
});

/** `job`: the job of the bound task's list (jobs.ts `jobFor`); unset, the default job. */
export interface MirrorContext {
  now: number;
  settings: ZohoSettings;
  job?: Job;
  newId(): string;
}

/**
 * Queues the calls that take Zoho from what we asked for to `want`; changes `z` in place. A task
 * of another job mid-focus stops the log and starts one on that job (a fresh key), so the rest of
 * the focus goes there.
 */
export function follow(z: ZohoState, want: Want, ctx: MirrorContext): void {
  // Each call keeps the instant it stands for: a late one becomes a time log (late.ts).
  const push = (call: DraftCall) => z.queue.push({ ...call, id: ctx.newId(), at: ctx.now } as ZohoCall);
  const s = ctx.settings;
  const job = ctx.job ?? defaultJob(s);
  const today = localDate(ctx.now);
  const params = {
    user: s.user, jobId: job.id, workDate: today, billingStatus: job.billing, timer: 'start',
    workItem: (want.title || 'Focus').slice(0, 500), ...(want.note ? { description: want.note.slice(0, 250) } : {}),
  };
  const log = z.log;
  const same = !!log && log.sid === want.sid;
  // A log stored before jobs per list has no job: it is taken to be on the job asked for now.
  const sameJob = same && (!log.jobId || log.jobId === job.id);
  // The note goes as one comment when the timer is about to stop (pause, end, another job), while
  // it still runs: Zoho takes comments only then, and typing does not become a comment per keystroke.
  if (log?.running && !log.skip && same && (!want.running || !sameJob) && want.note && want.note !== log.note) {
    push({ kind: 'comment', key: log.key, text: want.note });
    log.note = want.note;
  }
  const run = want.running && !!want.sid && s.enabled && !!job.id && !!s.user;
  if (log?.running && (!run || !sameJob)) {
    if (!log.skip) push({ kind: 'stop', key: log.key });
    log.running = false;
  }
  if (!run || (same && log!.skip) || (sameJob && log!.running)) return;
  if (sameJob && log!.workDate === today) {
    push({ kind: 'resume', key: log!.key, params });
    log!.running = true;
    return;
  }
  // A new session, the same one on a new day (Zoho resumes only on the day a log was made), or
  // another job: a new log; its key is fresh when the session already had one today.
  const key = same && log!.workDate === today ? `${want.sid}:${today}:${ctx.newId()}` : `${want.sid}:${today}`;
  const next: MirroredLog = { sid: want.sid!, key, workDate: today, running: true, note: want.note, jobId: job.id, jobName: job.name };
  push({ kind: 'start', key, params });
  z.log = next;
}
