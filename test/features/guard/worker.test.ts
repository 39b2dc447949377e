// The worker's rule updates heal: a refused updateSessionRules is logged, nothing counts as applied,
// and the next state change or the guard's alarm sets the rules again. "Allow 5 minutes" only for
// our page (the session's nonce) and a listed site.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyOps } from '../../../features/focus/apply-op';
import { initialState, type AppState } from '../../../features/focus/state';
import { DEFAULT_SETTINGS } from '../../../app/settings';
import { startGuard } from '../../../features/guard/worker';
import { at, seedPause, seedStart } from '../../seed';

type Rule = { id: number; action: { type: string; redirect?: { regexSubstitution: string } }; condition: { requestDomains: string[] } };

/** declarativeNetRequest's session rules as Chrome keeps them; `refuse(n)` makes the next n updates fail. */
function fakeDnr() {
  let rules: Rule[] = [];
  let failures = 0;
  const api = {
    getSessionRules: async () => structuredClone(rules),
    async updateSessionRules({ removeRuleIds, addRules }: { removeRuleIds: number[]; addRules: Rule[] }) {
      if (failures > 0 && failures--) throw new Error('Internal error while updating rules.');
      rules = [...rules.filter((r) => !removeRuleIds.includes(r.id)), ...structuredClone(addRules)];
    },
  };
  Object.assign(fakeBrowser, { declarativeNetRequest: api });
  return { rules: () => rules, refuse: (n: number) => void (failures = n) };
}

const t = at('2025-11-13T10:11:00.000+0000');
const running: AppState = { ...initialState(), current: applyOps(null, seedStart.opList) };
const paused: AppState = { ...initialState(), current: applyOps(null, [...seedStart.opList, ...seedPause.opList]) };
const domains = (rules: Rule[]) => rules.flatMap((r) => r.condition.requestDomains);
let warn: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'], now: t });
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const event = { addListener: () => undefined, removeListener: () => undefined };
  Object.assign(fakeBrowser, { permissions: { contains: async () => true, onAdded: event, onRemoved: event } });
  await fakeBrowser.storage.sync.set({
    settings: { v: 3, value: { ...DEFAULT_SETTINGS, block: { enabled: true, mode: 'page' } } },
    blockSites: { v: 1, value: ['youtube.com', 'ticktick.com'] },
  });
});
afterEach(() => {
  vi.useRealTimers();
  warn.mockRestore();
});

describe('rules that heal', () => {
  it('a refused update is logged, and the next state change applies the rules', async () => {
    const dnr = fakeDnr();
    dnr.refuse(1);
    const guard = startGuard();
    guard.follow(running);
    await guard.settled();
    expect(dnr.rules()).toEqual([]);
    expect(warn).toHaveBeenCalledOnce();
    expect((await fakeBrowser.alarms.get('blockExpire'))?.scheduledTime).toBe(t + 30_000); // the retry
    guard.follow(running);
    await guard.settled();
    // A list from before #16 may hold ticktick.com: never blocked (the sign-in page).
    expect(domains(dnr.rules())).toEqual(['youtube.com']);
    expect(dnr.rules()[0]!.action.redirect!.regexSubstitution).toMatch(/^chrome-extension:\/\/[^/]+\/blocked\.html\?n=[0-9a-f-]{36}#\\0$/);
  });
  it('a refused lift (the focus paused) does not leave the block behind: the guard alarm lifts it', async () => {
    const dnr = fakeDnr();
    const guard = startGuard();
    guard.follow(running);
    await guard.settled();
    expect(domains(dnr.rules())).toEqual(['youtube.com']);
    dnr.refuse(1);
    guard.follow(paused);
    await guard.settled();
    expect(domains(dnr.rules())).toEqual(['youtube.com']); // the browser still holds them
    await fakeBrowser.storage.local.set({ state: { v: 1, value: paused } });
    guard.onAlarm('blockExpire');
    await guard.settled();
    expect(dnr.rules()).toEqual([]);
  });
  it('a site without host access is still blocked, by the browser', async () => {
    const dnr = fakeDnr();
    Object.assign(fakeBrowser.permissions, { contains: async () => false });
    const guard = startGuard();
    guard.follow(running);
    await guard.settled();
    expect(dnr.rules().map((r) => r.action.type)).toEqual(['block']);
  });
});

describe('"Allow 5 minutes"', () => {
  it('only with this session\'s nonce and for a listed site; then that site is let through', async () => {
    const dnr = fakeDnr();
    const guard = startGuard();
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
