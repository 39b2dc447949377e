// Types for the fake Zoho People, so TypeScript tests can use it.
export const ZOHO_USER: string;
export const ZOHO_CLIENT: string;
export const SCOPE: string;
export interface FakeJob { jobId: string; jobName: string; projectName: string; jobStatus: string }
export const JOBS: FakeJob[];
export function manyJobs(count: number): FakeJob[];
export interface ZohoLogEntry { at: number; method: string; path: string; query: Record<string, string>; auth: string | null; status: number; fault: string | null; locked?: boolean }
/** A log: a timer's (type 2, segments) or one added through addtimelog (type 1 from–to minutes, type 0 hours). */
export interface FakeLog {
  id: string; type: 0 | 1 | 2; jobId: string; workItem: string; description: string; billingStatus: string; workDate: string;
  segments: { from: number; to?: number }[]; comments: { commentId: string; comment: string }[];
  from?: number | null; to?: number | null; sec?: number;
}
export type FakeReply = { status?: number; headers?: Record<string, string>; body?: string; hang?: boolean; destroy?: boolean };
export function createZoho(opts?: { now?: () => number; tokenLifeSec?: number; jobs?: FakeJob[] }): {
  handle(req: { method: string; url: string; headers: Record<string, string> }): FakeReply;
  log: ZohoLogEntry[];
  tokens: Map<string, number>;
  accounts: { signOut(): void; signIn(): void; readonly sessionGrant: boolean };
  logs: Map<string, FakeLog>;
  readonly running: FakeLog | null;
  calls(): ZohoLogEntry[];
  startElsewhere(jobId?: string, workItem?: string): FakeLog;
  expireTokens(): void;
  logElsewhere(log: { jobId?: string; workDate?: string; from: number; to: number; workItem?: string; billingStatus?: string }): FakeLog;
  addedLogs(): FakeLog[];
  totalSec(l: FakeLog): number;
  setFault(kind: string, opts?: Record<string, unknown>): void;
  clearFaults(): void;
};
