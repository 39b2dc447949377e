import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../features/focus/apply-op';
import { deriveView } from '../../../features/focus/focus-view';
import { blockedSites, blockRules, covers, nextRuleChange, type Exceptions } from '../../../features/guard/blocking';
import type { BlockSettings } from '../../../features/guard/settings';
import { at, seedContinue, seedPause, seedReplyPaused, seedStart } from '../../seed';
import { parseRecord } from '../../../features/focus/ticktick/parse';

const PAGE = 'chrome-extension://abc/blocked.html?n=nonce';
const block: BlockSettings = { enabled: true, mode: 'page' };
const sites = ['youtube.com', 'weibo.com'];
const none: Exceptions = { until: {}, day: 'd', count: 0 };
const t = at('2025-11-13T10:11:00.000+0000');
const running = deriveView(applyOps(null, seedStart.opList), t);
const paused = deriveView(parseRecord(structuredClone(seedReplyPaused.current)), t);
const all = () => true;

/** What the browser does with a rule (Chrome's documented semantics): the URL a navigation ends at. */
function navigate(rules: ReturnType<typeof blockRules>, url: string): string | 'blocked' {
  const host = new URL(url).hostname.replace(/\.$/, '');
  const rule = rules.find((r) => r.condition.requestDomains.some((d) => covers(d, host)) && (!r.condition.regexFilter || new RegExp(r.condition.regexFilter).test(url)));
  if (!rule) return url;
  if (rule.action.type === 'block') return 'blocked';
  const m = new RegExp(rule.condition.regexFilter!).exec(url)!;
  return url.replace(m[0], rule.action.redirect.regexSubstitution.replace('\\0', m[0]));
}

describe('the block rules follow the focus state', () => {
  it('a running pomodoro blocks each listed site and its subdomains, top-level navigations only', () => {
    const rules = blockRules(blockedSites(running, block, sites, none, t), all, PAGE);
    expect(rules).toHaveLength(1);
    expect(rules[0]!.condition).toEqual({ regexFilter: '^https?://.*', requestDomains: sites, resourceTypes: ['main_frame'] });
    for (const url of ['https://youtube.com/', 'https://www.youtube.com/watch?v=1', 'http://m.youtube.com:8080/x', 'https://weibo.com', 'https://youtube.com./', 'https://x@youtube.com/']) {
      expect(navigate(rules, url), url).toMatch(/^chrome-extension:/);
    }
    for (const url of ['https://notyoutube.com/', 'https://youtube.com.evil.test/', 'https://example.com/?q=youtube.com']) expect(navigate(rules, url), url).toBe(url);
  });
  it('the original URL comes back whole after the page\'s #: query, +, %-escapes and fragment', () => {
    const rules = blockRules(['youtube.com'], all, PAGE);
    const url = 'https://www.youtube.com/watch?v=abc&t=30s&q=a+b%20c#frag';
    const landed = navigate(rules, url);
    expect(landed).toBe(`${PAGE}#${url}`);
    expect(landed.slice(landed.indexOf('#') + 1)).toBe(url);
  });
  it('paused, on a break, finished or idle: no rules, so the block lifts at once', () => {
    const rec = applyOps(null, [...seedStart.opList, ...seedPause.opList]);
    expect(blockedSites(paused, block, sites, none, t)).toEqual([]);
    expect(blockedSites(deriveView(rec, t), block, sites, none, t)).toEqual([]);
    const brk = { ...applyOps(null, [...seedStart.opList, ...seedContinue.opList])!, status: 2 as const, focusBreak: { startTime: '2025-11-13T10:35:00.000+0000', duration: 5 } };
    expect(blockedSites(deriveView(brk, at('2025-11-13T10:36:00.000+0000')), block, sites, none, t)).toEqual([]);
    expect(blockedSites(deriveView(null, t), block, sites, none, t)).toEqual([]);
    expect(blockRules([], all, PAGE)).toEqual([]);
  });
  it('a running stopwatch blocks; switched off or an empty list blocks nothing', () => {
    const sw = deriveView(applyOps(null, [{ ...seedStart.opList[0]!, oType: 1, duration: 0 }]), t);
    expect(blockedSites(sw, block, sites, none, t)).toEqual(sites);
    expect(blockedSites(running, { ...block, enabled: false }, sites, none, t)).toEqual([]);
    expect(blockedSites(running, block, [], none, t)).toEqual([]);
  });
  it('"Allow 5 minutes" lifts one site until it runs out', () => {
    const ex = { until: { 'youtube.com': t + 5 * 60_000 }, day: 'd', count: 1 };
    expect(blockedSites(running, block, sites, ex, t)).toEqual(['weibo.com']);
    expect(nextRuleChange(ex, t)).toBe(t + 5 * 60_000);
    expect(blockedSites(running, block, sites, ex, t + 5 * 60_000)).toEqual(sites);
    expect(nextRuleChange(ex, t + 5 * 60_000)).toBeNull();
  });
  it('a site without host access, or every site in block mode, gets the browser\'s own block', () => {
    const rules = blockRules(sites, (s) => s === 'weibo.com', PAGE);
    expect(rules.map((r) => [r.action.type, r.condition.requestDomains])).toEqual([['redirect', ['weibo.com']], ['block', ['youtube.com']]]);
    expect(navigate(rules, 'https://m.youtube.com/')).toBe('blocked');
    expect(blockRules(sites, () => false, PAGE)).toEqual([{ id: 2, action: { type: 'block' }, condition: { requestDomains: sites, resourceTypes: ['main_frame'] } }]);
  });
});
