// The popup's storage reads, started by a classic script before its modules load, so the two run
// in parallel and the first render already has the real state (features/focus/ui/store.ts loadFirst).
globalThis.__ttfFirst = Promise.all([
  (globalThis.browser ?? chrome).storage.local.get(['state', 'extras', 'problems']),
  (globalThis.browser ?? chrome).storage.sync.get('settings'),
]);
