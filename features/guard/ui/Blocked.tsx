// The page a blocked site's navigation lands on: what is blocked, the time left in the focus and
// the task, Back, and "Allow 5 minutes". When the focus pauses or ends, it goes on to the site.
// Only a tab a block rule of this browser session sent here (the rule's nonce, top level) gets
// any of that: framed by a web page, or opened without the nonce, it offers nothing and goes nowhere.
import { useEffect, useState } from 'preact/hooks';
import { deriveView, effective, serverNow, stateItem, type AppState, type FocusView } from '../../focus/index';
import { guarding } from '../blocking';
import { formatClock } from '../../../kernel/time';
import { storedNonce } from '../session';
import { sendGuard } from '../messages';
import { watchItem } from '../../../browser/storage';
import { hostOf, siteFor, targetOf } from './blocked-url';
import { t } from '../../../browser/i18n';

const nonce = new URLSearchParams(location.search).get('n') ?? '';
const target = targetOf(location.href);
const host = hostOf(target);
const framed = window.top !== window;

/** Null when the page did not come from our rule; else the listed site it blocks (null: no longer listed). */
async function check(readSites: () => Promise<string[]>): Promise<{ site: string | null } | null> {
  if (framed || !nonce || !host || nonce !== (await storedNonce())) return null;
  return { site: siteFor(host, await readSites()) };
}

/** The focus, each second, once the page knows it blocks a site (null until the state is read). */
function useFocus(site: string | null | undefined): FocusView | null {
  const [app, setApp] = useState<AppState | null>(null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!site) return undefined;
    void stateItem.getValue().then(setApp);
    const unwatch = watchItem(stateItem, setApp);
    const clock = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      unwatch();
      clearInterval(clock);
    };
  }, [site]);
  return app ? deriveView(effective(app), serverNow(app, now)) : null;
}

/** `sites`: the block list (entrypoints/blocked/main.tsx passes app/block-sites.ts's). */
export function Blocked({ sites }: { sites: () => Promise<string[]> }) {
  const [site, setSite] = useState<string | null | undefined>(undefined);
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    void check(sites).then((ours) => {
      if (ours && !ours.site) location.replace(target); // taken off the list since: on to the site
      else setSite(ours?.site ?? null);
    }, () => setSite(null));
  }, []);
  const view = useFocus(site);
  const over = view !== null && !guarding(view);
  useEffect(() => {
    if (site && over) location.replace(target); // the block lifted: on to the site, URL intact
  }, [site, over]);

  if (site === undefined) return <main class="blocked" aria-busy="true" />;
  if (site === null) {
    return (
      <main class="blocked">
        <h1>{t('blockedTitle')}</h1>
        <p>{t('blockedNotOurs')}</p>
      </main>
    );
  }
  const allow = async () => {
    const r = await sendGuard('allowSite', { host: host!, nonce });
    setCount(r.count);
    location.replace(target);
  };
  const back = () => (history.length > 1 ? history.back() : location.replace('about:blank'));
  const left = view?.mode === 'stopwatch' ? formatClock(view.elapsedMs / 1000) : view ? formatClock(Math.ceil(view.remainingMs / 1000)) : '';
  return (
    <main class="blocked">
      <h1>{t('blockedHeading', [site])}</h1>
      {view && !over && (
        <p class="left">
          <span>{t(view.mode === 'stopwatch' ? 'blockedElapsed' : 'blockedLeft')}</span>{' '}
          <span role="timer" aria-live="off" class="clock">{left}</span>
        </p>
      )}
      {view?.taskTitle && <p class="task-title">{view.taskTitle}</p>}
      <div class="row start">
        <button type="button" class="primary" onClick={back}>{t('btnBack')}</button>
        <button type="button" onClick={() => void allow().catch(() => undefined)}>{t('btnAllow5')}</button>
      </div>
      <p class="hint" role="status">{count !== null ? t('blockedAllowed', [String(count)]) : ''}</p>
    </main>
  );
}
