// A range's sessions as CSV (RFC 4180: https://www.rfc-editor.org/rfc/rfc4180) and JSON, one row per
// session: start and end in local time with the offset, focused minutes, minutes paused, its tasks
// and lists, its note. The CSV starts with a byte-order mark so spreadsheets read UTF-8 (Chinese
// titles) as such, and a text cell that starts like a formula is prefixed with ' (OWASP's advice
// against CSV injection: https://owasp.org/www-community/attacks/CSV_Injection).
import { focusedMs, type Session } from './timeline';
import { isoLocal, localOffset, type Offset } from './zone';

export interface ExportRow {
  start: string;
  end: string;
  minutes: number;
  pauses: number;
  task: string;
  list: string;
  note: string;
}

export const COLUMNS = ['start', 'end', 'minutes', 'pauses', 'task', 'list', 'note'] as const;

const minutes = (ms: number) => Math.round(ms / 6_000) / 10;
const unique = (xs: string[]) => [...new Set(xs.filter(Boolean))];

/** Sessions that start in [from, to), oldest first; several tasks or lists are joined with " / ". */
export function exportRows(sessions: Session[], from: number, to: number, listOf: (p: Session['tasks'][number]) => string, off: Offset = localOffset): ExportRow[] {
  const seen = new Set<string>();
  return sessions
    .filter((s) => s.start >= from && s.start < to && !seen.has(s.id) && seen.add(s.id))
    .sort((a, b) => a.start - b.start)
    .map((s) => ({
      start: isoLocal(s.start, off), end: isoLocal(s.end, off), minutes: minutes(focusedMs(s)), pauses: minutes(s.pauseMs),
      task: unique(s.tasks.map((p) => p.title)).join(' / '), list: unique(s.tasks.filter((p) => p.id).map(listOf)).join(' / '), note: s.note,
    }));
}

/** One CSV field: quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled. */
export function csvField(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: ExportRow[]): string {
  const lines = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => csvField(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export const toJson = (rows: ExportRow[]) => `${JSON.stringify(rows, null, 1)}\n`;
