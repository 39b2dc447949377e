// The side panel: the popup's page (app/popup/App.tsx, the same store kept live from the worker)
// with today's sessions under it, in a panel that stays open. Today's records are at hand here,
// so the task line and the chooser get today's pomodoros on each task (`today`).
import { useMemo } from 'preact/hooks';
import { App } from '../popup/App';
import type { PopupPage } from '../popup/open';
import { useStore } from '../../ui/use-store';
import { TodaySessions } from './TodaySessions';
import { pomosByTask } from './today';
import { useToday } from './use-today';

export function SidePanel({ page }: { page: PopupPage }) {
  const { app } = useStore(page.popup.store);
  // A new record, or the same one finished (status 2 or 3): the timeline may have a session more.
  const version = `${app?.current?.id ?? ''}:${(app?.current?.status ?? 0) >= 2}`;
  const list = useToday(app?.site ?? null, version);
  const today = useMemo(() => (list ? pomosByTask(list) : undefined), [list]);
  return <App page={page} panel={app?.site ? <TodaySessions list={list} /> : null} today={today} />;
}
