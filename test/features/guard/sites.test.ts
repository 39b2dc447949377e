import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkSite, hurts, MAX_SITES, parseSite } from '../../../features/guard/sites';
import { isPublicSuffix } from '../../../features/guard/ui/public-suffix';
import { zohoAccounts } from '../../../app/guard-hosts';

/** What app/ passes in: Zoho's accounts server of each data centre. */
const zoho = zohoAccounts();
const add = (input: string, list: string[] = []) => checkSite(input, list, isPublicSuffix, zoho);

describe('what the block list accepts', () => {
  it('normalises what users type into a domain, and says when a path or query was dropped', () => {
    expect(parseSite(' https://www.YouTube.com/watch?v=1 ')).toEqual({ site: 'youtube.com', widened: true });
    expect(parseSite('weibo.com')).toEqual({ site: 'weibo.com', widened: false });
    expect(parseSite('youtube.com./')).toEqual({ site: 'youtube.com', widened: false });
    expect(parseSite('example.test')).toEqual({ site: 'example.test', widened: false });
    expect(parseSite('bilibili.com:8080')).toEqual({ site: 'bilibili.com', widened: true });
    expect(parseSite('微博.中国')?.site).toBe(domainToASCII('微博.中国')); // punycode, as requestDomains wants
    for (const bad of ['not a site', '', 'localhost', 'com', 'ftp://youtube.com', 'https://x@youtube.com', '127.0.0.1']) expect(parseSite(bad), bad).toBeNull();
  });
  it('a site with a path is added as the whole site', () => {
    expect(add('youtube.com/watch?v=abc&t=30s')).toEqual({ ok: true, site: 'youtube.com', widened: true, list: ['youtube.com'] });
  });
  it('refuses TickTick, Dida365 and their subdomains, and what would cover them', () => {
    expect(add('ticktick.com')).toMatchObject({ ok: false, why: 'ticktick', by: 'ticktick.com' });
    expect(add('https://www.dida365.com/webapp')).toMatchObject({ ok: false, why: 'ticktick', site: 'dida365.com' });
    expect(add('api.ticktick.com')).toMatchObject({ ok: false, why: 'ticktick' });
  });
  it("refuses Zoho's accounts hosts and their parents (the mirror renews its sign-in there), not People itself", () => {
    expect(add('accounts.zoho.com')).toMatchObject({ ok: false, why: 'zoho', by: 'accounts.zoho.com' });
    expect(add('zoho.eu')).toMatchObject({ ok: false, why: 'zoho', by: 'accounts.zoho.eu' });
    expect(add('zohocloud.ca')).toMatchObject({ ok: false, why: 'zoho', by: 'accounts.zohocloud.ca' });
    expect(add('people.zoho.com')).toMatchObject({ ok: true });
    expect(hurts('youtube.com', zoho)).toBeNull();
  });
  it('refuses public suffixes (every site under them), accepts sites under them', () => {
    for (const suffix of ['co.uk', 'com.cn', 'com.au', 'foo.kawasaki.jp']) expect(add(suffix), suffix).toMatchObject({ ok: false, why: 'suffix', site: suffix });
    expect(add('bbc.co.uk')).toMatchObject({ ok: true, site: 'bbc.co.uk' });
    expect(add('zhihu.com.cn')).toMatchObject({ ok: true });
    expect(add('city.kawasaki.jp')).toMatchObject({ ok: true }); // the PSL's exception to *.kawasaki.jp
  });
  it('a site already listed, or under a listed site, is not added twice; a parent replaces its subdomains', () => {
    expect(add('youtube.com', ['youtube.com'])).toMatchObject({ ok: false, why: 'listed' });
    expect(add('m.youtube.com', ['youtube.com'])).toMatchObject({ ok: false, why: 'covered', by: 'youtube.com' });
    expect(add('youtube.com', ['m.youtube.com', 'weibo.com'])).toMatchObject({ ok: true, list: ['weibo.com', 'youtube.com'] });
  });
  it(`holds at most ${MAX_SITES} sites`, () => {
    const full = Array.from({ length: MAX_SITES }, (_, i) => `site${i}.com`);
    expect(add('one-more.com', full)).toMatchObject({ ok: false, why: 'full' });
    expect(add('one-more.com', full.slice(1))).toMatchObject({ ok: true });
  });
});
