// The web app's Origin and Referer on the extension's own TickTick requests: in 2026 TickTick's
// load balancer began refusing sign-ons without them (docs/ticktick-protocol.md §12), and a fetch
// from an extension otherwise says `Origin: chrome-extension://…`. One declarativeNetRequest rule
// per site, limited to requests this extension makes (Chrome documents `initiatorDomains` with the
// extension's id for that: https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest#type-RuleCondition).
import { SITES } from './hosts';

/** Rule ids 9001+ (dynamic rules; the guard's session rules are a separate set). */
export const ORIGIN_RULE_IDS = [9001, 9002];

const DOMAIN = { ticktick: 'ticktick.com', dida365: 'dida365.com' } as const;

/** `extHost`: the host of the extension's own pages (its id in Chrome, its internal UUID in Firefox). */
export function originRules(extHost: string, base?: string) {
  const sites = base
    ? [{ origin: new URL(base).origin, domains: [new URL(base).hostname] }]
    : SITES.map((s) => ({ origin: `https://${DOMAIN[s]}`, domains: [`ms.${DOMAIN[s]}`, `api.${DOMAIN[s]}`] }));
  return sites.map(({ origin, domains }, i) => ({
    id: ORIGIN_RULE_IDS[i]!,
    priority: 1,
    condition: { initiatorDomains: [extHost], requestDomains: domains, resourceTypes: ['xmlhttprequest'] },
    action: {
      type: 'modifyHeaders',
      requestHeaders: [
        { header: 'Origin', operation: 'set', value: origin },
        { header: 'Referer', operation: 'set', value: `${origin}/webapp/` },
      ],
    },
  }));
}
