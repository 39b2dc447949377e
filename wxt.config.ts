import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { hostPermissions } from './features/focus/ticktick/hosts';
import { optionalZohoHosts, zohoHosts as zohoHostsOf } from './features/zoho/hosts';
import { sandboxVarsSet } from './scripts/build-env';

const zohoHosts_ = (base: string) => zohoHostsOf('com', base).origin;

/** Modules the popup loads before its first paint that other pages use too. */
const FIRST_PAINT_SHARED = /node_modules[\\/](preact|webextension-polyfill|@wxt-dev|zustand|wxt)[\\/]|[\\/]kernel[\\/](time|object-id|quietly|json)\.|[\\/]browser[\\/](env|i18n|storage|messaging)\.|[\\/]app[\\/](migrations|settings)\.|[\\/]features[\\/](focus[\\/](config|state|items|migrations|messages|settings|apply-op|badge|focus-view|notice|plan|rhythm|ticktick[\\/](hosts|types))|alerts[\\/]settings|guard[\\/](away|blocking|sites|settings)|zoho[\\/](state|hosts))\.|[\\/]ui[\\/](use-store|use-lazy)\.|wxt-html-plugins|vite[\\/]preload-helper/;

/**
 * Vite 8 wraps every dynamic import() of a page in its preload helper even with modulePreload off
 * (then it only loads a lazy chunk's CSS): 918 B gzip in the popup's first paint for nothing, as
 * our lazy chunks have no CSS of their own. This helper does the same in a few bytes: the CSS
 * files it is handed, if ever, then the import.
 */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
const smallPreloadHelper = {
  name: 'ttf:small-preload-helper',
  enforce: 'pre' as const,
  resolveId: (id: string) => (id === PRELOAD_HELPER ? id : undefined),
  load: (id: string) => (id === PRELOAD_HELPER
    ? `export const __vitePreload = (f, deps) => Promise.all((deps || []).filter((d) => d.endsWith('.css')).map((d) => new Promise((ok, no) => {
  const l = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/' + d, onload: ok, onerror: no });
  document.head.append(l);
}))).then(() => f());`
    : undefined),
};

/**
 * A bundle once more through terser after Oxc: the worker 383 B gzip less (20,091 -> 19,708 B),
 * the popup's first paint 95 B (README, "Budgets"). Pages are ES modules (their chunks
 * import each other) and get only the safe passes.
 */
const terserAfter = (page: boolean) => ({
  name: 'ttf:terser-after',
  async generateBundle(_: unknown, bundle: Record<string, { type: string; code?: string }>) {
    if (process.env.TTF_MAP) return; // keep the source maps true to the code
    const { minify } = await import('terser');
    const options = page ? { module: true, compress: { passes: 2 } }
      : { toplevel: true, compress: { passes: 2, pure_getters: true, unsafe_arrows: true, unsafe_methods: true } };
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.code) continue;
      chunk.code = (await minify(chunk.code, options)).code ?? chunk.code;
    }
  },
});

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
  // with the entry, not after it is parsed: the popup's warm open about 5 ms sooner (README,
  // "Budgets"). No polyfill, and a lazy chunk's own JS imports are not preloaded (Vite adds its CSS
  // back; smallPreloadHelper takes stylesheets only): they are small and local, fetched when asked for.
  // TTF_MAP=1 writes source maps, to see which modules a chunk's bytes come from (README, "Budgets").
  vite: () => ({
    plugins: [preact(), smallPreloadHelper],
    build: {
      modulePreload: { polyfill: false, resolveDependencies: (_: string, deps: string[], { hostType }: { hostType: string }) => (hostType === 'html' ? deps : []) },
      sourcemap: !!process.env.TTF_MAP,
    },
  }),
  hooks: {
    // The worker calls the browser's own promise-based API (`wxt/browser` without the polyfill's
    // alias): in an MV3 worker and a Firefox background page the polyfill wraps nothing, yet it is
    // 2.7 KB of the worker's 16 KB budget. Extension pages keep the polyfill (WXT's module).
    'vite:build:extendConfig': (entrypoints, config) => {
      // The worker, and the Zoho mirror's script it loads (entrypoints/zoho-mirror.ts).
      if (!entrypoints.some((e) => e.type === 'background' || e.type === 'unlisted-script')) {
        // Pages: the code the popup's first paint needs and other pages share goes in one chunk,
        // not in many small ones (fewer modules to fetch and link before the countdown shows).
        // Lazy chunks (task chooser, Zoho line, fetches) keep their own code.
        const output = ((config.build ??= {}).rollupOptions ??= {}).output ??= {};
        for (const o of Array.isArray(output) ? output : [output]) {
          Object.assign(o, { codeSplitting: { groups: [{ name: 'shared', test: FIRST_PAINT_SHARED, minShareCount: 2 }] } });
        }
        (config.plugins ??= []).push(terserAfter(true));
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
