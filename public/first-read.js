// Why: entrypoints/popup/index.html.
globalThis.__ttfFirst = Promise.all([
  (globalThis.browser ?? chrome).storage.local.get(['state', 'extras', 'problems']),
  (globalThis.browser ?? chrome).storage.sync.get('settings'),
]);
