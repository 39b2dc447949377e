// What the guard's worker tests share: declarativeNetRequest as Chrome keeps its session rules, the
// seed's running and paused focus, and the guard wired as app/worker.ts wires it.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSites } from '../../../app/block-sites';
import { zohoAccounts } from '../../../app/guard-hosts';
import { DEFAULT_SETTINGS, readSettings, settingsItem } from '../../../app/settings';
import { applyOps } from '../../../features/focus/apply-op';
import { initialState, type AppState } from '../../../features/focus/state';
import type { GuardDeps } from '../../../features/guard/rules';
import { at, seedPause, seedStart } from '../../seed';

export type Rule = { id: number; action: { type: string; redirect?: { regexSubstitution: string } }; condition: { requestDomains: string[] } };

/** declarativeNetRequest's session rules as Chrome keeps them; `refuse(n)` makes the next n updates fail. */
export function fakeDnr() {
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

export const t = at('2025-11-13T10:11:00.000+0000');
export const running: AppState = { ...initialState(), current: applyOps(null, seedStart.opList) };
export const paused: AppState = { ...initialState(), current: applyOps(null, [...seedStart.opList, ...seedPause.opList]) };
export const domains = (rules: Rule[]) => rules.flatMap((r) => r.condition.requestDomains);
/** What app/worker.ts passes. */
export const deps = (): GuardDeps => ({ settings: readSettings, settingsKey: settingsItem.key, sites: readSites, zohoAccounts: zohoAccounts() });

/** Blocking on (our page) for youtube.com and, from a list made before #16, ticktick.com; every host reachable. */
export async function setUp(): Promise<ReturnType<typeof vi.spyOn>> {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'], now: t });
  const event = { addListener: () => undefined, removeListener: () => undefined };
  Object.assign(fakeBrowser, { permissions: { contains: async () => true, onAdded: event, onRemoved: event } });
  await fakeBrowser.storage.sync.set({
    settings: { v: 3, value: { ...DEFAULT_SETTINGS, block: { enabled: true, mode: 'page' } } },
    blockSites: { v: 1, value: ['youtube.com', 'ticktick.com'] },
  });
  return vi.spyOn(console, 'warn').mockImplementation(() => undefined);
}
