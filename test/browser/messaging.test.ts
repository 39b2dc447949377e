import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromOwnPage } from '../../browser/messaging';

describe('only our own pages may message the background', () => {
  const own = fakeBrowser.runtime.getURL('/popup.html');
  it('accepts the popup and options pages, also when opened as a tab', () => {
    expect(fromOwnPage({ id: fakeBrowser.runtime.id, url: own })).toBe(true);
    expect(fromOwnPage({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') })).toBe(true);
  });
  it('refuses a content script (web page URL), another extension, and a sender without URL', () => {
    expect(fromOwnPage({ id: fakeBrowser.runtime.id, url: 'https://ticktick.com/webapp/' })).toBe(false);
    expect(fromOwnPage({ id: 'another-extension', url: own })).toBe(false);
    expect(fromOwnPage({ id: fakeBrowser.runtime.id })).toBe(false);
  });
});
