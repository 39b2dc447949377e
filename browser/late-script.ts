// A script of the extension's own, run in the background only when a feature first needs it.
// Chrome's worker has no import() (developer.chrome.com/docs/extensions/develop/concepts/service-workers/basics),
// and after its install may importScripts() only what it imported while installing
// (w3c.github.io/ServiceWorker/#importscripts): so the script runs once at install, which it
// survives by only defining what it exports. Firefox's background is a page: a <script> there.
import { browser } from 'wxt/browser';

type Scope = { importScripts(url: string): void; addEventListener(type: 'install', on: () => void): void };

export interface LateScript<T> {
  /** What the script exports, loading it once (a failed load is tried again next time). */
  load(): Promise<T>;
  /** Logs a failed load, once per worker: each need tries again, but says so only the first time. */
  failed(e: unknown): void;
}

/** Firefox: the script as a <script> in the background page; removed again when it fails. */
export const appendScript = (url: string, path: string) => new Promise<void>((ok, no) => {
  const el = Object.assign(document.createElement('script'), { src: url, onload: () => ok() });
  el.onerror = () => (el.remove(), no(new Error(`${path} failed to load`)));
  document.head.append(el);
});

/**
 * `path` as built (`/zoho-mirror.js`), `name` the global it defines. Call at start-up, before any
 * await: Chrome's install event must find its listener.
 */
export function lateScript<T>(path: string, name: string): LateScript<T> {
  const scope = globalThis as unknown as Scope;
  // `import.meta.env.FIREFOX` is a build-time constant: each build keeps its own way only.
  const chrome = !import.meta.env.FIREFOX;
  const url = browser.runtime.getURL(path as '/');
  const exported = () => (globalThis as Record<string, unknown>)[name] as T | undefined;
  let said = false;
  const failed = (e: unknown) => void (said || ((said = true), console.error(`TickTick Focus: ${path}`, e)));
  // A broken script must not fail the worker's own install: it fails later, when needed, instead.
  if (chrome) scope.addEventListener('install', () => {
    try {
      scope.importScripts(url);
    } catch (e) {
      failed(e);
    }
  });
  let loading: Promise<T> | undefined;
  const run = async (): Promise<T> => {
    if (!exported()) await (chrome ? scope.importScripts(url) : appendScript(url, path));
    const value = exported();
    if (!value) throw new Error(`${path} defined no ${name}`);
    return value;
  };
  return {
    load: () => (loading ??= run().catch((e: unknown) => {
      loading = undefined;
      throw e;
    })),
    failed,
  };
}
