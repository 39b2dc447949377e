// Types for the fake Zoho People, so TypeScript tests can use it.
export const ZOHO_USER: string;
export const ZOHO_CLIENT: string;
export const JOBS: { jobId: string; jobName: string; projectName: string; jobStatus: string }[];
export interface ZohoLogEntry { at: number; method: string; path: string; query: Record<string, string>; auth: string | null; status: number; fault: string | null }
export interface FakeLog { id: string; jobId: string; workItem: string; description: string; workDate: string; segments: { from: number; to?: number }[]; comments: { commentId: string; comment: string }[] }
export function createZoho(opts?: { now?: () => number; tokenLifeSec?: number }): {
  handle(req: { method: string; url: string; headers: Record<string, string> }): { status?: number; headers?: Record<string, string>; body?: string; hang?: boolean; destroy?: boolean };
  log: ZohoLogEntry[];
  tokens: Map<string, number>;
  logs: Map<string, FakeLog>;
  readonly running: FakeLog | null;
  calls(): ZohoLogEntry[];
  startElsewhere(jobId?: string, workItem?: string): FakeLog;
  expireTokens(): void;
  totalSec(l: FakeLog): number;
  setConsent(v: boolean): void;
  setFault(kind: string, opts?: Record<string, unknown>): void;
  clearFaults(): void;
};
