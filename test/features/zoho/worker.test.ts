import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_ZOHO, initialZoho, type ZohoSettings } from '../../../features/zoho/state';
import { zohoItem } from '../../../features/zoho/item';
import { initialState, type AppState } from '../../../features/focus/state';
import { deriveView } from '../../../features/focus/index';
import type { Want } from '../../../features/zoho/mirror';
import { applyOps } from '../../../features/focus/apply-op';
import { at, seedStart } from '../../seed';

// The mirror's own script, as the worker would load it: a recorded fake (its own tests: service.test.ts).
const script = vi.hoisted(() => ({ made: 0, wants: [] as unknown[], resumed: 0, slow: null as Promise<void> | null }));
vi.mock('../../../browser/late-script', () => ({
  lateScript: () => ({
    failed: () => undefined,
    async load() {
      if (script.slow) await script.slow;
      return () => {
        script.made++;
        return {
          follow: async (want: Want) => void script.wants.push(want.running),
          resume: async () => void script.resumed++,
          settled: async () => undefined,
          handlers: { zohoDismiss: async () => 'dismissed' },
        };
      };
    },
  }),
}));
const { startZohoMirror } = await import('../../../features/zoho/worker');

// The seed's start, a minute in: TickTick's state, and the view the engine derived of it.
const T1 = at(seedStart.opList[0]!.time) + 60_000;
const running = (): AppState => ({ ...initialState(), current: applyOps(null, seedStart.opList) });
const viewOf = (s: AppState) => deriveView(s.current, T1);

function start(settings: Partial<ZohoSettings> = {}) {
  const zoho = { ...DEFAULT_ZOHO, ...settings };
  return startZohoMirror({ settings: async () => zoho, settingsKey: 'settings' });
}
const followed = async (m: ReturnType<typeof start>, s: AppState) => (m.follow(s, viewOf(s)), m.settled());

describe('the Zoho mirror in the worker, loaded when it has work', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    Object.assign(script, { made: 0, wants: [], resumed: 0, slow: null });
  });

  it('off, with nothing queued and no timer of ours running: a focus, a wake and its alarm load nothing', async () => {
    const m = start();
    await followed(m, running());
    m.wake();
    m.onAlarm('zohoRetry');
    await m.settled();
    expect(script.made).toBe(0);
  });

  it('turned off during a focus: the timer still running in Zoho is followed (and stopped) by the mirror', async () => {
    await zohoItem.setValue({ ...initialZoho(), log: { sid: 's1', key: 'k', workDate: '2026-12-03', running: true, note: '' } });
    const m = start();
    await followed(m, initialState());
    expect(script.made).toBe(1);
    expect(script.wants).toEqual([false]);
  });

  it('on: TickTick\'s states reach the mirror in the order they came, even while its script loads', async () => {
    let loaded!: () => void;
    script.slow = new Promise((ok) => (loaded = ok));
    const m = start({ enabled: true });
    m.follow(running(), viewOf(running()));
    m.follow(initialState(), viewOf(initialState()));
    loaded();
    await m.settled();
    expect(script.wants).toEqual([true, false]);
    expect(script.made).toBe(1);
    m.onAlarm('zohoRetry');
    m.onAlarm('poll'); // TickTick's alarm is not the mirror's
    await m.settled();
    expect(script.resumed).toBe(1);
  });

  it('off, with a call left in the queue: its retry alarm loads the mirror, which sends it', async () => {
    await zohoItem.setValue({ ...initialZoho(), queue: [{ id: 'c1', key: 'k', kind: 'stop' }] });
    const m = start();
    m.onAlarm('zohoRetry');
    await m.settled();
    expect([script.made, script.resumed]).toEqual([1, 1]);
  });

  it('one mirror per worker, however many needs come while its script loads', async () => {
    let loaded!: () => void;
    script.slow = new Promise((ok) => (loaded = ok));
    const m = start({ enabled: true });
    m.wake();
    const answers = [m.handlers.zohoDismiss(undefined as never), m.handlers.zohoDismiss(undefined as never)];
    loaded();
    expect(await Promise.all(answers)).toEqual(['dismissed', 'dismissed']);
    await m.settled();
    expect([script.made, script.resumed]).toEqual([1, 1]);
  });

  it('a page\'s message loads the mirror to answer it, on or off', async () => {
    const m = start();
    expect(await m.handlers.zohoDismiss(undefined as never)).toBe('dismissed');
    expect(script.made).toBe(1);
  });
});
