// What the popup's Zoho People line shows: the mirror's stored item (watched), and Zoho's own
// view of the running timer and its comments, read again when the log changes and every 20 s
// (reads share Zoho's 20-a-minute budget with the mirror), with a clock for the time logged.
import { useEffect, useState } from 'preact/hooks';
import { watchItem } from '../../../browser/storage';
import { zohoItem } from '../item';
import type { ZohoComment } from '../parse';
import { zohoDetails } from '../pages';
import type { TimerDetails } from '../reads';
import { initialZoho, type ZohoState } from '../state';

/** Zoho's answer and when it came (`at`), to count the seconds since. */
export interface LineDetails { running: TimerDetails | null; comments: ZohoComment[]; at: number }

export function useZohoLine() {
  const [z, setZ] = useState<ZohoState>(initialZoho());
  const [details, setDetails] = useState<LineDetails | null>(null);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    const load = () => void zohoDetails().then((d) => d && setDetails({ ...d, at: Date.now() }), () => undefined);
    void zohoItem.getValue().then(setZ);
    let seen = '';
    let soon: ReturnType<typeof setTimeout> | undefined;
    const unwatch = watchItem(zohoItem, (next) => {
      setZ(next);
      // Fetch again when the log changed (started, stopped, a comment went out), not on every save.
      const key = `${next.log?.key}:${next.log?.running}:${next.queue.length}`;
      if (key !== seen) {
        clearTimeout(soon);
        soon = setTimeout(load, 1000);
      }
      seen = key;
    });
    load();
    const poll = setInterval(load, 20_000);
    const clock = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      unwatch();
      clearTimeout(soon);
      clearInterval(poll);
      clearInterval(clock);
    };
  }, []);
  return { z, details, now };
}
