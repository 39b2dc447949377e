// The fake's time-log API, from Zoho's pages (docs/zoho-people.md §3a):
// - addtimelog (zoho.com/people/api/timesheet/add-timelogs.html): user*, jobId*, workDate*
//   (yyyy-MM-dd), billingStatus, and either `hours` (2.5 or 2:30) or `fromTime`+`toTime` (14:30 or
//   2:30PM) or timer=start ("Either Hour or From - To time or timer:start has to be sent").
// - gettimelogs (zoho.com/people/api/timesheet/get-timelogs.html): user, jobId, fromDate/toDate
//   (default today), sIndex/limit ≤200; rows with `fromTime`/`toTime` in minutes of the day, `hours`
//   "HH:MM", `totaltime` seconds, `type` 0 hours / 1 start-end / 2 timer (the row fields of
//   zoho.com/people/api/timesheet/timelog-details.html: timelogId, workDate, jobId, jobName,
//   taskName, billingStatus, fromTime/toTime, totaltime, hours, type, timerLog, isCurrentlyRunning);
//   the page's errors: 9002 "No parameter specified", 9004 "Wrong date format given for parameter",
//   9006 "toDate should be after the fromDate", 9007 "Maximum of one month's data can only be
//   fetched at a time". A user other than the token's is refused [guess: 9000 "Permission denied"].
// - deletetimelog (zoho.com/people/api/timesheet/delete-timelogs.html): timeLogId* (comma
//   separated, at most 1000); result `[{timeLogId}]`, "Timelog(s) deleted successfully"; errors as
//   an array under "Error occured". The page lists no codes and does not exclude timer logs (the
//   bulk API's "'Timer' based time logs cannot be added or edited" is about adding and editing):
//   an unknown id is 8001 [guess], and nothing is deleted then.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n) => String(n).padStart(2, '0');
const hhmm = (min) => `${pad(Math.floor(min / 60))}:${pad(min % 60)}`;

/** Minutes of the day from `14:30` or `2:30PM`; null when it is neither. */
export function minutesOf(s) {
  const m = /^(\d{1,2}):(\d{2})\s*(AM|PM)?$/i.exec(s ?? '');
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (m[3]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (/pm/i.test(m[3]) ? 12 : 0);
  }
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/** Seconds from `2.5` or `2:30`; null when it is neither. */
function hoursOf(s) {
  if (/^\d+(\.\d+)?$/.test(s ?? '')) return Math.round(Number(s) * 3600);
  const m = /^(\d+):(\d{2})$/.exec(s ?? '');
  return m && Number(m[2]) < 60 ? Number(m[1]) * 3600 + Number(m[2]) * 60 : null;
}

export function timeLogApi({ logs, jobs, user, newId, total, date, now, ok, okList, fail }) {
  function add(q, uri) {
    const err = (code, why) => fail(uri, 'Error in adding timelog', code, why);
    for (const p of ['user', 'jobId', 'workDate']) if (!q.get(p)) return err(8000, `No ${p} specified`);
    if (q.get('user') !== user) return err(8001, 'Wrong value for parameter user');
    const job = jobs.find((j) => j.jobId === q.get('jobId'));
    if (!job) return err(8001, 'Wrong value for parameter jobId');
    if (!DATE.test(q.get('workDate'))) return err(8002, 'Wrong format for parameter workDate');
    if (q.get('timer') === 'start') return err(8001, 'Use the timer API to start a timer'); // the fake only models hours and from-to logs
    let type, from = null, to = null, sec;
    if (q.get('fromTime') !== null || q.get('toTime') !== null) {
      from = minutesOf(q.get('fromTime'));
      to = minutesOf(q.get('toTime'));
      if (from === null || to === null) return err(8002, 'Wrong format for parameter fromTime/toTime');
      if (to <= from) return err(8001, 'Wrong value for parameter toTime');
      type = 1;
      sec = (to - from) * 60;
    } else if (q.get('hours') !== null) {
      sec = hoursOf(q.get('hours'));
      if (sec === null || sec <= 0 || sec > 24 * 3600) return err(8002, 'Wrong format for parameter hours');
      type = 0;
    } else return err(8000, 'No hours specified');
    const l = { id: newId(), type, jobId: job.jobId, jobName: job.jobName, workItem: q.get('workItem') ?? '', description: q.get('description') ?? '',
      billingStatus: q.get('billingStatus') ?? 'billable', workDate: q.get('workDate'), from, to, sec, segments: [], comments: [] };
    logs.set(l.id, l);
    return ok(uri, 'Timelog added successfully', [{ timeLogId: l.id }]);
  }

  function row(l) {
    const sec = l.type === 2 ? total(l) : l.sec;
    const mins = (ms) => { const d = new Date(ms); return d.getHours() * 60 + d.getMinutes(); };
    return {
      timelogId: l.id, workDate: l.workDate, jobId: l.jobId, jobName: l.jobName, taskName: l.workItem, description: l.description,
      billingStatus: l.billingStatus, type: l.type, timerLog: l.type === 2, isCurrentlyRunning: l.type === 2 && l.segments.at(-1)?.to === undefined,
      totaltime: sec, hours: hhmm(Math.floor(sec / 60)),
      fromTime: l.type === 2 ? mins(l.segments[0].from) : l.from ?? 0, toTime: l.type === 2 ? mins(l.segments.at(-1).to ?? now()) : l.to ?? 0,
      employeeMailId: user,
    };
  }

  function list(q, uri) {
    const err = (code, why) => fail(uri, 'Error in fetching timelogs', code, why, true);
    const today = date(now());
    const from = q.get('fromDate') ?? today;
    const to = q.get('toDate') ?? today;
    if (q.get('user') && q.get('user') !== user && q.get('user') !== 'all') return err(9000, 'Permission denied');
    if (!DATE.test(from) || !DATE.test(to)) return err(9004, 'Wrong date format given for parameter');
    if (to < from) return err(9006, 'toDate should be after the fromDate');
    if (Date.parse(to) - Date.parse(from) > 31 * 86_400_000) return err(9007, "Maximum of one month's data can only be fetched at a time");
    const job = q.get('jobId');
    const all = [...logs.values()].filter((l) => l.workDate >= from && l.workDate <= to && (!job || job === 'all' || l.jobId === job));
    const start = Math.max(0, Number(q.get('sIndex') ?? 0) || 0);
    const limit = Math.min(200, Number(q.get('limit') ?? 200) || 200);
    return okList(uri, all.slice(start, start + limit).map(row), start + limit < all.length);
  }

  function remove(q, uri) {
    const ids = (q.get('timeLogId') ?? '').split(',').map((id) => id.trim()).filter(Boolean);
    const err = (code, why) => fail(uri, 'Error occured', code, why, true);
    if (!ids.length) return err(8000, 'No timeLogId specified');
    if (ids.length > 1000) return err(8001, 'Maximum number of IDs allowed is 1000');
    if (!ids.every((id) => logs.has(id))) return err(8001, 'Wrong value for parameter timeLogId');
    for (const id of ids) logs.delete(id);
    return ok(uri, 'Timelog(s) deleted successfully', ids.map((timeLogId) => ({ timeLogId })));
  }

  return { add, list, remove };
}
