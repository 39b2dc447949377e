import { describe, expect, it } from 'vitest';
import { jobFor, jobMappings } from '../../../features/zoho/jobs';
import { follow, type Want } from '../../../features/zoho/mirror';
import { DEFAULT_ZOHO, initialZoho, type ZohoSettings, type ZohoState } from '../../../features/zoho/state';

const BACKEND = '500000000000123001';
const REVIEW = '500000000000123002';
const DESIGN = '500000000000123003';
const settings: ZohoSettings = {
  ...DEFAULT_ZOHO, enabled: true, user: 'ana@acme.example', jobId: BACKEND, jobName: 'Backend',
  jobs: [{ listId: 'list-work', jobId: REVIEW, jobName: 'Code review' }, { listId: 'list-life', jobId: DESIGN, jobName: 'Design sync', billing: 'non-billable' }],
};
const nine = new Date(2026, 10, 23, 9, 0).getTime();
let n = 0;
const lists: Record<string, string> = { t1: 'list-work', t2: 'list-life', t3: 'list-other' };
/** What the service does (features/zoho/service.ts `follow`): the bound task's list's job. */
const step = (z: ZohoState, w: Partial<Want>, s = settings) =>
  follow(z, { sid: 'S1', running: true, title: '', note: '', ...w }, { now: nine, settings: s, job: jobFor(s, w.taskId ? lists[w.taskId] : undefined), newId: () => `c${n++}` });
const calls = (z: ZohoState) => z.queue.map((c) => (c.kind === 'start' ? `start:${c.params.jobId}:${c.params.billingStatus}` : c.kind === 'comment' ? `comment:${c.text}` : `${c.kind}:${c.key}`));

describe('a Zoho People job per TickTick list', () => {
  it('a mapped list gets its job, with its own billing or else the default billing', () => {
    expect(jobFor(settings, 'list-work')).toEqual({ id: REVIEW, name: 'Code review', billing: 'billable' });
    expect(jobFor(settings, 'list-life')).toEqual({ id: DESIGN, name: 'Design sync', billing: 'non-billable' });
    expect(jobFor({ ...settings, billing: 'non-billable' }, 'list-work').billing).toBe('non-billable');
  });
  it('no task, an unmapped list, no mappings: the default job', () => {
    const fallback = { id: BACKEND, name: 'Backend', billing: 'billable' };
    expect(jobFor(settings, undefined)).toEqual(fallback);
    expect(jobFor(settings, 'list-other')).toEqual(fallback);
    expect(jobFor({ ...settings, jobs: [] }, 'list-work')).toEqual(fallback);
  });
  it('reads stored mappings leniently: malformed entries dropped, an unknown billing unset, a list once', () => {
    const stored = [null, 'x', { listId: 'a' }, { jobId: 'j' }, { listId: 'a', jobId: 'j1', jobName: 7, billing: 'maybe' }, { listId: 'a', jobId: 'j2', jobName: 'Two' }, { listId: 'b', jobId: 'j3', jobName: 'Three', billing: 'non-billable' }];
    expect(jobMappings(stored)).toEqual([{ listId: 'a', jobId: 'j1', jobName: '' }, { listId: 'b', jobId: 'j3', jobName: 'Three', billing: 'non-billable' }]);
    expect(jobMappings(undefined)).toEqual([]);
    expect(jobMappings({ listId: 'a' })).toEqual([]);
    expect(jobFor({ ...settings, jobs: 'broken' as unknown as [] }, 'list-work').id).toBe(BACKEND);
    // jobFor reads the stored list as jobMappings does: the first entry of the list with a job.
    const loose = { ...settings, jobs: stored as unknown as [] };
    expect(jobFor(loose, 'a')).toEqual({ id: 'j1', name: '', billing: 'billable' });
    expect(jobFor(loose, 'b')).toEqual({ id: 'j3', name: 'Three', billing: 'non-billable' });
  });
  it('a focus starts on its task\'s list\'s job, and the log records it', () => {
    const z = initialZoho();
    step(z, { taskId: 't2', title: 'Sketch' });
    expect(calls(z)).toEqual([`start:${DESIGN}:non-billable`]);
    expect(z.log).toMatchObject({ key: 'S1:2026-11-23', jobId: DESIGN, jobName: 'Design sync', running: true });
  });
  it('a task of another job mid-focus: stop, then a start on the new job under a fresh key', () => {
    const z = initialZoho();
    step(z, { taskId: 't1', note: 'first' });
    step(z, { taskId: 't2', note: 'second' });
    const [start1, comment, stop, start2] = z.queue;
    expect(calls(z)).toEqual([`start:${REVIEW}:billable`, 'comment:second', 'stop:S1:2026-11-23', `start:${DESIGN}:non-billable`]);
    expect([comment!.key, stop!.key]).toEqual([start1!.key, start1!.key]);
    expect(start2!.key).not.toBe(start1!.key);
    expect(z.log).toMatchObject({ key: start2!.key, jobId: DESIGN, running: true });
    // A pause and a continue resume the new log, on its job.
    step(z, { taskId: 't2', note: 'second', running: false });
    step(z, { taskId: 't2', note: 'second' });
    expect(calls(z).slice(4)).toEqual([`stop:${start2!.key}`, `resume:${start2!.key}`]);
  });
  it('another task of the same job (or of an unmapped list, on the default job) changes nothing running', () => {
    const z = initialZoho();
    step(z, { taskId: 't3' });
    step(z, {});
    expect(calls(z)).toEqual([`start:${BACKEND}:billable`]);
  });
  it('a task changed while paused to another job: the continue starts a log on that job, not a resume', () => {
    const z = initialZoho();
    step(z, { taskId: 't1' });
    step(z, { taskId: 't1', running: false });
    step(z, { taskId: 't2', running: false });
    step(z, { taskId: 't2' });
    expect(calls(z)).toEqual([`start:${REVIEW}:billable`, 'stop:S1:2026-11-23', `start:${DESIGN}:non-billable`]);
  });
  it('a log stored before jobs per list (no job) is resumed, not restarted', () => {
    const z = initialZoho();
    z.log = { sid: 'S1', key: 'S1:2026-11-23', workDate: '2026-11-23', running: false, note: '' };
    z.ids = { 'S1:2026-11-23': 'L1' };
    step(z, { taskId: 't1' });
    expect(calls(z)).toEqual(['resume:S1:2026-11-23']);
  });
  it('a session left to a timer the mirror did not start stays unmirrored on another job too', () => {
    const z = initialZoho();
    z.log = { sid: 'S1', key: 'S1:2026-11-23', workDate: '2026-11-23', running: false, note: '', skip: true, jobId: REVIEW };
    step(z, { taskId: 't2' });
    expect(z.queue).toEqual([]);
  });
});
