import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../core/focus/apply-op';
import { deriveView } from '../../../core/focus/focus-view';
import { blockRules, nextRuleChange, normalizeSite, type Exceptions } from '../../../core/guard/blocking';
import { at, seedContinue, seedPause, seedReplyPaused, seedStart } from '../../seed';
import { parseRecord } from '../../../core/ticktick/parse';

const PAGE = 'chrome-extension://abc/blocked.html';
const block = { enabled: true, sites: ['youtube.com', 'weibo.com'] };
const none: Exceptions = { until: {}, day: 'd', count: 0 };
const t = at('2025-11-13T10:11:00.000+0000');
const running = deriveView(applyOps(null, seedStart.opList), t);
const paused = deriveView(parseRecord(structuredClone(seedReplyPaused.current)), t);
const match = (rules: ReturnType<typeof blockRules>, url: string) => rules.some((r) => new RegExp(r.condition.regexFilter).test(url));

describe('the block rules follow the focus state', () => {
  it('a running pomodoro blocks each listed site and its subdomains, top-level navigations only', () => {
    const rules = blockRules(running, block, none, t, PAGE);
    expect(rules).toHaveLength(2);
    expect(rules.every((r) => r.condition.resourceTypes.join() === 'main_frame')).toBe(true);
    for (const url of ['https://youtube.com/', 'https://www.youtube.com/watch?v=1', 'http://m.youtube.com:8080/x', 'https://weibo.com']) expect(match(rules, url), url).toBe(true);
    for (const url of ['https://notyoutube.com/', 'https://youtube.com.evil.test/', 'https://example.com/?q=youtube.com']) expect(match(rules, url), url).toBe(false);
    expect(rules[0]!.action.redirect.regexSubstitution).toBe(`${PAGE}?site=youtube.com&url=\\0`);
  });
  it('paused, on a break, finished or idle: no rules, so the block lifts at once', () => {
    const rec = applyOps(null, [...seedStart.opList, ...seedPause.opList]);
    expect(blockRules(paused, block, none, t, PAGE)).toEqual([]);
    expect(blockRules(deriveView(rec, t), block, none, t, PAGE)).toEqual([]);
    const brk = { ...applyOps(null, [...seedStart.opList, ...seedContinue.opList])!, status: 2 as const, focusBreak: { startTime: '2025-11-13T10:35:00.000+0000', duration: 5 } };
    expect(blockRules(deriveView(brk, at('2025-11-13T10:36:00.000+0000')), block, none, t, PAGE)).toEqual([]);
    expect(blockRules(deriveView(null, t), block, none, t, PAGE)).toEqual([]);
  });
  it('a running stopwatch blocks; switched off or an empty list blocks nothing', () => {
    const sw = deriveView(applyOps(null, [{ ...seedStart.opList[0]!, oType: 1, duration: 0 }]), t);
    expect(blockRules(sw, block, none, t, PAGE)).toHaveLength(2);
    expect(blockRules(running, { ...block, enabled: false }, none, t, PAGE)).toEqual([]);
    expect(blockRules(running, { enabled: true, sites: [] }, none, t, PAGE)).toEqual([]);
  });
  it('"Allow 5 minutes" lifts one site until it runs out', () => {
    const ex = { until: { 'youtube.com': t + 5 * 60_000 }, day: 'd', count: 1 };
    expect(blockRules(running, block, ex, t, PAGE).map((r) => r.condition.regexFilter)).toEqual([expect.stringContaining('weibo')]);
    expect(nextRuleChange(ex, t)).toBe(t + 5 * 60_000);
    expect(blockRules(running, block, ex, t + 5 * 60_000, PAGE)).toHaveLength(2);
    expect(nextRuleChange(ex, t + 5 * 60_000)).toBeNull();
  });
  it('normalises what users type into a domain', () => {
    expect(normalizeSite(' https://www.YouTube.com/watch?v=1 ')).toBe('youtube.com');
    expect(normalizeSite('weibo.com')).toBe('weibo.com');
    expect(normalizeSite('example.test')).toBe('example.test');
    expect(normalizeSite('not a site')).toBeNull();
    expect(normalizeSite('')).toBeNull();
  });
});
