import { describe, expect, it } from 'vitest';
import { originRules } from '../../../../features/focus/ticktick/web-origin';

describe('the web app\'s Origin and Referer on our own TickTick requests', () => {
  it('one rule per site: ms.* and api.* get https://ticktick.com (or dida365.com) and /webapp/, only from the extension', () => {
    const [tt, dida] = originRules('abcdefghijklmnopabcdefghijklmnop');
    expect(tt!.condition).toEqual({ initiatorDomains: ['abcdefghijklmnopabcdefghijklmnop'], requestDomains: ['ms.ticktick.com', 'api.ticktick.com'], resourceTypes: ['xmlhttprequest'] });
    expect(tt!.action.requestHeaders).toEqual([
      { header: 'Origin', operation: 'set', value: 'https://ticktick.com' },
      { header: 'Referer', operation: 'set', value: 'https://ticktick.com/webapp/' },
    ]);
    expect(dida!.condition.requestDomains).toEqual(['ms.dida365.com', 'api.dida365.com']);
    expect(dida!.action.requestHeaders[0]!.value).toBe('https://dida365.com');
  });
  it('a sandbox build: the base URL\'s origin, one rule', () => {
    const rules = originRules('uuid-of-firefox', 'http://127.0.0.1:8787');
    expect(rules).toHaveLength(1);
    expect(rules[0]!.condition.requestDomains).toEqual(['127.0.0.1']);
    expect(rules[0]!.action.requestHeaders.map((h) => h.value)).toEqual(['http://127.0.0.1:8787', 'http://127.0.0.1:8787/webapp/']);
  });
});
