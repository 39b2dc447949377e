import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entrypoint } from 'wxt';
import { inlineStyle, polyfillAsEsm, popupAlone } from '../../scripts/vite-plugins';

const page = (name: string, type: string) => ({ name, type }) as unknown as Entrypoint;

describe('the popup is built on its own (scripts/vite-plugins.ts)', () => {
  it('takes the popup out of the pages\' build into a build of its own; the other pages stay together', () => {
    const worker = page('background', 'background');
    const pages = [page('options', 'options'), page('popup', 'popup'), page('sidepanel', 'sidepanel')];
    const groups: (Entrypoint | Entrypoint[])[] = [pages, worker];
    popupAlone(groups);
    expect(groups.map((g) => (Array.isArray(g) ? g.map((e) => e.name) : g.name))).toEqual([['options', 'sidepanel'], 'background', ['popup']]);
  });

  it('leaves a build without a popup, or a popup already alone, as it is', () => {
    const groups: (Entrypoint | Entrypoint[])[] = [[page('popup', 'popup')], [page('options', 'options'), page('stats', 'unlisted-page')]];
    popupAlone(groups);
    expect(groups.map((g) => (Array.isArray(g) ? g.length : 0))).toEqual([1, 2]);
  });
});

describe('the popup\'s stylesheet goes inline', () => {
  const html = '<head>\n    <link rel="stylesheet" href="/style.css" />\n    <title>TickTick Focus</title>\n  </head>';
  const transform = (h: string) => {
    const plugin = inlineStyle('/style.css');
    plugin.configResolved({ publicDir: `${process.cwd()}/public` });
    return plugin.transformIndexHtml.handler(h);
  };

  it('replaces the <link> by the stylesheet itself, whole', () => {
    const out = transform(html);
    expect(out).not.toContain('<link');
    expect(out).toContain(`<style>${readFileSync('public/style.css', 'utf8')}</style>`);
    expect(out).toContain('<title>TickTick Focus</title>');
  });

  it('fails the build when the page no longer links the sheet (never a popup without its style)', () => {
    expect(() => transform('<head><link rel="stylesheet" href="/pages.css"></head>')).toThrow(/no <link> to \/style\.css/);
  });
});

describe('webextension-polyfill as an ES module', () => {
  const file = createRequire(import.meta.url).resolve('webextension-polyfill');
  const g = globalThis as { browser?: unknown; chrome?: unknown };
  afterEach(() => {
    delete g.browser;
    delete g.chrome;
  });
  const load = async () => {
    const out = polyfillAsEsm.transform(readFileSync(file, 'utf8'), file);
    return (await import(`data:text/javascript,${encodeURIComponent(out!.code)}#${Math.random()}`)).default;
  };

  /** What a page's bundle makes of `wxt/browser` (@wxt-dev/webextension-polyfill/browser). */
  const bundled = async (plugins: unknown[]) => {
    const { rolldown } = await import('rolldown');
    const entry = '\0entry';
    const page = {
      name: 'entry',
      resolveId: (id: string) => (id === entry ? id : undefined),
      load: (id: string) => (id === entry ? 'export { default as browser } from "webextension-polyfill";' : undefined),
    };
    const build = await rolldown({ input: entry, plugins: [...plugins, page] } as never);
    const { output } = await build.generate({ format: 'esm' });
    return (await import(`data:text/javascript,${encodeURIComponent(output[0].code)}#${Math.random()}`)).browser;
  };
  // The browser builds a namespace when it is first read, or its descriptor is (V8's lazy data
  // properties): the proxy notes both.
  const ownBrowser = () => {
    const seen: string[] = [];
    const api = { runtime: { id: 'ext' }, windows: {}, notifications: {}, tabs: {} };
    const note = (k: string | symbol) => {
      if (typeof k === 'string' && k !== 'runtime' && k in api && !seen.includes(k)) seen.push(k);
    };
    const own = new Proxy(api, {
      get: (t, k) => (note(k), Reflect.get(t, k)),
      getOwnPropertyDescriptor: (t, k) => (note(k), Reflect.getOwnPropertyDescriptor(t, k)),
    });
    g.chrome = { runtime: { id: 'ext' } };
    g.browser = own;
    return { own, seen };
  };

  it('a page gets the browser\'s own `browser` without building each of its namespaces on the spot', async () => {
    const { own, seen } = ownBrowser();
    expect(await bundled([polyfillAsEsm])).toBe(own);
    expect(seen).toEqual([]);
  });

  // The control: should the bundler's interop stop reading the export's properties, this fails,
  // and the plugin has nothing left to save.
  it('without it, the bundler\'s CommonJS interop read every namespace as the page started', async () => {
    const { seen } = ownBrowser();
    await bundled([]);
    expect(seen.sort()).toEqual(['notifications', 'tabs', 'windows']);
  });

  it('still wraps `chrome` where there is no `browser`', async () => {
    const get = (_keys: unknown, reply: (v: unknown) => void) => reply({ state: 1 });
    g.chrome = { runtime: { id: 'ext' }, storage: { local: { get } } };
    const wrapped = await load() as { storage: { local: { get(k: string): Promise<unknown> } } };
    await expect(wrapped.storage.local.get('state')).resolves.toEqual({ state: 1 });
  });

  it('touches no other module', () => {
    expect(polyfillAsEsm.transform('export const x = 1;', '/src/app/popup/App.tsx')).toBeUndefined();
  });
});
