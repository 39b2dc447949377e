import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { moveHost } from '../../../../features/zoho/ui/host-permission';

afterEach(() => vi.restoreAllMocks());

function permissions(grant: boolean) {
  const asked: string[][] = [];
  const removed: string[][] = [];
  vi.spyOn(browser.permissions, 'request').mockImplementation(async (p) => (asked.push(p.origins ?? []), grant));
  vi.spyOn(browser.permissions, 'remove').mockImplementation(async (p) => (removed.push(p.origins ?? []), true));
  return { asked, removed };
}

describe('moving the mirror to another Zoho data centre', () => {
  it('asks for the new People host first, then gives the old one back', async () => {
    const p = permissions(true);
    expect(await moveHost('com', 'eu')).toBe(true);
    expect(p.asked).toEqual([['https://people.zoho.eu/*']]);
    expect(p.removed).toEqual([['https://people.zoho.com/*']]);
  });
  it('declined: nothing is given back, and the move is refused', async () => {
    const p = permissions(false);
    expect(await moveHost('com', 'in')).toBe(false);
    expect(p.removed).toEqual([]);
  });
  it('the same host: nothing asked', async () => {
    const p = permissions(true);
    expect(await moveHost('eu', 'eu')).toBe(true);
    expect(p.asked).toEqual([]);
  });
});
