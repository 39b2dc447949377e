// The page a new user meets on install (issue #17): sign in (followed live), pin the icon, the
// shortcuts in force, and "Start my first focus"; Zoho People and site blocking for later.
import { BASE_URL } from '../../browser/env';
import { t } from '../../browser/i18n';
import { endpoints, SITES, type Site } from '../../features/focus/index';
import { sendFocus } from '../../features/focus/messages';
import { CHECK_URL } from '../../ui/check-link';
import { usePhase, usePinned, useShortcuts, useSignedIn } from './hooks';

const HOST: Record<Site, string> = { ticktick: 'ticktick.com', dida365: 'dida365.com' };
const FIREFOX = import.meta.env.FIREFOX;

function SignIn({ site }: { site: Site | null | undefined }) {
  // A sandbox build sends both to one origin: one link then.
  const links = SITES.map((s) => ({ s, url: endpoints(s, BASE_URL).signIn })).filter((l, i, all) => all.findIndex((o) => o.url === l.url) === i);
  return (
    <li class={site ? 'done' : ''}>
      <h2>{t('welSignInH')}</h2>
      <p role="status" class="wel-state">{site === undefined ? '' : site ? `✓ ${t('welSignedIn', [HOST[site]])}` : t('welSignedOut')}</p>
      {site === null && (
        <p class="row start">
          {links.map((l, i) => (
            <a class={`button${i ? '' : ' primary'}`} href={l.url} target="_blank" rel="noreferrer">{t(l.s === 'dida365' ? 'welSignInDida' : 'welSignInTickTick')}</a>
          ))}
        </p>
      )}
    </li>
  );
}

function Pin() {
  const pinned = usePinned();
  return (
    <li class={pinned ? 'done' : ''}>
      <h2>{t('welPinH')}</h2>
      <p role="status" class="wel-state">{pinned ? `✓ ${t('welPinned')}` : FIREFOX ? t('welPinFirefox') : t('welPinChrome')}</p>
    </li>
  );
}

function Keys() {
  const keys = useShortcuts();
  return (
    <li>
      <h2>{t('welKeysH')}</h2>
      <ul class="shortcuts">
        {keys.map((c) => <li key={c.name}><kbd>{c.shortcut || t('optShortcutNone')}</kbd> {c.description || t('optShortcutPopup')}</li>)}
      </ul>
      <p class="hint left">{FIREFOX ? t('welKeysFirefox') : t('welKeysChrome')}</p>
    </li>
  );
}

function Start({ signedIn }: { signedIn: boolean }) {
  const phase = usePhase();
  const started = phase !== null && phase !== 'idle';
  return (
    <li class={started ? 'done' : ''}>
      <h2>{t('welStartH')}</h2>
      <p class="row start">
        <button type="button" class={signedIn && !started ? 'primary' : ''} disabled={!signedIn || started}
          onClick={() => void sendFocus('act', { type: 'start', from: 'idle' })}>{t('welStart')}</button>
      </p>
      <p role="status" class="wel-state">{started ? `✓ ${t('welStarted')}` : signedIn ? '' : t('welStartSignIn')}</p>
    </li>
  );
}

export function Welcome() {
  const site = useSignedIn();
  return (
    <main class="welcome">
      <header class="wel-head">
        <img src="/icon/128.png" alt="" width={48} height={48} />
        <h1>{t('welTitle')}</h1>
      </header>
      <p class="lead">{t('welLead')}</p>
      <ol class="wel-steps">
        <SignIn site={site} />
        <Pin />
        <Keys />
        <Start signedIn={!!site} />
      </ol>
      <section aria-labelledby="wel-later-h">
        <h2 id="wel-later-h">{t('welLaterH')}</h2>
        <ul class="wel-later">
          <li><a href="/options.html#zoho-h" target="_blank" rel="noreferrer">{t('welZoho')}</a>: {t('welZohoHint')}</li>
          <li><a href="/options.html#block-h" target="_blank" rel="noreferrer">{t('welBlock')}</a>: {t('welBlockHint')}</li>
          <li><a href={CHECK_URL} target="_blank" rel="noreferrer">{t('chkRun')}</a>: {t('welCheckHint')}</li>
        </ul>
      </section>
      <footer class="wel-foot"><a href="/privacy.html" target="_blank" rel="noreferrer">{t('privTitle')}</a></footer>
    </main>
  );
}
