// The store listings (store/en.md, store/zh_CN.md) against what they describe: the manifest's
// name and short description in each language, within the stores' limits, and a justification
// for every permission the Chrome and Firefox manifests ask for (wxt.config.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, type Block } from '../../app/privacy/markdown';
import config from '../../wxt.config';

type Manifest = { permissions: string[]; host_permissions: string[]; optional_host_permissions?: string[]; optional_permissions?: string[] };
const manifestOf = (browser: 'chrome' | 'firefox') =>
  (config.manifest as (env: object) => Manifest)({ browser, manifestVersion: browser === 'chrome' ? 3 : 2, mode: 'production' });

const text = (b: Block) => (b.kind === 'ul' ? b.items.flat() : b.inline).map((i) => i.text).join('');

/** Each heading's text → the text of the blocks under it (up to the next heading). */
function sections(file: string): Map<string, string> {
  const out = new Map<string, string>();
  let current = '';
  for (const b of parseMarkdown(readFileSync(file, 'utf8'))) {
    if (b.kind === 'h') out.set((current = text(b)), '');
    else out.set(current, `${out.get(current)}${out.get(current) ? '\n' : ''}${text(b)}`);
  }
  return out;
}

describe.each([['en', 'store/en.md'], ['zh_CN', 'store/zh_CN.md']])('the %s listing', (locale, file) => {
  const listing = sections(file);
  const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>;

  it('names the extension and describes it in short as its manifest does, within the stores\' limits', () => {
    expect(listing.get('Name')).toBe(messages.extName!.message);
    expect(listing.get('Short description')).toBe(messages.extDescription!.message);
    expect(listing.get('Name')!.length).toBeLessThanOrEqual(45); // Chrome Web Store: 45 characters shown
    expect(listing.get('Short description')!.length).toBeLessThanOrEqual(132); // the manifest's description: 132
    expect(listing.get('Long description')!.length).toBeGreaterThan(400);
  });

  it('justifies every permission of the Chrome and the Firefox manifest, host access included', () => {
    const asked = new Set([...manifestOf('chrome').permissions, ...manifestOf('firefox').permissions]);
    expect(asked.size).toBeGreaterThan(6);
    for (const p of [...asked, 'Single purpose', 'Host permissions', 'Optional host permissions', 'Remote code', 'Data usage']) {
      expect(listing.get(p)?.length ?? 0, p).toBeGreaterThan(20);
    }
    for (const host of manifestOf('chrome').host_permissions) expect(listing.get('Host permissions')).toContain(new URL(host.replace('*', 'x')).host);
  });

  it('says where the privacy policy is', () => {
    expect(listing.get('Privacy policy')).toContain('PRIVACY');
    expect(listing.get('Privacy policy')).toContain('privacy.html');
  });
});
