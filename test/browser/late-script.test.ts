import { afterEach, describe, expect, it, vi } from 'vitest';
import { lateScript } from '../../browser/late-script';

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

  it('Firefox: a <script> in the background page, no install listener', async () => {
    const appended: { src: string }[] = [];
    g.document = {
      createElement: () => ({}),
      head: { append: (el: { src: string; onload(): void }) => (appended.push(el), (g[NAME] = 42), el.onload()) },
    };
    const script = lateScript<number>('/mirror.js', NAME);
    expect(await script.load()).toBe(42);
    expect(appended.map((e) => e.src)).toEqual([expect.stringMatching(/\/mirror\.js$/)]);
  });
});
