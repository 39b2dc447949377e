// The guard's worker part: its alarm lifts a block a refused update left behind; "Allow 5 minutes"
// only for our page (the session's nonce) and a listed site.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startGuard } from '../../../features/guard/worker';
import { deps, domains, fakeDnr, paused, running, setUp } from './fake-guard';

let warn: Awaited<ReturnType<typeof setUp>>;
beforeEach(async () => {
  warn = await setUp();
});
afterEach(() => {
  vi.useRealTimers();
  warn.mockRestore();
});

describe('the guard alarm', () => {
  it('a refused lift (the focus paused) does not leave the block behind: the guard alarm lifts it', async () => {
    const dnr = fakeDnr();
    const guard = startGuard(deps());
    guard.follow(running);
    await guard.settled();
    expect(domains(dnr.rules())).toEqual(['youtube.com']);
    dnr.refuse(1);
    guard.follow(paused);
    await guard.settled();
    expect(domains(dnr.rules())).toEqual(['youtube.com']); // the browser still holds them
    await fakeBrowser.storage.local.set({ state: { v: 1, value: paused } });
    guard.onAlarm('poll'); // another alarm changes nothing
    await guard.settled();
    expect(domains(dnr.rules())).toEqual(['youtube.com']);
    guard.onAlarm('blockExpire');
    await guard.settled();
    expect(dnr.rules()).toEqual([]);
  });
});

describe('"Allow 5 minutes"', () => {
  it('only with this session\'s nonce and for a listed site; then that site is let through', async () => {
    const dnr = fakeDnr();
    const guard = startGuard(deps());
    await fakeBrowser.storage.local.set({ state: { v: 1, value: running } });
    guard.follow(running);
    await guard.settled();
    const nonce = /\?n=([^#]+)#/.exec(dnr.rules()[0]!.action.redirect!.regexSubstitution)![1]!;
    await expect(guard.handlers.allowSite({ host: 'm.youtube.com', nonce: 'guessed' })).rejects.toThrow();
    await expect(guard.handlers.allowSite({ host: 'evil.example', nonce })).rejects.toThrow();
    await expect(guard.handlers.allowSite({ host: 'ticktick.com', nonce })).rejects.toThrow();
    expect(domains(dnr.rules())).toEqual(['youtube.com']);
    expect(await guard.handlers.allowSite({ host: 'm.youtube.com', nonce })).toEqual({ count: 1 });
    expect(dnr.rules()).toEqual([]);
  });
});
