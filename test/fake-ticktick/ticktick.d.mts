// Types for the fake TickTick, so TypeScript tests can use it.
import type { FocusOp, FocusRecord } from '../../features/focus/ticktick/types';

export const SANDBOX_TOKEN: string;
export const SANDBOX_CSRF: string;
export function objectId(ms?: number): string;

export interface FakeFocusSummary { userId: number; pomoCount: number; estimatedPomo: number; estimatedDuration: number; pomoDuration: number; stopwatchDuration: number }
export interface FakeTask { id: string; projectId: string; title: string; status: number; priority?: number; dueDate?: string; kind?: string; deleted?: number; focusSummaries?: FakeFocusSummary[] }
export const SAMPLE_TASKS: FakeTask[];
export const SAMPLE_LISTS: { id: string; name: string; closed?: boolean }[];
export function manyTasks(count: number): FakeTask[];
export const SANDBOX_PROFILE: Record<string, unknown>;

export interface FakeReply { status?: number; headers?: Record<string, string>; body?: string; hang?: boolean; destroy?: boolean }
export interface LogEntry {
  at: number; method: string; path: string; hasSession: boolean; csrf: string | null; device: string | null;
  hl: string | null; tz: string | null; origin: string | null; referer: string | null; query: Record<string, string>;
  /** Bytes of the reply body, and the fake's point after it. */
  bytes: number; replyPoint: number;
  body: { lastPoint: number; opList: FocusOp[] } | null; status: number; fault: string | null;
}
export interface AppliedOp {
  id: string; op: string; oId: string; time: string; manual: boolean; by: 'extension' | 'device';
  duration: number; focusOnId: string; note: string;
}

export interface FakeOptions {
  now?: () => number;
  token?: string;
  prefs?: Record<string, unknown>;
  profile?: Record<string, unknown>;
  tasks?: FakeTask[];
  lists?: { id: string; name: string; closed?: boolean }[];
  recentAvailable?: boolean;
  /** Past focus records already on the account (a heavy user). */
  heavyHistory?: number;
  inboxId?: string;
  /** Whole years of finished sessions in the timeline (test/fake-ticktick/timeline.mjs). */
  focusYears?: { year: number; count: number }[];
}

export function createTickTick(opts?: FakeOptions): {
  handle(req: { method: string; path: string; headers: Record<string, string>; body?: string; query?: Record<string, string> }): FakeReply;
  device: {
    start(o?: { minutes?: number; agoSec?: number; type?: 0 | 1; taskId?: string; autoPomoLeft?: number }): FocusOp;
    bind(taskId: string): FocusOp;
    pause(agoSec?: number): FocusOp;
    continue(): FocusOp;
    finish(at?: number): FocusOp;
    drop(): FocusOp;
    exit(): FocusOp;
    startBreak(minutes?: number, agoSec?: number): FocusOp;
    endBreak(): FocusOp;
  };
  log: LogEntry[];
  applied: AppliedOp[];
  prefs: Record<string, unknown>;
  tasks: FakeTask[];
  lists: { id: string; name: string; closed?: boolean }[];
  inboxId: string;
  /** The seeded timeline records (the six days before today and the `focusYears`). */
  history: Record<string, unknown>[];
  readonly current: FocusRecord | null;
  readonly point: number;
  focusRequests(): LogEntry[];
  /** Op ids applied more than once. */
  duplicates(): string[];
  /** Requests that carried this op id, failed ones included. */
  timesReceived(opId: string): number;
  setFault(kind: string, opts?: Record<string, unknown>): void;
  clearFaults(): void;
};
