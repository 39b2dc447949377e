// The build's own Vite plugins and chunking (wxt.config.ts): what keeps the popup's first paint
// small and quick (README, "Budgets").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entrypoint } from 'wxt';

/** Modules several pages other than the popup load first (their one shared chunk). */
export const PAGES_SHARED = /node_modules[\\/](preact|webextension-polyfill|@wxt-dev|zustand|wxt)[\\/]|[\\/]kernel[\\/](time|object-id|quietly|json)\.|[\\/]browser[\\/](env|i18n|storage|messaging)\.|[\\/]app[\\/](migrations|settings)\.|[\\/]features[\\/](focus[\\/](config|state|items|migrations|messages|settings|apply-op|badge|focus-view|notice|plan|rhythm|ticktick[\\/](hosts|types))|alerts[\\/]settings|guard[\\/](away|blocking|sites|settings)|zoho[\\/](state|hosts))\.|[\\/]ui[\\/](use-store|use-lazy)\.|wxt-html-plugins|vite[\\/]preload-helper/;

/**
 * Vite 8 wraps every dynamic import() of a page in its preload helper even with modulePreload off
 * (then it only loads a lazy chunk's CSS): 918 B gzip in the popup's first paint for nothing, as
 * our lazy chunks have no CSS of their own. This helper does the same in a few bytes: the CSS
 * files it is handed, if ever, then the import.
 */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
export const smallPreloadHelper = {
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
export const terserAfter = (page: boolean) => ({
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
 * webextension-polyfill as an ES module. Its UMD wrapper made the bundler import it through its
 * CommonJS interop, which copies every property of the module's export: where the browser has its
 * own `browser` (Firefox, Chrome 150), that is every API namespace, each built on the spot, about
 * 1.5 ms of each page's start for namespaces the page never touches (README, "Budgets"). The
 * polyfill itself runs unchanged: its wrapper finds `exports` and hands it `module`.
 */
export const polyfillAsEsm = {
  name: 'ttf:polyfill-as-esm',
  transform(code: string, id: string) {
    if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill\.js$/.test(id)) return undefined;
    // One line before the code, none added: the file's own lines (and TTF_MAP's maps) stay where they were.
    return { code: `var module = { exports: {} }, exports = module.exports; ${code}\nexport default module.exports;\n`, map: null };
  },
};

/**
 * The popup gets a build of its own (WXT builds all pages together), so its first paint is one
 * script, not an entry and the chunks it shares with the side panel and other pages: each extra
 * file cost the warm open about 1.5 ms of the browser's loading (README, "Budgets"). `wxt dev`'s
 * rebuild after an edit groups the pages again without this hook: the popup still works, as the
 * other pages do, only not as one file.
 */
export function popupAlone(groups: (Entrypoint | Entrypoint[])[]): void {
  const pages = groups.find((g): g is Entrypoint[] => Array.isArray(g) && g.length > 1 && g.some((e) => e.type === 'popup'));
  if (pages) groups.push(pages.splice(pages.findIndex((e) => e.type === 'popup'), 1));
}

/**
 * The page's `<link>` to a stylesheet of public/ replaced by the sheet itself: one file less to
 * fetch before the first paint. Extension pages' CSP restricts scripts only (wxt.config.ts), so
 * inline style applies.
 */
export function inlineStyle(href: string) {
  let publicDir = 'public';
  return {
    name: 'ttf:inline-style',
    configResolved: (config: { publicDir: string }) => void (publicDir = config.publicDir || publicDir),
    transformIndexHtml: {
      order: 'post' as const,
      handler(html: string) {
        const link = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"\s*\/?>/g)].find((m) => m[1] === href);
        if (!link) throw new Error(`ttf:inline-style: the page has no <link> to ${href}`);
        return html.replace(link[0], () => `<style>${readFileSync(join(publicDir, href), 'utf8')}</style>`);
      },
    },
  };
}
