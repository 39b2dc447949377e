// The ambient sound's worker part: a view of the focus (plays.ts) handed to the sound port on each
// change of the focus or of the chosen sound; only a change is passed on.
import { browser } from 'wxt/browser';
import type { SoundPort } from '../../browser/sound';
import type { AppState, FocusView } from '../focus/index';
import { ambientFor } from './plays';
import type { AmbientSettings } from './settings';

export interface AmbientPorts {
  settings(): Promise<AmbientSettings>;
  /** The settings item's storage.sync key: a new choice applies at once. */
  settingsKey: string;
  sound: Pick<SoundPort, 'ambient'>;
}

export function startAmbient(p: AmbientPorts) {
  let view: FocusView | null = null;
  let sent: string | null = null;
  let chain: Promise<void> = Promise.resolve();
  const apply = () => {
    chain = chain.then(async () => {
      if (!view) return;
      const want = ambientFor(view, await p.settings());
      const key = JSON.stringify(want);
      if (key === sent) return;
      await p.sound.ambient(want);
      sent = key;
    }).catch((e: unknown) => console.warn('ambient', e));
  };
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && p.settingsKey in changes) apply();
  });
  return {
    follow(_s: AppState, v: FocusView): void {
      view = v;
      apply();
    },
    settled: () => chain,
  };
}
