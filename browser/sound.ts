// Plays the end sound and the ambient sound (browser/noise.ts). Firefox's background page has
// Audio; Chrome's worker has not, so an offscreen document (reason AUDIO_PLAYBACK) plays them
// there, created when first needed. Each build keeps only its browser's way
// (`import.meta.env.FIREFOX` is a build-time constant).
import { browser } from 'wxt/browser';
import { createNoisePlayer, type Noise, type NoisePlayer } from './noise';

export interface SoundPort {
  /** Plays one of the shipped sounds (public/sounds/) at a volume 0–1. */
  play(name: string, volume: number): Promise<void>;
  /** The ambient sound to play now, or none. */
  ambient(a: { name: Noise; volume: number } | null): Promise<void>;
}

type Offscreen = {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
};
type Contexts = { getContexts(f: { contextTypes: string[] }): Promise<unknown[]> };

/** One offscreen document at most: creating a second one fails, and the open one plays. */
const offscreen = () => (browser as unknown as { offscreen: Offscreen }).offscreen
  .createDocument({ url: 'offscreen.html', reasons: ['AUDIO_PLAYBACK'], justification: 'Plays the end sound and the ambient sound.' })
  .catch(() => undefined);

let noise: NoisePlayer | undefined;

export const soundPort: SoundPort = {
  async play(name, volume) {
    const url = browser.runtime.getURL(`/sounds/${name}.wav` as never);
    if (import.meta.env.FIREFOX) {
      const audio = new Audio(url);
      audio.volume = volume;
      await audio.play();
      return;
    }
    await offscreen();
    await browser.runtime.sendMessage({ offscreen: 'play', url, volume });
  },
  async ambient(a) {
    if (import.meta.env.FIREFOX) return (noise ??= createNoisePlayer()).set(a?.name ?? null, a?.volume ?? 0);
    // Nothing to stop when no document plays: none is opened for silence.
    if (a) await offscreen();
    else if (!(await (browser.runtime as unknown as Contexts).getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length) return;
    await browser.runtime.sendMessage({ offscreen: 'ambient', name: a?.name ?? null, volume: a?.volume ?? 0 });
  },
};
