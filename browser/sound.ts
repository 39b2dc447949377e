// Plays the end sound. Firefox's background page has Audio; Chrome's worker has not, so an
// offscreen document (reason AUDIO_PLAYBACK) plays it there, created when first needed. Each
// build keeps only its browser's way (`import.meta.env.FIREFOX` is a build-time constant).
import { browser } from 'wxt/browser';

/** Plays one of the shipped sounds (public/sounds/) at a volume 0–1. */
export interface SoundPort {
  play(name: string, volume: number): Promise<void>;
}

type Offscreen = {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
};

export const soundPort: SoundPort = {
  async play(name, volume) {
    const url = browser.runtime.getURL(`/sounds/${name}.wav` as never);
    if (import.meta.env.FIREFOX) {
      const audio = new Audio(url);
      audio.volume = volume;
      await audio.play();
      return;
    }
    // One offscreen document at most: creating a second one fails, and the open one plays.
    await (browser as unknown as { offscreen: Offscreen }).offscreen
      .createDocument({ url: 'offscreen.html', reasons: ['AUDIO_PLAYBACK'], justification: 'Plays the end sound.' })
      .catch(() => undefined);
    await browser.runtime.sendMessage({ offscreen: 'play', url, volume });
  },
};
