// The web app's Origin and Referer on the extension's own TickTick requests: in 2026 TickTick's
// load balancer began refusing sign-ons without them (docs/ticktick-protocol.md §12), and a fetch
// from an extension otherwise says `Origin: chrome-extension://…`. One declarativeNetRequest rule
// per site, limited to requests this extension makes (Chrome documents `initiatorDomains` with the
// extension's id for that: https://developer.chrome.com/docs/extensions/reference/api/declarativeNetRequest#type-RuleCondition).
import { endpoints, SITES } from './hosts';

/** Rule ids 9001+ (dynamic rules; the guard's session rules are a separate set). */
export const ORIGIN_RULE_IDS = [9001, 9002];

/** `extHost`: the host of the extension's own pages (its id in Chrome, its internal UUID in Firefox). */
export function originRules(extHost: string, base?: string) {
  return (base ? SITES.slice(0, 1) : SITES).map((site, i) => {
    const e = endpoints(site, base);
    const origin = new URL(e.signIn).origin;
    return {
      id: ORIGIN_RULE_IDS[i]!,
      priority: 1,
      condition: { initiatorDomains: [extHost], requestDomains: [...new Set([e.focusOp, e.prefs].map((u) => new URL(u).hostname))], resourceTypes: ['xmlhttprequest'] },
      action: {
        type: 'modifyHeaders',
        requestHeaders: [
          { header: 'Origin', operation: 'set', value: origin },
          { header: 'Referer', operation: 'set', value: `${origin}/webapp/` },
        ],
      },
    };
  });
}
