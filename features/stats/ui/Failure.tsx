// Why the statistics could not be read, and what to do: sign in (the worker's state says the
// session is gone), or retry and check the connection. Never zeros for a range nothing is known of.
import { useEffect, useState } from 'preact/hooks';
import { endpoints, isSignedOut, stateItem, type Site } from '../../focus/index';
import { BASE_URL } from '../../../browser/env';
import { t } from '../../../browser/i18n';
import { CheckLink } from '../../../ui/check-link';
import type { Span } from '../spans';

/** Some of [lo, hi) (up to now) is held by the cache: what is drawn is data, not a blank. */
export const knowsAny = (spans: Span[], lo: number, hi: number, now = Date.now()): boolean =>
  spans.some(([a, b]) => a < Math.min(hi, now) && b >= lo);

export function Failure({ site, known, retry }: { site: Site; known: boolean; retry(): void }) {
  const [signedOut, setSignedOut] = useState(false);
  useEffect(() => void stateItem.getValue().then((s) => setSignedOut(isSignedOut(s))), []);
  return (
    <div class="banner warn" role="alert">
      <p>{t(signedOut ? 'statsSignedOut' : 'statsFailed')} {known ? t('statsShowingSaved') : t('statsNothingSaved')}</p>
      <p class="row start">
        {signedOut && <a class="button primary" href={endpoints(site, BASE_URL).signIn} target="_blank" rel="noreferrer">{t('btnSignIn')}</a>}
        <button type="button" onClick={retry}>{t('btnRetry')}</button>
        {!signedOut && <CheckLink />}
      </p>
    </div>
  );
}
