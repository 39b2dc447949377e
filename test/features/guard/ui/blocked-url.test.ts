import { describe, expect, it } from 'vitest';
import { hostOf, siteFor, targetOf } from '../../../../features/guard/ui/blocked-url';

describe('what the blocked page reads from its address', () => {
  it('the original URL is everything after the first #, its own fragment included', () => {
    const url = 'https://www.youtube.com/watch?v=abc&t=30s&q=a+b#t=1';
    expect(targetOf(`chrome-extension://id/blocked.html?n=x#${url}`)).toBe(url);
    expect(targetOf('chrome-extension://id/blocked.html?n=x')).toBe('');
  });
  it('the host as the rule matched it: no trailing dot, no user info, http(s) only', () => {
    expect(hostOf('https://youtube.com./x')).toBe('youtube.com');
    expect(hostOf('https://x@m.youtube.com/')).toBe('m.youtube.com');
    expect(hostOf('javascript:alert(1)')).toBeNull();
    expect(hostOf('not a url')).toBeNull();
  });
  it('the most specific listed site that covers the host', () => {
    expect(siteFor('m.youtube.com', ['youtube.com', 'm.youtube.com', 'weibo.com'])).toBe('m.youtube.com');
    expect(siteFor('www.youtube.com', ['youtube.com'])).toBe('youtube.com');
    expect(siteFor('notyoutube.com', ['youtube.com'])).toBeNull();
  });
});
