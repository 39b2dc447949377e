// The end sound in Chrome's worker: an offscreen document (created when first needed, at most one)
// plays the shipped file at the user's volume.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { soundPort } from '../../browser/sound';

let created: { url: string; reasons: string[] }[];
let heard: unknown[];
beforeEach(() => {
  fakeBrowser.reset();
  created = [];
  heard = [];
  let open = false;
  // Chrome refuses a second offscreen document while one is open (https://developer.chrome.com/docs/extensions/reference/api/offscreen#method-createDocument).
  const offscreen = {
    async createDocument(p: { url: string; reasons: string[] }) {
      if (open) throw new Error('Only a single offscreen document may be created.');
      open = true;
      created.push(p);
    },
  };
  Object.assign(fakeBrowser, { offscreen });
  fakeBrowser.runtime.onMessage.addListener((m: unknown) => void heard.push(m));
});

describe('the end sound (Chrome)', () => {
  it('opens one offscreen document for audio and asks it to play the file at the volume; the next sound reuses it', async () => {
    await soundPort.play('bell', 0.4);
    await soundPort.play('chime', 0.7);
    expect(created).toEqual([expect.objectContaining({ url: 'offscreen.html', reasons: ['AUDIO_PLAYBACK'] })]);
    expect(heard).toEqual([
      { offscreen: 'play', url: fakeBrowser.runtime.getURL('/sounds/bell.wav'), volume: 0.4 },
      { offscreen: 'play', url: fakeBrowser.runtime.getURL('/sounds/chime.wav'), volume: 0.7 },
    ]);
  });
});
