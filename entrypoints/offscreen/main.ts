// Chrome's offscreen document: plays the sound the worker asks for, then closes itself when quiet.
// Chrome-only, so it talks to `chrome.*` directly and loads none of the pages' shared code.
type Message = { offscreen?: string; url?: string; volume?: number };
type Runtime = { onMessage: { addListener(f: (m: Message, s: unknown, reply: (r: unknown) => void) => boolean | undefined): void } };

const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
const played: { url: string; volume: number; at: number }[] = [];
let idle: ReturnType<typeof setTimeout> | undefined;

runtime.onMessage.addListener((m, _sender, reply) => {
  if (m?.offscreen === 'status') {
    reply({ played });
    return undefined;
  }
  if (m?.offscreen !== 'play' || !m.url) return undefined;
  const audio = new Audio(m.url);
  audio.volume = Math.min(1, Math.max(0, m.volume ?? 0.7));
  clearTimeout(idle);
  void audio.play().then(() => {
    played.push({ url: m.url!, volume: audio.volume, at: Date.now() });
    audio.addEventListener('ended', () => (idle = setTimeout(() => window.close(), 30_000)));
    reply(true);
  }, (e: unknown) => reply(String(e)));
  return true; // the reply comes after play() settles
});
