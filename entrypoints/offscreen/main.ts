// Chrome's offscreen document: plays the sound the worker asks for, then closes itself when quiet.
import { browser } from 'wxt/browser';

const played: { url: string; volume: number; at: number }[] = [];
let idle: ReturnType<typeof setTimeout> | undefined;

browser.runtime.onMessage.addListener((msg: unknown) => {
  const m = msg as { offscreen?: string; url?: string; volume?: number };
  if (m?.offscreen === 'status') return Promise.resolve({ played });
  if (m?.offscreen !== 'play' || !m.url) return undefined;
  const audio = new Audio(m.url);
  audio.volume = Math.min(1, Math.max(0, m.volume ?? 0.7));
  clearTimeout(idle);
  return audio.play().then(() => {
    played.push({ url: m.url!, volume: audio.volume, at: Date.now() });
    audio.addEventListener('ended', () => (idle = setTimeout(() => window.close(), 30_000)));
    return true;
  });
});
