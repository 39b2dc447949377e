// Today's sessions, read again whenever the focus record changes (one ended, another started:
// `version`) and every few minutes while the panel is open. Shared by the panel's list
// (TodaySessions.tsx) and the task numbers it passes down (SidePanel.tsx).
import { useEffect, useState } from 'preact/hooks';
import type { Site } from '../../features/focus/ticktick/hosts';
import type { Session } from '../../features/stats/timeline';
import { todaySessions } from './today';

const REFRESH_MS = 5 * 60_000;

/** undefined while the first read runs, null when it failed. */
export function useToday(site: Site | null, version: string): Session[] | null | undefined {
  const [list, setList] = useState<Session[] | null | undefined>(undefined);
  useEffect(() => {
    if (!site) return;
    let live = true;
    const read = () => void todaySessions(site).then((l) => live && setList(l), () => live && setList(null));
    read();
    const timer = setInterval(read, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [site, version]);
  return list;
}
