// Why: entrypoints/stats/index.html. The days the address's range may need, by the rules of
// features/stats/ranges.ts `fromHash` taken wide (a week: the 15 days around it); preload.ts reads
// whatever of its range this missed.
(() => {
  const DAY = 864e5;
  const iso = (d) => new Date(d * DAY).toISOString().slice(0, 10);
  const at = (s) => Date.parse(`${s}T00:00:00Z`) / DAY;
  const [kind, a = '', b = ''] = location.hash.slice(1).split('/');
  const today = Math.floor((Date.now() - new Date().getTimezoneOffset() * 6e4) / DAY);
  let [from, to] = [today - 7, today + 7];
  if (kind === 'year') {
    const y = /^\d{4}$/.test(a) ? +a : +iso(today).slice(0, 4);
    [from, to] = [at(`${y}-01-01`), at(`${y + 1}-01-01`) - 1];
  } else if (kind === 'month') {
    const m = /^\d{4}-\d{2}$/.test(a) ? a : iso(today).slice(0, 7);
    [from, to] = [at(`${m}-01`), at(`${m}-01`) + 31];
  } else if (kind === 'week' && at(a) > 0) [from, to] = [at(a) - 7, at(a) + 7];
  else if (kind === 'custom' && at(a) > 0 && at(b) >= at(a)) [from, to] = [at(a), Math.min(at(b), at(a) + 400)];
  const keys = [];
  for (let d = from - 1; d <= to + 1; d++) keys.push(`statsDay:${iso(d)}`);
  globalThis.__ttfStats = { keys, got: (globalThis.browser ?? chrome).storage.local.get(['statsMeta', 'statsLists', ...keys]) };
})();
