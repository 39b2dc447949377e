// The page a blocked site's navigation lands on: what is blocked, the time left in the focus and
// the task, Back, and "Allow 5 minutes". When the focus pauses or ends, it goes on to the site.
import { useEffect, useState } from 'preact/hooks';
import { deriveView } from '../core/focus/focus-view';
import { guarding } from '../core/guard/blocking';
import { effective, type AppState } from '../core/state';
import { formatClock } from '../core/time';
import { sendMessage } from '../platform/protocol';
import { stateItem } from '../platform/storage';
import { t } from './i18n';

const params = new URLSearchParams(location.search);
const site = params.get('site') ?? '';
const target = params.get('url') ?? '';
const safeTarget = /^https?:\/\//.test(target) ? target : '';

export function Blocked() {
  const [app, setApp] = useState<AppState | null>(null);
  const [now, setNow] = useState(Date.now());
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    void stateItem.getValue().then(setApp);
    const unwatch = stateItem.watch(setApp);
    const clock = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      unwatch();
      clearInterval(clock);
    };
  }, []);
  const view = app ? deriveView(effective(app), now) : null;
  const over = view !== null && !guarding(view);
  useEffect(() => {
    if (over && safeTarget) location.replace(safeTarget); // the block lifted: on to the site
  }, [over]);

  const allow = async () => {
    const r = await sendMessage('allowSite', site);
    setCount(r.count);
    if (safeTarget) location.replace(safeTarget);
  };
  const back = () => (history.length > 1 ? history.back() : location.replace('about:blank'));
  const left = view?.phase === 'stopwatch' ? formatClock(view.elapsedMs / 1000) : view ? formatClock(Math.ceil(view.remainingMs / 1000)) : '';
  return (
    <main class="blocked">
      <h1>{t('blockedHeading', [site])}</h1>
      {view && !over && (
        <p class="left">
          <span>{t(view.phase === 'stopwatch' ? 'blockedElapsed' : 'blockedLeft')}</span>{' '}
          <span role="timer" aria-live="off" class="clock">{left}</span>
        </p>
      )}
      {view?.taskTitle && <p class="task-title">{view.taskTitle}</p>}
      <div class="row start">
        <button type="button" class="primary" onClick={back}>{t('btnBack')}</button>
        <button type="button" onClick={() => void allow()}>{t('btnAllow5')}</button>
      </div>
      <p class="hint" role="status">{count !== null ? t('blockedAllowed', [String(count)]) : ''}</p>
    </main>
  );
}
