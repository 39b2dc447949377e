// The popup's first storage reads (entrypoints/popup/index.html says why, app/popup/open.ts uses them).
globalThis.__ttfFirst = Promise.all([
  (globalThis.browser ?? chrome).storage.local.get(['state', 'extras', 'problems']),
  (globalThis.browser ?? chrome).storage.sync.get('settings'),
]);
