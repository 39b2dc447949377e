import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { hostPermissions } from './features/focus/ticktick/hosts';
import { optionalZohoHosts, zohoHosts as zohoHostsOf } from './features/zoho/hosts';
import { sandboxVarsSet } from './scripts/build-env';
import { inlineStyle, PAGES_SHARED, polyfillAsEsm, popupAlone, smallPreloadHelper, terserAfter } from './scripts/vite-plugins';

const zohoHosts_ = (base: string) => zohoHostsOf('com', base).origin;

/**
 * Read when the manifest is made, after WXT has loaded the `.env*` files into process.env: a
 * variable from a forgotten `.env.local` counts as much as one on the command line.
 */
function buildEnv(mode: string) {
  const set = sandboxVarsSet(process.env);
  if (mode === 'production' && set.length) {
    throw new Error(`${set.join(', ')} set for a production build (environment or a .env file): build with --mode sandbox or e2e, or unset it`);
  }
  // WXT_TICKTICK_BASE_URL (e.g. http://127.0.0.1:8787) points every TickTick request at one origin:
  // the sandbox and the e2e tests use it. Production builds name only the TickTick and Dida365 hosts.
  const baseUrl = process.env.WXT_TICKTICK_BASE_URL || undefined;
  // WXT_ZOHO_BASE_URL does the same for Zoho (OAuth pages and People API); production builds ask
  // for the chosen data centre's People host only when the user turns the mirror on.
  const zohoBase = process.env.WXT_ZOHO_BASE_URL || undefined;
  const optionalHosts = [...(zohoBase ? [] : optionalZohoHosts()), '*://*/*'];
  // e2e builds only: a test site the suite blocks, granted up front (a permission prompt cannot be
  // answered in headless Chromium).
  const testHosts = (process.env.WXT_TEST_HOSTS || '').split(',').filter(Boolean);
  return { baseUrl, zohoBase, optionalHosts, testHosts };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Store packages: AMO's sources zip carries what rebuilds the add-on, not old builds kept as fixtures.
  zip: { excludeSources: ['test/fixtures/**', '.sandbox/**', 'docs/bench.json', 'store/screenshots/**'] },
  // A page's HTML names the chunks its entry imports (<link rel=modulepreload>), so they are fetched
  // with the entry, not after it is parsed (the popup has none: it is one script). No polyfill,
  // and a lazy chunk's own JS imports are not preloaded (Vite adds its CSS back;
  // smallPreloadHelper takes stylesheets only): they are small and local, fetched when asked for.
  // TTF_MAP=1 writes source maps, to see which modules a chunk's bytes come from (README, "Budgets").
  vite: () => ({
    plugins: [preact(), smallPreloadHelper, polyfillAsEsm],
    build: {
      modulePreload: { polyfill: false, resolveDependencies: (_: string, deps: string[], { hostType }: { hostType: string }) => (hostType === 'html' ? deps : []) },
      sourcemap: !!process.env.TTF_MAP,
    },
  }),
  hooks: {
    // The popup is built on its own: one script for its first paint, its stylesheet inline, so a
    // popup's open fetches one file, as a bare page's does (README, "Budgets"; scripts/vite-plugins.ts).
    'entrypoints:grouped': (_wxt, groups) => popupAlone(groups),
    // The worker calls the browser's own promise-based API (`wxt/browser` without the polyfill's
    // alias): in an MV3 worker and a Firefox background page the polyfill wraps nothing, yet it is
    // 2.7 KB of the worker's 16 KB budget. Extension pages keep the polyfill (WXT's module).
    'vite:build:extendConfig': (entrypoints, config) => {
      // The worker, and the Zoho mirror's script it loads (entrypoints/zoho-mirror.ts).
      if (!entrypoints.some((e) => e.type === 'background' || e.type === 'unlisted-script')) {
        const popup = entrypoints.length === 1 && entrypoints[0]!.type === 'popup';
        // The popup: every module its first paint runs in its one script (lazy chunks import from
        // it). Other pages: what several of them use in one chunk, not in many small ones. Lazy
        // chunks (task chooser, Zoho line, fetches) keep their own code.
        const groups = popup ? [{ name: 'popup', tags: ['$initial'] }] : [{ name: 'shared', test: PAGES_SHARED, minShareCount: 2 }];
        const output = ((config.build ??= {}).rollupOptions ??= {}).output ??= {};
        for (const o of Array.isArray(output) ? output : [output]) Object.assign(o, { codeSplitting: { groups } });
        (config.plugins ??= []).push(terserAfter(true), ...(popup ? [inlineStyle('/style.css')] : []));
        return;
      }
      // A terser pass over Oxc's output folds what one minifier leaves (README, "Budgets").
      (config.plugins ??= []).push(terserAfter(false));
      const alias = (config.resolve ??= {}).alias;
      const native = { find: /^wxt\/browser$/, replacement: 'wxt/browser' };
      config.resolve.alias = Array.isArray(alias) ? [native, ...alias.filter((a) => a.find !== 'wxt/browser')]
        : [native, ...Object.entries(alias ?? {}).filter(([k]) => k !== 'wxt/browser').map(([find, replacement]) => ({ find, replacement: String(replacement) }))];
    },
  },
  manifest: ({ browser, manifestVersion, mode }) => {
    const { baseUrl, zohoBase, optionalHosts, testHosts } = buildEnv(mode);
    return {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'alarms', 'storage', 'cookies', 'notifications', 'identity', 'declarativeNetRequest', 'idle',
      // Chrome's worker has no Audio: the end sound plays in an offscreen document. `sidePanel`: the
      // panel that stays open (Firefox's sidebar needs no permission).
      ...(browser === 'firefox' ? [] : ['offscreen', 'sidePanel']),
    ],
    // The side panel (entrypoints/sidepanel): Chrome's side_panel, Firefox's sidebar_action.
    ...(browser === 'firefox'
      ? { sidebar_action: { default_panel: 'sidepanel.html', default_title: '__MSG_extName__', open_at_install: false } }
      : { side_panel: { default_path: 'sidepanel.html' } }),
    host_permissions: [...new Set([...hostPermissions(baseUrl), ...(zohoBase ? [zohoHosts_(zohoBase)] : []), ...testHosts])],
    // Asked for at run time: the chosen Zoho data centre, and each site the user blocks (a
    // redirect to our page needs access to that site). MV2 (Firefox) lists them in optional_permissions.
    ...(manifestVersion === 2 ? { optional_permissions: optionalHosts } : { optional_host_permissions: optionalHosts }),
    // The blocked page, the one a block rule redirects to. MV3: reachable only through the dynamic
    // id Chrome makes each browser session, so no site can probe, frame or link it under the fixed
    // id (docs/site-blocking.md). MV2 (Firefox): every install has its own random UUID already.
    web_accessible_resources: manifestVersion === 2 ? ['blocked.html'] : [{ resources: ['blocked.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
    action: { default_title: '__MSG_extName__' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    commands: {
      // Opens the popup; MV2 (Firefox) names it _execute_browser_action.
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: { suggested_key: { default: 'Alt+Shift+F' } },
      'toggle-focus': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmdToggle__',
      },
      'end-focus': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_cmdEnd__',
      },
      // The side panel: Firefox opens its sidebar by its own command; Chrome's worker opens the
      // panel (browser/side-panel.ts). Chrome allows four suggested keys: this is the fourth.
      ...(manifestVersion === 2
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_cmdPanel__' } }
        : {
          'open-panel': {
            suggested_key: { default: 'Alt+Shift+S' },
            description: '__MSG_cmdPanel__',
          },
        }),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ticktick-focus@ticktick-focus.invalid',
              // 128 (ESR): storage.session, declarativeNetRequest with modifyHeaders in MV2.
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      // 144: the worker answers messages with a returned Promise (Chrome 144 release notes:
      // https://developer.chrome.com/release-notes/144); it also relies on runtime.getContexts (116),
      // DNR initiatorDomains/requestDomains (101) and storage.session (102).
      : { minimum_chrome_version: '144' }),
    };
  },
});
