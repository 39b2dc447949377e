// What the mirror needs of the world (features/zoho/worker.ts gives it the browser's; tests give
// fakes, test/features/zoho/fake-ports.ts).
import type { AlarmPort } from '../../browser/alarms';
import type { HttpPort } from '../../kernel/http';
import type { ZohoSettings, ZohoState } from './state';
import type { ZohoToken } from './token';

export interface ZohoPorts {
  http: HttpPort;
  alarms: AlarmPort;
  now(): number;
  random(): number;
  t(key: string, subs?: string[]): string;
  /** Build-time override: OAuth pages and the People API on one origin (sandbox, e2e). */
  base?: string;
  load(): Promise<ZohoState>;
  save(z: ZohoState): Promise<void>;
  settings(): Promise<ZohoSettings>;
  /** The TickTick list of a task, when known (app/worker.ts reads the task caches): its job (jobs.ts). */
  listOf?(taskId: string): Promise<string | undefined>;
  /** The token in storage.session; `renew` asks Zoho again without showing anything (§5). */
  token(): Promise<ZohoToken | null>;
  renew(): Promise<ZohoToken | null>;
}
