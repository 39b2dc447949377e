// A script of the extension's own, run in the background only when a feature first needs it.
// Chrome's worker has no import() (developer.chrome.com/docs/extensions/develop/concepts/service-workers/basics),
// and after its install may importScripts() only what it imported while installing
// (w3c.github.io/ServiceWorker/#importscripts): so the script runs once at install, which it
// survives by only defining what it exports. Firefox's background is a page: a <script> there.
import { browser } from 'wxt/browser';

type Importer = (url: string) => void;
type Scope = { importScripts?: Importer; addEventListener(type: 'install', on: () => void): void };

export interface LateScript<T> {
  /** What the script exports, loading it once (a failed load is tried again next time). */
  load(): Promise<T>;
}

/**
 * `path` as built (`/zoho-mirror.js`), `name` the global it defines. Call at start-up, before any
 * await: Chrome's install event must find its listener.
 */
export function lateScript<T>(path: string, name: string): LateScript<T> {
  const scope = globalThis as unknown as Scope;
  const importer = scope.importScripts?.bind(scope);
  const url = browser.runtime.getURL(path as '/');
  const exported = () => (globalThis as Record<string, unknown>)[name] as T | undefined;
  if (importer) scope.addEventListener('install', () => importer(url));
  let loading: Promise<T> | undefined;
  const run = async (): Promise<T> => {
    if (!exported()) {
      if (importer) importer(url);
      else await new Promise((ok, no) => document.head.append(Object.assign(document.createElement('script'), { src: url, onload: ok, onerror: no })));
    }
    const value = exported();
    if (!value) throw new Error(`${path} defined no ${name}`);
    return value;
  };
  return {
    load: () => (loading ??= run().catch((e: unknown) => {
      loading = undefined;
      throw e;
    })),
  };
}
