// Chrome's offscreen document: plays the end sound and the ambient sound the worker asks for, then
// closes itself when quiet. Chrome-only, so it talks to `chrome.*` directly and loads none of the
// pages' shared code (browser/noise.ts is plain Web Audio).
import { createNoisePlayer, type Noise } from '../../browser/noise';

type Message = { offscreen?: string; url?: string; volume?: number; name?: Noise | null };
type Runtime = { onMessage: { addListener(f: (m: Message, s: unknown, reply: (r: unknown) => void) => boolean | undefined): void } };

const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
const played: { url: string; volume: number; at: number }[] = [];
const noise = createNoisePlayer();
let idle: ReturnType<typeof setTimeout> | undefined;

/** Closed 30 s after the last sound, unless the ambient sound plays. */
const closeWhenQuiet = () => {
  clearTimeout(idle);
  if (!noise.state().name) idle = setTimeout(() => window.close(), 30_000);
};

runtime.onMessage.addListener((m, _sender, reply) => {
  if (m?.offscreen === 'status') {
    reply({ played, ambient: noise.state() });
    return undefined;
  }
  if (m?.offscreen === 'ambient') {
    clearTimeout(idle);
    void noise.set(m.name ?? null, m.volume ?? 0).then(() => reply(true), (e: unknown) => reply(String(e))).finally(closeWhenQuiet);
    return true;
  }
  if (m?.offscreen !== 'play' || !m.url) return undefined;
  const audio = new Audio(m.url);
  audio.volume = Math.min(1, Math.max(0, m.volume ?? 0.7));
  clearTimeout(idle);
  void audio.play().then(() => {
    played.push({ url: m.url!, volume: audio.volume, at: Date.now() });
    audio.addEventListener('ended', closeWhenQuiet);
    reply(true);
  }, (e: unknown) => reply(String(e)));
  return true; // the reply comes after play() settles
});
