// What the guard keeps in storage.session: one nonce per browser session, and today's exceptions.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exceptions, saveExceptions, sessionNonce, storedNonce } from '../../../features/guard/session';

const morning = Date.parse('2025-11-13T09:00:00');
beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'], now: morning });
});
afterEach(() => vi.useRealTimers());

describe('the block nonce', () => {
  it('is made on first use and kept for the session; none before', async () => {
    expect(await storedNonce()).toBeUndefined();
    const made = await sessionNonce();
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    expect(await sessionNonce()).toBe(made);
    expect(await storedNonce()).toBe(made);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({ blockNonce: made });
  });
});

describe('the exceptions', () => {
  it("today's are read back; tomorrow they and their count are gone", async () => {
    expect(await exceptions()).toEqual({ until: {}, day: new Date(morning).toDateString(), count: 0 });
    const taken = { until: { 'youtube.com': morning + 300_000 }, day: new Date(morning).toDateString(), count: 2 };
    await saveExceptions(taken);
    expect(await exceptions()).toEqual(taken);
    vi.setSystemTime(morning + 24 * 3600_000);
    expect(await exceptions()).toEqual({ until: {}, day: new Date(morning + 24 * 3600_000).toDateString(), count: 0 });
  });
});
