import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendScript, lateScript } from '../../browser/late-script';

const g = globalThis as Record<string, unknown>;
const NAME = '__testMirror';

/** A Chrome worker's scope: importScripts runs the script (which defines NAME), install listeners kept. */
function chromeWorker() {
  const installs: (() => void)[] = [];
  const imported: string[] = [];
  const faults = { fail: false };
  Object.assign(g, {
    importScripts: vi.fn((url: string) => {
      imported.push(url);
      if (faults.fail) throw new Error('NetworkError: not installed');
      g[NAME] = () => 'mirror';
    }),
    addEventListener: (type: string, on: () => void) => type === 'install' && installs.push(on),
  });
  return { installs, imported, faults };
}

describe('a script loaded when first needed', () => {
  afterEach(() => {
    for (const k of [NAME, 'importScripts', 'addEventListener', 'document']) delete g[k];
  });

  it('Chrome: imported at install (so a later worker may import it), then once on first need in each new worker', async () => {
    const { installs, imported } = chromeWorker();
    const first = lateScript<() => string>('/mirror.js', NAME);
    expect(imported).toEqual([]);
    installs.forEach((on) => on());
    expect(imported).toHaveLength(1);
    expect(imported[0]).toMatch(/\/mirror\.js$/);
    expect((await first.load())()).toBe('mirror');
    expect(imported).toHaveLength(1); // defined at install: not run twice

    delete g[NAME]; // a worker started later: nothing runs until asked
    const later = lateScript<() => string>('/mirror.js', NAME);
    expect(imported).toHaveLength(1);
    const [a, b] = await Promise.all([later.load(), later.load()]);
    expect(a).toBe(b);
    expect(imported).toHaveLength(2); // once for both
  });

  it('a failed load rejects with the reason and is tried again on the next need', async () => {
    const { imported, faults } = chromeWorker();
    faults.fail = true;
    const script = lateScript('/mirror.js', NAME);
    await expect(script.load()).rejects.toThrow(/not installed/);
    faults.fail = false;
    await expect(script.load()).resolves.toBeTypeOf('function');
    expect(imported).toHaveLength(2);
  });

  it('a script that defines nothing is an error that names it', async () => {
    Object.assign(g, { importScripts: () => undefined, addEventListener: () => undefined });
    await expect(lateScript('/mirror.js', NAME).load()).rejects.toThrow('/mirror.js defined no __testMirror');
  });

  it('Firefox: a <script> in the background page; one that fails is removed and named', async () => {
    const head: { src: string; onload(): void; onerror(): void; remove(): void }[] = [];
    let fail = true;
    g.document = {
      createElement: () => ({ remove() { head.splice(head.indexOf(this as never), 1); } }),
      head: {
        append: (el: (typeof head)[number]) => {
          head.push(el);
          queueMicrotask(() => (fail ? el.onerror() : ((g[NAME] = 42), el.onload())));
        },
      },
    };
    await expect(appendScript('moz-extension://x/mirror.js', '/mirror.js')).rejects.toThrow('/mirror.js failed to load');
    expect(head).toEqual([]);
    fail = false;
    await appendScript('moz-extension://x/mirror.js', '/mirror.js');
    expect(g[NAME]).toBe(42);
    expect(head.map((e) => e.src)).toEqual([expect.stringMatching(/\/mirror\.js$/)]);
  });

  it('a failure is logged once per worker, however often the script is needed', () => {
    chromeWorker();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const script = lateScript('/mirror.js', NAME);
    script.failed(new Error('one'));
    script.failed(new Error('two'));
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it('Chrome: a script that throws at install does not fail the install', () => {
    const { installs, faults } = chromeWorker();
    faults.fail = true;
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    lateScript('/mirror.js', NAME);
    expect(() => installs.forEach((on) => on())).not.toThrow();
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });
});
