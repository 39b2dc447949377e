import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_EXTRAS, stateItem } from '../../../../../features/focus/items';
import type { AppState } from '../../../../../features/focus/state';
import { adoptAfterReply, createPopupState, setPrefs } from '../../../../../features/focus/ui/store/state';
import { focusing, pausedByTickTick } from './world';

beforeEach(() => fakeBrowser.reset());

describe('the popup\'s state (features/focus/ui/store/state.ts)', () => {
  it('each instance starts empty and on its own', () => {
    const a = createPopupState();
    const b = createPopupState();
    a.setState({ pick: { id: 't1', title: 'Write the quarterly report' } });
    expect(b.getState().pick).toBeNull();
    expect(b.getState()).toMatchObject({ app: null, busy: false, draft: null, pendingEnd: null, mode: 'pomo', stale: null, problems: [] });
    expect(b.getState().prefs.pomoDuration).toBe(25); // TickTick's default rhythm until its preferences come
  });

  it('the rhythm shown is TickTick\'s with the user\'s overrides, whichever of the two changes', () => {
    const store = createPopupState();
    setPrefs(store, { extras: { ...DEFAULT_EXTRAS, prefs: { pomoDuration: 30, shortBreakDuration: 6 } } });
    expect([store.getState().prefs.pomoDuration, store.getState().prefs.shortBreakDuration]).toEqual([30, 6]);
    setPrefs(store, { rhythm: { pomoDuration: 50 } });
    expect([store.getState().prefs.pomoDuration, store.getState().prefs.shortBreakDuration]).toEqual([50, 6]);
    setPrefs(store, { extras: { ...DEFAULT_EXTRAS, prefs: { pomoDuration: 35 } } });
    expect([store.getState().prefs.pomoDuration, store.getState().prefs.shortBreakDuration]).toEqual([50, 5]);
  });

  it('a reply is followed by the stored state, never taken as it is', async () => {
    const store = createPopupState();
    const settled: AppState[] = [];
    const adopt = adoptAfterReply(store, (app) => settled.push(app));
    await stateItem.setValue(pausedByTickTick());
    await adopt(focusing()); // an answer older than what is stored now
    expect(store.getState().app).toEqual(pausedByTickTick());
    expect(settled).toEqual([pausedByTickTick()]);
    await adopt(undefined); // no answer: left to the storage watch
    expect(settled).toHaveLength(1);
  });
});
