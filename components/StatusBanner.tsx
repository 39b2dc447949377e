// Sign-in prompt, sync errors with retry/discard, pending ops, and changes from other devices.
import { waitsForUser } from '../core/ticktick/errors';
import { endpoints } from '../core/ticktick/hosts';
import { isSignedOut, type AppState } from '../core/state';
import { BASE_URL } from '../platform/env';
import { t } from './i18n';

export function StatusBanner({ app, retry, discard }: { app: AppState; retry(): void; discard(): void }) {
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
    const offline = app.error.error === 'offline' && waiting > 0;
    return (
      <div class={`banner ${manual ? 'error' : 'warn'}`} role="alert">
        <p>{offline ? t('pendingOffline') : app.error.message}</p>
        {app.error.detail && manual && <p class="detail">{app.error.detail}</p>}
        {waiting > 0 && <p class="detail">{t('pendingCount', [String(waiting)])}</p>}
        {manual && waiting > 0 && (
          <div class="row">
            <button type="button" onClick={retry}>{t('btnRetry')}</button>
            <button type="button" onClick={discard}>{t('btnDiscard')}</button>
          </div>
        )}
      </div>
    );
  }
  if (app.notice && Date.now() - app.notice.at < 10 * 60_000) {
    return <div class="banner info" role="status">{t(app.notice.key)}</div>;
  }
  return null;
}
