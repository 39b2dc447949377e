// A year of finished focus records for the statistics tests, shaped as docs/statistics.md §1 shows
// TickTick's timeline records (written from the docs, not from the extension's code): pomodoros
// and stopwatches, pauses (seconds, with the task's segments split around them), notes with
// commas, quotes, line breaks and Chinese, sessions bound to no task, tasks the snapshot no longer
// has (with and without `projectName`), `status: null` on some. Deterministic for a given year.

const fmt = (ms) => new Date(ms).toISOString().replace('Z', '+0000');
const hex = (n, w) => n.toString(16).padStart(w, '0').slice(-w);

/** Tasks that are not in the account snapshot any more (deleted for good). */
export const GONE_TASKS = [
  { id: '6c0000000000000000000001', title: 'Old side project task', projectName: 'Side project' },
  { id: '6c0000000000000000000002', title: 'Task of a forgotten list' },
];

const NOTES = ['', '', '', 'Drafted the intro, then "polished" it', 'Calls, email, review', 'line one\nline two', '读完第三章，记下要点', '=SUM(A1:A3) is not a formula here'];

/**
 * `count` sessions over the days of `year` (UTC; every 11th day has none), from 07:00 UTC each day,
 * 35 minutes apart. `tasks`/`lists`: the account's (the snapshot's) tasks and lists.
 */
export function focusYear({ year, count, tasks, lists, inboxId = 'inbox1' }) {
  const first = Date.UTC(year, 0, 1);
  const days = Math.round((Date.UTC(year + 1, 0, 1) - first) / 86_400_000);
  const active = Array.from({ length: days }, (_, j) => j).filter((j) => j % 11 !== 5);
  const listName = (projectId) => (projectId === inboxId ? 'Inbox' : lists.find((l) => l.id === projectId)?.name ?? '');
  const targets = [...tasks.map((t) => ({ id: t.id, title: t.title, projectName: listName(t.projectId) })), ...GONE_TASKS, null];
  const out = [];
  let i = 0;
  active.forEach((j, n) => {
    const today = Math.floor(((n + 1) * count) / active.length) - Math.floor((n * count) / active.length);
    for (let k = 0; k < today; k++, i++) out.push(record(i, first + j * 86_400_000 + 7 * 3_600_000 + k * 35 * 60_000, targets[i % targets.length]));
  });
  return out;
}

function record(i, start, target) {
  const stopwatch = i % 7 === 3;
  const minutes = stopwatch ? 15 + (i % 3) * 5 : 25;
  const pauseSec = i % 5 === 1 ? 120 : 0;
  const end = start + minutes * 60_000 + pauseSec * 1000;
  const bound = (a, b) => ({ ...(target ? { taskId: target.id, title: target.title, ...(target.projectName ? { projectName: target.projectName } : {}) } : {}), startTime: fmt(a), endTime: fmt(b) });
  // A pause is the gap between two segments of the same task.
  const mid = start + 10 * 60_000;
  const segments = pauseSec ? [bound(start, mid), bound(mid + pauseSec * 1000, end)] : [bound(start, end)];
  return {
    id: hex(Math.floor(start / 1000), 8) + 'ea4ede71ce' + hex(i, 6), note: NOTES[i % NOTES.length], tasks: segments,
    startTime: fmt(start), endTime: fmt(end), status: i % 13 === 0 ? null : 1, pauseDuration: pauseSec, adjustTime: 0,
    etag: hex(i * 7919, 8), type: stopwatch ? 1 : 0, added: false,
  };
}
