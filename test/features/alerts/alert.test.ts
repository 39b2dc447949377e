import { describe, expect, it } from 'vitest';
import { createAlert } from '../../../features/alerts/alert';
import { DEFAULT_ALERTS, DEFAULT_END, type AlertSettings } from '../../../features/alerts/settings';

function setup(settings: Omit<AlertSettings, 'end'> & Partial<AlertSettings>, failSound = false) {
  const shown: string[] = [];
  const opts: unknown[] = [];
  const played: { name: string; volume: number }[] = [];
  const alert = createAlert({
    notify: { show: async (id, _t, _m, o) => void (shown.push(id), opts.push(o)), clear: async () => undefined },
    sound: { play: async (name, volume) => (failSound ? Promise.reject(new Error('no file')) : void played.push({ name, volume })) },
    settings: async () => ({ end: DEFAULT_END, ...settings }),
    t: (k) => k,
  });
  return { alert, shown, played, opts };
}

describe('the end of a pomodoro or break', () => {
  it('shows the notification and plays the chosen sound at its volume', async () => {
    const { alert, shown, played } = setup({ notify: true, sound: { name: 'bell', volume: 0.3 } });
    await alert(true);
    await alert(false);
    expect(shown).toEqual(['focusDone', 'breakDone']);
    expect(played).toEqual([{ name: 'bell', volume: 0.3 }, { name: 'bell', volume: 0.3 }]);
  });

  it('stays silent and hidden when both are off, yet the test button shows and chimes', async () => {
    const { alert, shown, played } = setup({ notify: false, sound: { name: 'off', volume: 0.5 } });
    await alert(true);
    expect([shown, played]).toEqual([[], []]);
    await alert(true, true);
    expect(shown).toEqual(['focusDone']);
    expect(played).toEqual([{ name: 'chime', volume: 0.5 }]);
  });

  it('a sound that cannot play is no failure: the notification was shown', async () => {
    const { alert, shown } = setup(DEFAULT_ALERTS, true);
    await expect(alert(true)).resolves.toBeUndefined();
    expect(shown).toEqual(['focusDone']);
  });

  it('the focus\'s end offers Start break and 5 more minutes, and stays when the user chose so; the test does not', async () => {
    const { alert, opts } = setup({ ...DEFAULT_ALERTS, end: { ...DEFAULT_END, sticky: true } });
    await alert(true);
    await alert(false);
    await alert(true, true);
    expect(opts).toEqual([
      { buttons: ['btnStartBreak', 'btnFiveMore'], sticky: true },
      { buttons: undefined, sticky: true },
      { buttons: undefined, sticky: false },
    ]);
  });
});
