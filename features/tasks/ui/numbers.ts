// A task's own focus numbers in a line, e.g. "3/5 pomos · 1h 15m/2h": pomodoros against the
// estimate, focus time against the estimated time (features/tasks/tasks.ts `parseFocus`), then
// today's pomodoros on it when the page knows them (app/sidepanel/today.ts `pomosByTask`).
import { formatMinutes, t } from '../../../browser/i18n';
import type { TaskFocus } from '../tasks';

const minutes = (sec: number) => formatMinutes(Math.round(sec / 60), 'narrow');

/** `today`: today's pomodoros on the task, shown when given (undefined: not known here). */
export function focusNumbers(f: TaskFocus | undefined, today?: number): string {
  const parts: string[] = [];
  if (f) parts.push(...own(f));
  if (today !== undefined) parts.push(t('taskToday', [String(today)]));
  return parts.join(' · ');
}

function own(f: TaskFocus): string[] {
  const parts: string[] = [];
  if (f.estPomos || f.pomos) parts.push(t('taskPomos', [f.estPomos ? `${f.pomos}/${f.estPomos}` : String(f.pomos)]));
  if (f.estSeconds || f.seconds) parts.push(f.estSeconds ? `${minutes(f.seconds)}/${minutes(f.estSeconds)}` : minutes(f.seconds));
  return parts;
}
