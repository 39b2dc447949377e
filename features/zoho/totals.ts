// A week's totals per job and billing status (docs/zoho-people.md §7): TickTick's focus by the
// job (and billing) it maps to, Zoho's logs by their own job and billing status. Pure.
import type { Row } from './match';
import type { Billing } from './timelogs';

export interface Total { jobId: string; jobName: string; billing: Billing; focusMin: number; zohoMin: number }
export interface Totals { jobs: Total[]; billable: Total; nonBillable: Total }

/** Every focus item and every log of the rows counted once, per job and billing status, largest first. */
export function totals(rows: Row[]): Totals {
  const by = new Map<string, Total>();
  const add = (jobId: string, jobName: string, billing: Billing, focusMs: number, zohoMs: number) => {
    const k = `${jobId}|${billing}`;
    const t = by.get(k) ?? { jobId, jobName, billing, focusMin: 0, zohoMin: 0 };
    t.jobName ||= jobName;
    t.focusMin += focusMs;
    t.zohoMin += zohoMs;
    by.set(k, t);
  };
  for (const r of rows) {
    if (r.focus) add(r.focus.job.id, r.focus.job.name, r.focus.job.billing, r.focus.ms, 0);
    for (const l of r.logs) add(l.log.jobId, l.log.jobName, l.log.billing, 0, l.ms);
  }
  const min = (ms: number) => Math.round(ms / 60_000);
  const jobs = [...by.values()].sort((a, b) => b.focusMin + b.zohoMin - a.focusMin - a.zohoMin);
  const sum = (billing: Billing): Total => {
    const of = jobs.filter((j) => j.billing === billing);
    return { jobId: '', jobName: '', billing, focusMin: min(of.reduce((n, j) => n + j.focusMin, 0)), zohoMin: min(of.reduce((n, j) => n + j.zohoMin, 0)) };
  };
  const [billable, nonBillable] = [sum('billable'), sum('non-billable')];
  return { jobs: jobs.map((j) => ({ ...j, focusMin: min(j.focusMin), zohoMin: min(j.zohoMin) })), billable, nonBillable };
}
