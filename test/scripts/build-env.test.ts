import { afterEach, describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { SANDBOX_VARS, sandboxVarsSet } from '../../scripts/build-env';

type ManifestFn = (env: { mode: string; browser: string; manifestVersion: 2 | 3; command: string }) => Record<string, unknown>;
const manifest = config.manifest as unknown as ManifestFn;
const saved = { ...process.env };
afterEach(() => {
  for (const v of SANDBOX_VARS) delete process.env[v];
  Object.assign(process.env, saved);
});

describe('a production build never carries the sandbox', () => {
  it('names each sandbox variable that is set', () => {
    expect(sandboxVarsSet({ WXT_TEST_HOSTS: '*://example.test/*', WXT_ZOHO_CLIENT_ID: '1000.X' })).toEqual(['WXT_TEST_HOSTS']);
  });
  it('refuses production with WXT_TICKTICK_BASE_URL (from the shell or a .env file WXT loaded), allows sandbox and e2e modes', () => {
    process.env.WXT_TICKTICK_BASE_URL = 'http://127.0.0.1:8787';
    expect(() => manifest({ mode: 'production', browser: 'chrome', manifestVersion: 3, command: 'build' })).toThrow(/WXT_TICKTICK_BASE_URL set for a production build/);
    const sandbox = manifest({ mode: 'sandbox', browser: 'chrome', manifestVersion: 3, command: 'build' });
    expect(sandbox.host_permissions).toEqual(['http://127.0.0.1/*']);
  });
  it('a production build asks for the four TickTick and Dida365 hosts only, and names its minimum browsers', () => {
    const chrome = manifest({ mode: 'production', browser: 'chrome', manifestVersion: 3, command: 'build' });
    expect(chrome.host_permissions).toEqual(['https://ms.ticktick.com/*', 'https://api.ticktick.com/*', 'https://ms.dida365.com/*', 'https://api.dida365.com/*']);
    expect(chrome.minimum_chrome_version).toBe('144');
    const firefox = manifest({ mode: 'production', browser: 'firefox', manifestVersion: 2, command: 'build' });
    expect(firefox).toMatchObject({ browser_specific_settings: { gecko: { strict_min_version: '128.0' } } });
  });
});
