// Seed 002's JSON responses, verbatim, and the error shapes of docs/zoho-people.md §4.
import { describe, expect, it } from 'vitest';
import { comments, jobs, parseZoho, runningTimer, startedLogId } from '../../../features/zoho/parse';
import { details } from '../../../features/zoho/reads';

const raw = (text: string, status = 200, contentType = 'application/json') => ({ status, contentType, text, redirected: false });

describe('Zoho People envelopes (seed 002)', () => {
  it('start: timeLogId (capital L) from result[]', () => {
    const r = parseZoho(raw('{ "response": { "message": "Timelog entry added Successfully", "result": [ { "timeLogId": "281496000000484027" } ], "status": 0, "uri": "/api/timetracker/timer" } }'));
    expect(r).toMatchObject({ ok: true, message: 'Timelog entry added Successfully' });
    expect(startedLogId(r.ok && r.result)).toBe('281496000000484027');
  });
  it('pause/resume: no result at all', () => {
    expect(parseZoho(raw('{ "response": { "message": "Timer Paused successfully", "status": 0, "uri": "/api/timetracker/timer" } }'))).toMatchObject({ ok: true, result: undefined });
  });
  it('running timer: timelogId (lower-case l), total seconds; nothing running: result absent', async () => {
    const r = parseZoho(raw('{ "response": { "message": "Running Timer information fetched successfully", "result": { "timerId": "281496000000484031", "workDate": "2015-05-18", "jobId": "281496000000479001", "diff": 414, "hours": 0, "employeename": "guru F", "fromTime": 41855, "totaltime": 0, "date": 42269, "billingStatus": "billable", "jobName": "Testigapi", "timelogId": "281496000000484027" }, "status": 0, "uri": "/api/timetracker/getcurrentlyrunningtimer" } }'));
    expect(runningTimer(r.ok && r.result)).toEqual({ timeLogId: '281496000000484027', jobId: '281496000000479001', jobName: 'Testigapi', taskName: '' });
    expect((await details(async () => r)).running).toMatchObject({ timeLogId: '281496000000484027', totalSec: 414 });
    const none = parseZoho(raw('{"response":{"message":"No timer","uri":"/api/timetracker/getcurrentlyrunningtimer","status":0}}'));
    expect(runningTimer(none.ok && none.result)).toBeNull();
  });
  it('comments: list, add, delete', () => {
    const list = parseZoho(raw('{ "response": { "message": "Timer Comments fetched successfully", "result": [ { "createdTime": "12:06:14", "comment": "Completed testing the security issues.", "commentId": "177402000000936007" }, { "createdTime": "12:06:55", "comment": "Notified the issues to the Reporting Manager", "commentId": "177402000000936009" } ], "status": 0, "uri": "/api/timetracker/getcomments" } }'));
    expect(comments(list.ok && list.result).map((c) => c.id)).toEqual(['177402000000936007', '177402000000936009']);
    expect(parseZoho(raw('{ "response": { "message": "Timer Comment Added successfully", "result": [ { "commentId": "293141000000144059" } ], "status": 0, "uri": "/api/timetracker/addcomment" } }')).ok).toBe(true);
    expect(parseZoho(raw('{ "response": { "message": "Timer Comment deleted successfully", "status": 0, "uri": "/api/timetracker/deletecomment" } }')).ok).toBe(true);
  });
  it('jobs with project names; isNextAvailable says another page exists', () => {
    const r = parseZoho(raw('{"response":{"result":[{"jobId":"1","jobName":"Backend","projectName":"Platform"},{"jobName":"no id"}],"isNextAvailable":true,"message":"Data fetched successfully","uri":"/api/timetracker/getjobs","status":0}}'));
    expect(r).toMatchObject({ ok: true, more: true });
    expect(jobs(r.ok && r.result)).toEqual([{ id: '1', name: 'Backend', project: 'Platform' }]);
  });
});

describe('Zoho People failures', () => {
  it('business errors with `errors` as an object (timer) or an array (comments), saying what and why', () => {
    expect(parseZoho(raw('{"response":{"message":"Error in adding timelog","uri":"/api/timetracker/timer","errors":{"code":8005,"message":"Timer is disabled in Settings. Contact your Administrator"},"status":1}}')))
      .toEqual({ ok: false, kind: 'business', code: '8005', message: 'Error in adding timelog: Timer is disabled in Settings. Contact your Administrator' });
    expect(parseZoho(raw('{"response":{"message":"Error in adding comment","uri":"/api/timetracker/addcomment","errors":[{"code":"8005","message":"Comments only while the timer runs"}],"status":1}}')))
      .toMatchObject({ ok: false, kind: 'business', code: '8005' });
    expect(parseZoho(raw('{"response":{"message":"Cannot log time beyond attendance hours","uri":"/api/timetracker/timer","status":1}}')))
      .toMatchObject({ kind: 'business', message: 'Cannot log time beyond attendance hours' });
  });
  it('a token Zoho does not take, a wrong scope, the rate lock', () => {
    expect(parseZoho(raw('{"response":{"errors":{"code":7202,"message":"Invalid"},"status":1}}', 401))).toMatchObject({ ok: false, kind: 'auth' });
    expect((parseZoho(raw('{"response":{"errors":{"code":7218,"message":"Invalid OAuth Scope"},"status":1}}')) as { kind: string }).kind).toBe('auth');
    expect((parseZoho(raw('{"response":{"errors":{"code":7209,"message":"API access blocked"},"status":1}}')) as { kind: string }).kind).toBe('locked');
  });
  it('HTML, broken JSON, 5xx and odd shapes are errors, never a success', () => {
    expect(parseZoho(raw('<html><body>Sign in</body></html>', 200, 'text/html'))).toMatchObject({ ok: false, kind: 'bad_response' });
    expect(parseZoho(raw('{"response": {', 200))).toMatchObject({ ok: false, kind: 'bad_response' });
    expect(parseZoho(raw('{"response":{"status":1}}', 502))).toMatchObject({ ok: false, kind: 'server' });
    expect(parseZoho(raw('[1,2]'))).toMatchObject({ ok: false, kind: 'bad_response' });
    expect(parseZoho(raw('{"response":{"status":"0","message":"ok"}}')).ok).toBe(true);
    expect(runningTimer({ timelogId: { x: 1 } })).toBeNull();
    expect(startedLogId([{ timeLogId: null }])).toBeNull();
  });
});
