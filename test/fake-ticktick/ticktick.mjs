// A fake TickTick focus service, written from docs/ticktick-protocol.md and seed 001 independently
// of the extension's code: the focus state machine (§4) with task binding, notes and ±5 min,
// `point`/`current`/`updates` (§3), the 401 body for a missing session (§8), preferences, stats,
// the account snapshot with tasks and recent targets (§10), a log of every request, and fault switches. `handle()` is pure request → reply, so unit tests call it in-process
// and server.mjs serves it over HTTP.

import { focusYear } from './timeline.mjs';

const fmt = (ms) => new Date(ms).toISOString().replace('Z', '+0000');
const parse = (s) => Date.parse(String(s).replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
const hex = (n, w) => n.toString(16).padStart(w, '0').slice(-w);
let counter = 0x100000;
export const objectId = (ms = Date.now()) => hex(Math.floor(ms / 1000), 8) + 'fa4ede71ce' + hex(++counter, 6);

export const SANDBOX_TOKEN = 'sandbox-session-token-7f3a9c';
export const SANDBOX_CSRF = 'sandbox-csrf-51be';

const LOGIN_PAGE = '<!doctype html><html><head><title>Sign in - TickTick</title></head><body><form>Sign in</form></body></html>';
const errorBody = (code) => ({ errorId: objectId(), errorCode: code, errorMessage: code, data: null });

/**
 * Fault kinds (each for `times` requests to the focus endpoint, default: until cleared):
 * down, hang (apply: the batch is applied before the reply is lost), lost (the batch is applied,
 * then a gateway answers 502 with its own page), html200, redirect, status (code, errorCode),
 * too_busy, invalid_json, truncated_json, wrong_types, null_fields, missing_current, huge_updates,
 * need_pro, rejected, unknown_values (a status and a type no one documented, a negative counter),
 * no_point (a reply without `point`).
 */
/**
 * Two lists and an archived (closed) one; one done task, a title over 64 characters, a Chinese
 * title (issue #6's test data); an Inbox task, a note (`kind: "NOTE"`), a deleted task and a task of
 * the archived list (issue #14), which the chooser must not offer but the first. The first two carry
 * `focusSummaries` as the web API sends them (one entry per user, durations in seconds:
 * docs/ticktick-protocol.md §10).
 */
export const SAMPLE_LISTS = [{ id: 'list-work', name: 'Work' }, { id: 'list-home', name: '生活' }, { id: 'list-old', name: 'Archive 2025', closed: true }];
export const SAMPLE_TASKS = [
  { id: '6a0000000000000000000001', projectId: 'list-work', title: 'Write the quarterly report', status: 0, priority: 3, dueDate: '2026-11-27T16:00:00.000+0000',
    focusSummaries: [{ userId: 1001, pomoCount: 3, estimatedPomo: 5, estimatedDuration: 0, pomoDuration: 4500, stopwatchDuration: 0 }] },
  { id: '6a0000000000000000000002', projectId: 'list-work', title: 'Review pull requests', status: 0, priority: 1,
    focusSummaries: [{ userId: 1001, pomoCount: 0, estimatedPomo: 0, estimatedDuration: 7200, pomoDuration: 0, stopwatchDuration: 1800 }] },
  { id: '6a0000000000000000000003', projectId: 'list-work', title: 'Send the invoice (already done)', status: 2, priority: 0 },
  { id: '6a0000000000000000000004', projectId: 'list-work', title: 'Prepare the migration plan for the billing database, including rollback steps and owners', status: 0, priority: 0 },
  { id: '6a0000000000000000000005', projectId: 'list-home', title: '整理读书笔记', status: 0, priority: 0 },
  { id: '6a0000000000000000000006', projectId: 'list-home', title: 'Call the dentist', status: 0, priority: 0 },
  { id: '6a0000000000000000000007', projectId: 'inbox1', title: 'Book the train tickets', status: 0, priority: 0 },
  { id: '6a0000000000000000000008', projectId: 'list-work', title: 'Meeting notes (a note, not a task)', status: 0, priority: 0, kind: 'NOTE' },
  { id: '6a0000000000000000000009', projectId: 'list-work', title: 'Old task in the trash', status: 0, priority: 0, deleted: 1 },
  { id: '6a000000000000000000000a', projectId: 'list-old', title: 'Task of an archived list', status: 0, priority: 0 },
];

/** `count` open tasks over 20 lists, for measuring a big account. */
/**
 * `GET /api/v2/user/profile` (docs/ticktick-protocol.md §10): the fields public clients model,
 * e.g. https://github.com/StefanIndustries/node-ticktick/blob/main/src/models/TickTickProfile.ts
 */
export const SANDBOX_PROFILE = {
  etimestamp: null, username: 'sandbox@example.com', siteDomain: 'ticktick.com', createdCampaign: '', createdDeviceInfo: null,
  filledPassword: true, accountDomain: null, extenalId: null, email: null, verifyEmail: true, fakedEmail: false, phone: null,
  name: 'Sandbox', givenName: null, familyName: null, link: null, picture: '', gender: null, locale: 'en_US', userCode: 'a1b2c3',
  verCode: null, verKey: null, externalId: null, phoneWithoutCountryCode: null, displayName: 'Sandbox',
};

export function manyTasks(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `6b${hex(i, 22)}`, projectId: `list-${i % 20}`, title: `Task ${i + 1} ${['plan', 'write', 'review', 'call', 'fix'][i % 5]} item`,
    status: i % 7 === 6 ? 2 : 0, priority: 0, content: 'x'.repeat(120), tags: [], sortOrder: -i * 1024,
  }));
}

/**
 * `heavyHistory`: that many past focus records already on the account (a heavy user: about 540 B
 * each in `updates`, so 20,000 make a 10 MB first reply from `lastPoint: 0`).
 */
export function createTickTick({ now = Date.now, token = SANDBOX_TOKEN, prefs: prefOverrides = {}, tasks = SAMPLE_TASKS, lists = SAMPLE_LISTS, recentAvailable = true, heavyHistory = 0, inboxId = 'inbox1', focusYears = [], profile = SANDBOX_PROFILE } = {}) {
  /** id → record; each record carries the `point` of its last change (not sent). */
  const records = new Map();
  let currentId = null;
  let point = 0;
  const log = [];
  const applied = []; // every op applied to the state, in order: {id, op, oId, time, by}
  const received = new Map(); // op id → requests that carried it, whatever the reply
  let faults = [];
  const prefs = { id: 'prefs', pomoDuration: 25, shortBreakDuration: 5, longBreakDuration: 15, longBreakInterval: 4,
    pomoGoal: 8, focusDuration: 120, autoPomo: false, autoBreak: false, soundsOn: true, lightsOn: false, mindfulnessEnabled: false, ...prefOverrides };
  const taskTitle = (id) => tasks.find((x) => x.id === id)?.title;
  // Six days of earlier focus: minutes per day (oldest first) at 10:00 local time of each day.
  const HISTORY_MINUTES = [50, 25, 0, 75, 30, 100];
  const history = [];
  {
    const today = new Date(now());
    today.setHours(10, 0, 0, 0);
    HISTORY_MINUTES.forEach((minutes, i) => {
      let t = today.getTime() - (6 - i) * 86_400_000;
      for (let left = minutes; left > 0; left -= 25) {
        const len = Math.min(25, left);
        const task = tasks[(i + left) % tasks.length]; // none in an empty account: focus on no task
        const parts = task ? [{ taskId: task.id, title: task.title, startTime: fmt(t), endTime: fmt(t + len * 60_000) }] : [];
        history.push({ id: objectId(t), tasks: parts,
          startTime: fmt(t), endTime: fmt(t + len * 60_000), status: 1, pauseDuration: 0, adjustTime: 0, etag: 'h', type: 0, added: false, note: '' });
        t += 30 * 60_000;
      }
    });
  }
  // Whole years of finished sessions for the statistics page (test/fake-ticktick/timeline.mjs).
  for (const y of focusYears) history.push(...focusYear({ ...y, tasks, lists, inboxId }));
  // A heavy account's past records: each changed (its `point`) when it ended, long before today.
  for (let i = 0; i < heavyHistory; i++) {
    const start = now() - (i + 2) * 3_600_000;
    const id = objectId(start);
    records.set(id, {
      id, type: 0, status: 2, valid: true, exited: true, firstId: id, firstDid: 'old-phone', duration: 25,
      startTime: fmt(start), endTime: fmt(start + 25 * 60_000), autoPomoLeft: 0, pomoCount: 1,
      focusBreak: { startTime: fmt(start + 25 * 60_000), duration: 5, endTime: fmt(start + 30 * 60_000) },
      focusOnLogs: [{ id: '', time: fmt(start) }], pauseLogs: [], focusTasks: [{ id: '', startTime: fmt(start), endTime: fmt(start + 25 * 60_000) }],
      note: 'Earlier focus session, kept in the account history', etag: 'old', point: start + 30 * 60_000,
    });
  }
  if (heavyHistory) currentId = [...records.keys()][0];
  point = Math.max(point, ...[...records.values()].map((r) => r.point));
  const baseStats = { todayPomoCount: 0, totalPomoCount: 42, todayPomoDuration: 0, totalPomoDuration: 1130 };

  const nextPoint = () => (point = Math.max(now(), point + 1));

  function pauseTotal(rec) {
    let closed = 0;
    let open = null;
    for (const l of rec.pauseLogs) {
      if (l.type === 0 && open === null) open = parse(l.time);
      else if (l.type === 1 && open !== null) {
        closed += parse(l.time) - open;
        open = null;
      }
    }
    return closed;
  }
  const projectedEnd = (rec) => fmt(parse(rec.startTime) + rec.duration * 60_000 + pauseTotal(rec));

  // The server titles the segments from its own tasks (docs/ticktick-protocol.md §3.3: `focusTasks` carry the title).
  const binding = (op, t) => ({ id: op.focusOnId ?? '', ...(op.focusOnId ? { type: op.focusOnType ?? 0, title: taskTitle(op.focusOnId) ?? op.focusOnTitle } : {}), time: t });
  const segment = (id, t, op) => ({ id, ...(id ? { title: taskTitle(id) ?? op?.focusOnTitle } : {}), startTime: t });

  function touch(rec, p) {
    rec.point = p;
    rec.etag = Math.random().toString(36).slice(2, 10);
  }

  /** Applies one op (§4 state machine); illegal ops change nothing. Returns whether it applied. */
  function apply(op, p, by) {
    const rec = records.get(op.oId);
    const t = op.time;
    let ok = false;
    if (op.op === 'start') {
      if (!rec) {
        const r = {
          id: op.oId, type: op.oType, status: 0, valid: true, exited: false,
          firstId: op.firstFocusId || op.oId, firstDid: 'fake-device', duration: op.duration,
          startTime: t, endTime: op.oType === 0 ? fmt(parse(t) + op.duration * 60_000) : t,
          autoPomoLeft: op.autoPomoLeft, pomoCount: op.pomoCount, focusBreak: {},
          focusOnLogs: [binding(op, t)], pauseLogs: [],
          focusTasks: [segment(op.focusOnId ?? '', t, op)], autoStart: false,
        };
        records.set(r.id, r);
        currentId = r.id;
        touch(r, p);
        ok = true;
      }
    } else if (rec) {
      const active = rec.status === 0 || rec.status === 1;
      const lastTask = rec.focusTasks[rec.focusTasks.length - 1];
      switch (op.op) {
        case 'pause':
          if (rec.status === 0) {
            rec.status = 1;
            rec.pauseLogs.push({ type: 0, time: t });
            if (lastTask) lastTask.endTime = t;
            ok = true;
          }
          break;
        case 'continue':
          if (rec.status === 1) {
            rec.status = 0;
            rec.pauseLogs.push({ type: 1, time: t });
            rec.focusTasks.push(segment(lastTask?.id ?? '', t, { focusOnTitle: lastTask?.title }));
            if (rec.type === 0) rec.endTime = projectedEnd(rec);
            ok = true;
          }
          break;
        case 'finish':
          if (active) {
            rec.status = 2;
            rec.endTime = t;
            if (lastTask && !lastTask.endTime) lastTask.endTime = t;
            if (op.note) rec.note = op.note;
            ok = true;
          }
          break;
        case 'drop':
          if (active) {
            rec.status = 3;
            rec.endTime = t;
            ok = true;
          }
          break;
        case 'exit':
          if (!rec.exited) {
            rec.exited = true;
            ok = true;
          }
          break;
        case 'startBreak':
          if (rec.status === 2 && rec.type === 0 && !rec.focusBreak.startTime) {
            rec.focusBreak = { startTime: t, duration: op.duration };
            ok = true;
          }
          break;
        case 'endBreak':
          if (rec.status === 2 && !rec.focusBreak.endTime) {
            rec.focusBreak = { ...rec.focusBreak, endTime: t };
            ok = true;
          }
          break;
        case 'note':
          if (rec.note !== op.note) {
            rec.note = op.note;
            ok = true;
          }
          break;
        case 'focus':
          if (active && (lastTask?.id ?? '') !== (op.focusOnId ?? '')) {
            if (lastTask && !lastTask.endTime) lastTask.endTime = t;
            rec.focusOnLogs.push(binding(op, t));
            rec.focusTasks.push({ ...segment(op.focusOnId ?? '', t, op), ...(rec.status === 1 ? { endTime: t } : {}) });
            ok = true;
          }
          break;
        case 'changeDuration':
          if (active && rec.type === 0 && op.duration >= 5 && op.duration <= 180 && op.duration !== rec.duration) {
            rec.duration = op.duration;
            rec.endTime = projectedEnd(rec);
            ok = true;
          }
          break;
      }
      if (ok) touch(rec, p);
    }
    if (ok) applied.push({ id: op.id, op: op.op, oId: op.oId, time: op.time, manual: op.manual, by, duration: op.duration, focusOnId: op.focusOnId, note: op.note });
    return ok;
  }

  const publicRecord = (r) => {
    if (!r) return null;
    const { point: _p, ...rest } = r;
    return structuredClone(rest);
  };

  function focusReply(lastPoint, extraUpdates = 0) {
    const updates = [...records.values()].filter((r) => r.point > lastPoint).map(publicRecord);
    for (let i = 0; i < extraUpdates; i++) updates.push({ ...publicRecord(records.get(currentId)) ?? {}, id: objectId() });
    return { point: point || nextPoint(), current: publicRecord(records.get(currentId)), updates };
  }

  const json = (status, body, extra = {}) => ({ status, headers: { 'content-type': 'application/json;charset=UTF-8', ...extra }, body: JSON.stringify(body) });

  /** The next fault for this request; `onlyOps` faults let plain reads pass. */
  function takeFault(path, rawBody) {
    if (!path.startsWith('/focus/')) return null;
    const f = faults[0];
    if (!f) return null;
    if (f.onlyOps && !/"opList":\[\s*\{/.test(rawBody ?? '')) return null;
    if (f.times !== Infinity && --f.times <= 0) faults.shift();
    return f;
  }

  function signedIn(headers) {
    const cookie = headers.cookie ?? '';
    return cookie.split(/;\s*/).some((c) => c === `t=${token}`);
  }

  /** @param {{method: string, path: string, headers: Record<string,string>, body?: string}} req */
  function handle(req) {
    const entry = {
      at: now(), method: req.method, path: req.path, query: req.query ?? {},
      hasSession: signedIn(req.headers), csrf: req.headers['x-csrftoken'] ?? null,
      device: req.headers['x-device'] ?? null, hl: req.headers.hl ?? null, tz: req.headers['x-tz'] ?? null,
      origin: req.headers.origin ?? null, referer: req.headers.referer ?? null, bytes: 0,
      body: null, status: 0, fault: null,
    };
    log.push(entry);
    const reply = (r) => {
      entry.status = r.status ?? 0;
      entry.bytes = Buffer.byteLength(r.body ?? '');
      entry.replyPoint = point;
      return r;
    };
    const fault = takeFault(req.path, req.body);
    if (fault) entry.fault = fault.kind;
    let body = null;
    if (req.body) {
      try {
        body = JSON.parse(req.body);
      } catch {
        return reply(json(400, errorBody('invalid_request')));
      }
    }
    entry.body = body;
    for (const op of Array.isArray(body?.opList) ? body.opList : []) received.set(op.id, (received.get(op.id) ?? 0) + 1);

    if (fault?.kind === 'down') return reply({ destroy: true });
    if (fault?.kind === 'redirect') return reply({ status: 302, headers: { location: '/signin' }, body: '' });
    if (fault?.kind === 'html200') return reply({ status: 200, headers: { 'content-type': 'text/html' }, body: LOGIN_PAGE });

    if (!entry.hasSession) return reply(json(401, errorBody('user_not_sign_on')));

    if (req.method === 'GET' && req.path === '/api/v2/user/preferences/pomodoro') return reply(json(200, prefs));
    if (req.method === 'GET' && req.path === '/api/v2/user/profile') return reply(json(200, profile));
    if (req.method === 'GET' && req.path === '/api/v2/pomodoros/statistics/generalForDesktop') return reply(json(200, stats()));
    if (req.method === 'GET' && req.path === '/api/v3/batch/check/0') return reply(json(200, snapshot()));
    if (req.method === 'GET' && req.path === '/api/v2/pomodoros/timeline') return reply(json(200, timeline(req.query?.to)));
    if (req.method === 'GET' && req.path === '/api/v2/pomodoro/bind/recent' && recentAvailable) return reply(json(200, recent()));
    if (req.path !== '/focus/batch/focusOp' || req.method !== 'POST') {
      return reply({ status: 404, headers: { 'content-type': 'text/html' }, body: '<html><body>page not found</body></html>' });
    }
    if (!body || typeof body.lastPoint !== 'number' || !Array.isArray(body.opList)) {
      return reply(json(400, errorBody('invalid_request')));
    }

    switch (fault?.kind) {
      case 'hang':
        if (fault.apply) applyBatch(body.opList, 'extension');
        return reply({ hang: true });
      case 'lost':
        if (body.opList.length) applyBatch(body.opList, 'extension');
        return reply({ status: 502, headers: { 'content-type': 'text/html' }, body: '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>' });
      case 'unknown_values': {
        // A newer TickTick that took the batch and answers with values no document names.
        if (body.opList.length) applyBatch(body.opList, 'extension');
        const r = focusReply(body.lastPoint);
        return reply(json(200, { ...r, current: { ...(r.current ?? { id: objectId(), startTime: fmt(now()), duration: 25 }), status: 7, type: 4, pomoCount: -3 } }));
      }
      case 'no_point': {
        if (body.opList.length) applyBatch(body.opList, 'extension');
        const { point: _p, ...r } = focusReply(body.lastPoint);
        return reply(json(200, r));
      }
      case 'status':
        return reply(json(fault.code, errorBody(fault.errorCode ?? 'server_error')));
      case 'too_busy':
        return reply(json(200, errorBody('too_busy')));
      case 'need_pro':
        return reply(json(500, errorBody('need_pro')));
      case 'rejected':
        return reply(json(400, errorBody('invalid_op')));
      case 'invalid_json':
        return reply({ status: 200, headers: { 'content-type': 'application/json' }, body: 'Service temporarily unavailable {' });
      case 'truncated_json':
        return reply({ status: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(focusReply(body.lastPoint)).slice(0, 40) });
      case 'wrong_types': {
        const r = focusReply(body.lastPoint);
        return reply(json(200, { ...r, current: { ...(r.current ?? { id: 'x', startTime: fmt(now()) }), status: '1', duration: '25' } }));
      }
      case 'null_fields': {
        const r = focusReply(body.lastPoint);
        return reply(json(200, { ...r, point: null, current: { ...(r.current ?? {}), id: null, startTime: null } }));
      }
      case 'missing_current':
        // Some answers come without `current` (docs/ticktick-protocol.md §3: W and U handle it):
        // the batch was taken all the same.
        if (body.opList.length) applyBatch(body.opList, 'extension');
        return reply(json(200, { point: point || nextPoint(), updates: [] }));
    }

    if (body.opList.length) applyBatch(body.opList, 'extension');
    return reply(json(200, focusReply(body.lastPoint, fault?.kind === 'huge_updates' ? 20_000 : 0)));
  }

  function applyBatch(ops, by) {
    const p = nextPoint();
    for (const op of ops) apply(op, p, by);
  }

  /** The account snapshot (docs/ticktick-protocol.md §12): tasks in `syncTaskBean.update`, lists in `projectProfiles`. */
  function snapshot() {
    return {
      checkPoint: point, inboxId, projectGroups: [], filters: [], tags: [],
      projectProfiles: lists.map((l, i) => ({ id: l.id, name: l.name, sortOrder: i, closed: l.closed ?? null, groupId: null })),
      syncTaskBean: { update: tasks.map((x) => ({ kind: 'TEXT', deleted: 0, timeZone: 'Europe/Berlin', isAllDay: false, ...x })), delete: [], add: [], empty: false },
      syncTaskOrderBean: { taskOrderByDate: {}, taskOrderByPriority: {}, taskOrderByProject: {} },
    };
  }

  /**
   * Finished focus records, newest first, 31 a page, older than `to` (ms) when given: the seeded
   * history of the six days before today, the `focusYears`, and what was finished here.
   */
  // A bound segment names its task's list (`projectName`, docs/statistics.md §1).
  const projectName = (taskId) => {
    const p = tasks.find((x) => x.id === taskId)?.projectId;
    const name = p === inboxId ? 'Inbox' : lists.find((l) => l.id === p)?.name;
    return name ? { projectName: name } : {};
  };

  function timeline(to) {
    const done = [...records.values()].filter((r) => r.status === 2 && r.endTime).map((r) => ({
      id: r.id, tasks: r.focusTasks.filter((t) => t.id).map((t) => ({ taskId: t.id, title: t.title ?? '', ...projectName(t.id), startTime: t.startTime, endTime: t.endTime ?? r.endTime })),
      startTime: r.startTime, endTime: r.endTime, status: 1, pauseDuration: Math.round(pauseTotal(r) / 1000), adjustTime: 0, etag: r.etag, type: r.type, added: false, note: r.note ?? '',
    }));
    // Paged by start: the next page is `to=<the oldest record's startTime>` (docs/ticktick-protocol.md §10).
    const limit = to ? Number(to) : Infinity;
    return [...history, ...done].map((r) => [parse(r.startTime), r]).filter(([t]) => t < limit)
      .sort((a, b) => b[0] - a[0]).slice(0, 31).map(([, r]) => r);
  }

  /** Recent focus targets (docs/ticktick-protocol.md §10): tasks bound in this account's sessions, newest first. */
  function recent() {
    const seen = new Set();
    const out = [];
    for (const r of [...records.values()].reverse()) {
      for (const seg of [...r.focusTasks].reverse()) {
        const x = tasks.find((k) => k.id === seg.id);
        if (!x || seen.has(x.id)) continue;
        seen.add(x.id);
        out.push({ taskId: x.id, habitId: null, title: x.title, projectName: lists.find((l) => l.id === x.projectId)?.name ?? '', tags: [], startTime: seg.startTime, endTime: seg.endTime ?? null, timerId: null, timerName: null });
      }
    }
    return out;
  }

  function stats() {
    const today = new Date(now()).toISOString().slice(0, 10);
    let count = 0;
    let minutes = 0;
    for (const r of records.values()) {
      if (r.type === 0 && r.status === 2 && r.endTime?.startsWith(today)) {
        count++;
        minutes += Math.round((parse(r.endTime) - parse(r.startTime) - pauseTotal(r)) / 60_000);
      }
    }
    return { ...baseStats, todayPomoCount: baseStats.todayPomoCount + count, todayPomoDuration: baseStats.todayPomoDuration + minutes,
      totalPomoCount: baseStats.totalPomoCount + count, totalPomoDuration: baseStats.totalPomoDuration + minutes };
  }

  /** What a phone or the desktop app would do: ops applied straight to the account. */
  function deviceOp(op, extra = {}) {
    const cur = records.get(currentId);
    const t = extra.at ?? now();
    const o = {
      id: objectId(t), oId: cur?.id ?? objectId(t), oType: cur?.type ?? 0, op,
      duration: cur?.duration ?? 25, firstFocusId: cur?.firstId ?? '', focusOnId: '',
      autoPomoLeft: cur?.autoPomoLeft ?? 5, pomoCount: cur?.pomoCount ?? 1, manual: true, note: '',
      time: fmt(t), ...extra.fields,
    };
    applyBatch([o], 'device');
    return o;
  }
  const device = {
    /** Start a pomodoro (or stopwatch, type 1) that began `agoSec` seconds ago. */
    /** `taskId` binds one of the account's tasks, as the phone's task picker does. */
    /** `autoPomoLeft`: what is left of the device's own auto-start chain (docs/ticktick-protocol.md §4). */
    start({ minutes = 25, agoSec = 0, type = 0, taskId = '', autoPomoLeft = undefined } = {}) {
      const t = now() - agoSec * 1000;
      const oId = objectId(t);
      const binding = taskId ? { focusOnId: taskId, focusOnType: 0 } : {};
      return deviceOp('start', { at: t, fields: { oId, firstFocusId: oId, oType: type, duration: type ? 0 : minutes, pomoCount: 1, ...(autoPomoLeft === undefined ? {} : { autoPomoLeft }), ...binding } });
    },
    bind: (taskId) => deviceOp('focus', { fields: { focusOnId: taskId, focusOnType: 0 } }),
    pause: (agoSec = 0) => deviceOp('pause', { at: now() - agoSec * 1000 }),
    continue: () => deviceOp('continue'),
    finish: (at) => deviceOp('finish', { at, fields: { manual: at === undefined } }),
    drop: () => deviceOp('drop'),
    exit: () => deviceOp('exit'),
    startBreak: (minutes = 5, agoSec = 0) => deviceOp('startBreak', { at: now() - agoSec * 1000, fields: { duration: minutes } }),
    endBreak: () => deviceOp('endBreak'),
  };

  return {
    handle, device, log, applied, prefs, tasks, lists, inboxId, history, historyMinutes: HISTORY_MINUTES,
    get current() {
      return publicRecord(records.get(currentId));
    },
    get point() {
      return point;
    },
    /** Requests to the focus endpoint, oldest first. */
    focusRequests: () => log.filter((e) => e.path === '/focus/batch/focusOp'),
    /** Op ids TickTick applied more than once: the harm a resend can do. */
    duplicates: () => {
      const n = new Map();
      for (const a of applied) n.set(a.id, (n.get(a.id) ?? 0) + 1);
      return [...n.entries()].filter(([, c]) => c > 1).map(([id]) => id);
    },
    /** Requests that carried this op id, failed ones included. */
    timesReceived: (opId) => received.get(opId) ?? 0,
    setFault(kind, opts = {}) {
      faults.push({ kind, times: opts.times ?? Infinity, ...opts });
    },
    clearFaults() {
      faults = [];
    },
  };
}
