// The welcome page opens once, on a fresh install only (issue #17): not on an update, a browser
// update, or the `install` an unpacked extension gets again at each browser start.
import { describe, expect, it } from 'vitest';
import { welcomeOnInstall, type WelcomePorts } from '../../../app/welcome/open';
import type { Item } from '../../../browser/storage';

function fakes() {
  let stored = 0;
  const opened: string[] = [];
  const item = { getValue: async () => stored, setValue: async (v: number) => void (stored = v) } as Item<number>;
  const ports: WelcomePorts = { item, open: async (url) => opened.push(url), now: () => 1_796_000_000_000 };
  return { ports, opened, stored: () => stored };
}

describe('welcomeOnInstall', () => {
  it('a fresh install opens the welcome page and marks it shown', async () => {
    const f = fakes();
    expect(await welcomeOnInstall('install', f.ports)).toBe(true);
    expect(f.opened).toEqual([expect.stringMatching(/\/welcome\.html$/)]);
    expect(f.stored()).toBe(1_796_000_000_000);
  });

  it('the same profile started again (install once more) opens nothing', async () => {
    const f = fakes();
    await welcomeOnInstall('install', f.ports);
    expect(await welcomeOnInstall('install', f.ports)).toBe(false);
    expect(f.opened).toHaveLength(1);
  });

  it('an update of the extension or of the browser opens nothing, then or at a later start', async () => {
    for (const reason of ['update', 'chrome_update', 'shared_module_update']) {
      const f = fakes();
      expect(await welcomeOnInstall(reason, f.ports)).toBe(false);
      expect(await welcomeOnInstall('install', f.ports)).toBe(false); // an unpacked copy's next browser start
      expect(f.opened).toEqual([]);
    }
  });
});
