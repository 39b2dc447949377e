// What the Zoho mirror keeps: its own storage item, separate from TickTick's (features/focus/state.ts).
import type { Retry } from '../../kernel/retry';
import type { DataCentre } from './hosts';
import type { Params } from './api';
import type { RunningTimer } from './parse';

export interface ZohoSettings {
  enabled: boolean;
  dc: DataCentre;
  /** Zoho People e-mail or employee ID (`user`): must be the token's owner. */
  user: string;
  billing: 'billable' | 'non-billable';
  /** An organisation's own OAuth client; '' uses the build's `WXT_ZOHO_CLIENT_ID`. */
  clientId: string;
  /** The default job: a focus on no task, or on a task of a list `jobs` does not map. */
  jobId: string;
  jobName: string;
  /** A job per TickTick list (issue #21 part 1; features/zoho/jobs.ts `jobFor`). */
  jobs: JobMapping[];
}

/** A TickTick list's Zoho People job; `billing` unset: the default billing. */
export interface JobMapping { listId: string; jobId: string; jobName: string; billing?: ZohoSettings['billing'] }

export const DEFAULT_ZOHO: ZohoSettings = { enabled: false, dc: 'com', user: '', billing: 'billable', clientId: '', jobId: '', jobName: '', jobs: [] };

/**
 * One queued call; `key` names the Zoho log it belongs to (a TickTick session on one work date),
 * `at` the instant it stands for (a call sent more than a minute late becomes a time log, late.ts).
 */
export type ZohoCall = { id: string; key: string; at?: number } & (
  // `rest`: the timer that continues a late start's logged minutes (late.ts).
  | { kind: 'start'; params: Params; rest?: boolean }
  | { kind: 'stop' }
  | { kind: 'resume'; params?: Params; rest?: boolean }
  | { kind: 'log'; params: Params; from: number; to: number }
  | { kind: 'comment'; text: string }
  | { kind: 'uncomment'; commentId: string }
  | { kind: 'stopForeign'; timeLogId: string }
  // A stop that went out late: delete Zoho's timer log (`from` the real stop, `to` when Zoho got
  // it), then `logs` (read from the log, late.ts) hold the real minutes.
  | { kind: 'unlog'; timeLogId: string; from: number; to: number; logs?: ZohoCall[] }
);

export interface MirroredLog {
  /** TickTick session id. */
  sid: string;
  key: string;
  workDate: string;
  /** What we asked Zoho for (queued or done): the timer runs. */
  running: boolean;
  /** The note last sent as a comment. */
  note: string;
  /** The job the log is on (features/zoho/jobs.ts); unset in logs stored before jobs per list: the default job. */
  jobId?: string;
  jobName?: string;
  /** This session is not mirrored (a timer the mirror did not start was running; the user left it). */
  skip?: boolean;
}

export interface ZohoState {
  log: MirroredLog | null;
  /** Zoho's `timeLogId` for each of our logs, by key (the last few). */
  ids: Record<string, string>;
  queue: ZohoCall[];
  retry: Retry | null;
  /** A write may have reached Zoho without us seeing the answer: look at the running timer first. */
  uncertain: boolean;
  /** What failed last, in words that name Zoho People; `reconnect` when a new sign-in is needed. */
  error: { message: string; reconnect?: boolean; at: number } | null;
  /** A running timer the mirror did not start: shown in the popup, which asks what to do. */
  foreign: RunningTimer | null;
  /** Send times per endpoint in the last minute, reads and writes, pages' reads too (20 a minute, docs/zoho-people.md §1). */
  sent: Record<string, number[]>;
  /** Zoho's sign-in said `granted_for_session`: a new token can be fetched without a window (§5). */
  granted: boolean;
  /** Minutes Zoho refused to log, or (`extra`) logged too many (the popup says which and why until the user dismisses them). */
  missed: Missed[];
}

export interface Missed { from: number; to: number; why: string; extra?: boolean }

export const initialZoho = (): ZohoState => ({ log: null, ids: {}, queue: [], retry: null, uncertain: false, error: null, foreign: null, sent: {}, granted: false, missed: [] });

/** A call before it has an id (Omit over each member of the union). */
export type DraftCall = ZohoCall extends infer C ? (C extends ZohoCall ? Omit<C, 'id'> : never) : never;
