// Alarms, set only when they change: each create wakes nothing, but re-creating a repeating one
// restarts its period.
import { browser } from 'wxt/browser';

export interface AlarmPort {
  /** One-shot alarm at `when`; null clears it. */
  at(name: string, when: number | null): Promise<void>;
  /** Repeating alarm; re-created only when the period changes. */
  every(name: string, minutes: number): Promise<void>;
}

export const alarmPort: AlarmPort = {
  async at(name, when) {
    if (when === null) {
      await browser.alarms.clear(name);
      return;
    }
    const existing = await browser.alarms.get(name);
    if (existing && Math.abs(existing.scheduledTime - when) < 500) return;
    await browser.alarms.create(name, { when });
  },
  async every(name, minutes) {
    const existing = await browser.alarms.get(name);
    if (existing?.periodInMinutes === minutes) return;
    await browser.alarms.create(name, { periodInMinutes: minutes, delayInMinutes: minutes });
  },
};
