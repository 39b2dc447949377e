// Sign-in prompt, sync errors with retry/discard, pending ops, and changes from other devices.
import { waitsForUser } from '../ticktick/errors';
import { endpoints } from '../ticktick/hosts';
import type { FocusView } from '../focus-view';
import { isSignedOut, type AppState, type NoticeKey } from '../state';
import { BASE_URL } from '../../../browser/env';
import type { StorageProblem } from '../../../browser/storage';
import { t } from '../../../browser/i18n';
import { CheckLink } from '../../../ui/check-link';
import { isRunning } from '../focus-view';

interface Props {
  app: AppState;
  view: FocusView;
  problems: StorageProblem[];
  retry(): void;
  discard(): void;
  dismiss(): void;
}

const PROBLEM_NAMES: Record<string, string> = { settings: 'problemSettings', state: 'problemState', extras: 'problemExtras', zoho: 'problemZoho' };

/** A notice about another device holds only while the state it describes does. */
function stillTrue(key: NoticeKey, v: FocusView): boolean {
  if (key === 'historySkipped') return true; // said once, for its ten minutes
  return key === 'remotePaused' ? v.phase === 'paused' : key === 'remoteEnded' ? v.phase === 'idle' : key === 'remoteBreak' ? v.phase === 'break' : isRunning(v);
}

export function StatusBanner({ app, view, problems, retry, discard, dismiss }: Props) {
  if (isSignedOut(app)) {
    const signIn = endpoints(app.site ?? 'ticktick', BASE_URL).signIn;
    return (
      <div class="banner warn" role="alert">
        <p>{t('signedOut')}</p>
        <a class="button primary" href={signIn} target="_blank" rel="noreferrer">{t('btnSignIn')}</a>
      </div>
    );
  }
  const waiting = app.queue.length;
  if (app.error) {
    const manual = waitsForUser(app.error);
    // "Offline" only when the computer is; otherwise it is TickTick that cannot be reached.
    const offline = app.error.error === 'offline' && !navigator.onLine;
    return (
      <div class={`banner ${manual ? 'error' : 'warn'}`} role="alert">
        <p>{offline ? t('pendingOffline') : app.error.message}</p>
        {manual && <p class="detail">{t(`hint_${app.error.error}`)}</p>}
        {waiting > 0 && <p class="detail">{t('pendingCount', [String(waiting)])}</p>}
        {!offline && <p class="detail"><CheckLink /></p>}
        {manual && waiting > 0 && (
          <div class="row">
            <button type="button" onClick={retry}>{t('btnRetry')}</button>
            <button type="button" onClick={discard}>{t('btnDiscard')}</button>
          </div>
        )}
      </div>
    );
  }
  if (problems.length) {
    const what = problems.map((p) => t(PROBLEM_NAMES[p.key] ?? 'problemOther')).join(', ');
    return (
      <div class="banner warn" role="alert">
        <p>{t('problemRead', [what])}</p>
        <button type="button" class="link" onClick={dismiss}>{t('btnDismiss')}</button>
      </div>
    );
  }
  if (app.notice && Date.now() - app.notice.at < 10 * 60_000 && stillTrue(app.notice.key, view)) {
    return <div class="banner info" role="status">{t(app.notice.key)}</div>;
  }
  return null;
}
