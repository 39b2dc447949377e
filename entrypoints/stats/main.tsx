import { render } from 'preact';
import { browser } from 'wxt/browser';
import { uiLang } from '../../browser/i18n';
import { BASE_URL } from '../../browser/env';
import { readSettings } from '../../app/settings';
import { endpoints, stateItem, type Site } from '../../features/focus/index';
import { preloadStats } from '../../features/stats/preload';
import { Stats } from '../../features/stats/ui/Stats';
import { ZohoPart } from '../../app/stats/ZohoPart';
import './stats.css';

document.documentElement.lang = uiLang();
document.title = browser.i18n.getMessage('statsTitle');

// The account the worker syncs, else the site chosen in the options.
async function site(): Promise<Site> {
  const [app, settings] = await Promise.all([stateItem.getValue(), readSettings()]);
  return app.site ?? (settings.site === 'auto' ? 'ticktick' : settings.site);
}

// The cache's read starts now, beside the site's. The goals' module (the HTTP client) loads after the first paint.
const preload = preloadStats();
const s = await site();
render(<Stats site={s} preload={preload} goals={() => import('./goals').then((g) => g.dailyGoals(s))} statsLink={endpoints(s, BASE_URL).statsLink} Extra={ZohoPart} />, document.getElementById('app')!);
