// Options → "Check connection": the steps in order, each marked (passed, warning, failed, not
// checked), the failing one named, and "Copy report" with the redacted text shown beside it.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, uiLang } from '../../../browser/i18n';
import { CHECK_HASH } from '../../../ui/check-link';
import type { CheckFacts } from '../facts';
import { stateItem } from '../../focus/index';
import type { WorkerFacts } from '../facts';
import { withState } from '../state-facts';
import { reportText } from '../report';
import { failingStep, markSteps, type Mark, type Step } from '../steps';

const SIGN: Record<Mark, string> = { ok: '✓', warn: '!', fail: '✗', skip: '–' };
const MARK_WORD: Record<Mark, () => string> = { ok: () => t('chkMarkOk'), warn: () => t('chkMarkWarn'), fail: () => t('chkMarkFail'), skip: () => t('chkMarkSkip') };
const LABEL: Record<Step['id'], () => string> = {
  site: () => t('chkSite'), session: () => t('chkSession'), csrf: () => t('chkCsrf'), access: () => t('chkAccess'),
  read: () => t('chkRead'), queue: () => t('chkQueue'), zoho: () => t('chkZoho'),
};

/** `Chrome/156.0.0.0 · Linux x86_64`: the browser and system, nothing that names the user. */
const agent = () => `${/(Firefox|Chrome)\/[\d.]+/.exec(navigator.userAgent)?.[0] ?? 'unknown'} · ${navigator.platform}`;

function StepList({ steps }: { steps: Step[] }) {
  return (
    <ol class="check-steps">
      {steps.map((s) => (
        <li key={s.id} class={`mark-${s.mark}`}>
          <span class="mark" aria-hidden="true">{SIGN[s.mark]}</span>
          <span><strong>{LABEL[s.id]()}</strong> <span class="sr-only">({MARK_WORD[s.mark]()})</span> {s.text}
            {s.tech && <><br /><code>{s.tech}</code></>}</span>
        </li>
      ))}
    </ol>
  );
}

/** `check`: runs the steps (app/check.ts, composed by the options page). */
export function CheckSection({ check }: { check: () => Promise<WorkerFacts> }) {
  const [facts, setFacts] = useState<CheckFacts | null>(null);
  const [running, setRunning] = useState(false);
  const [withPrivate, setWithPrivate] = useState(false);
  const [copied, setCopied] = useState('');
  const [failed, setFailed] = useState('');
  const run = async () => {
    setRunning(true);
    setCopied('');
    const got = await check().then(async (f) => ({ f: withState(f, await stateItem.getValue(), Date.now()) }), (e: unknown) => ({ e: String(e) }));
    setFacts('f' in got ? got.f : null);
    setFailed('e' in got ? got.e : '');
    setRunning(false);
  };
  useEffect(() => void (location.hash === `#${CHECK_HASH}` && run()), []);
  const steps = facts && markSteps(facts, t);
  const failing = steps && failingStep(steps);
  const text = facts && steps && reportText(facts, steps, { version: browser.runtime.getManifest().version, agent: agent(), lang: uiLang(), withPrivate });
  const copy = () => void navigator.clipboard.writeText(text ?? '').then(() => setCopied(t('chkCopied')), () => setCopied(t('chkCopyFailed')));
  return (
    <section id={CHECK_HASH} aria-labelledby="check-h">
      <h2 id="check-h">{t('chkTitle')}</h2>
      <p class="hint left">{t('chkIntro')}</p>
      <div class="row start">
        <button type="button" onClick={() => void run()} disabled={running}>{running ? t('chkRunning') : t('chkRun')}</button>
      </div>
      <p role="status" class="check-verdict">{failed ? t('chkNotRun', [failed]) : steps && (failing ? t('chkFailing', [LABEL[failing.id]()]) : t('chkAllOk'))}</p>
      {steps && <StepList steps={steps} />}
      {text && (
        <>
          <label class="check">
            <input type="checkbox" checked={withPrivate} onChange={(e) => setWithPrivate(e.currentTarget.checked)} />
            <span>{t('chkPrivate')}</span>
          </label>
          <p class="hint left">{t('chkRedacted')}</p>
          <div class="row start">
            <button type="button" onClick={copy}>{t('chkCopy')}</button>
            <span role="status" class="hint">{copied}</span>
          </div>
          <details>
            <summary>{t('chkPreview')}</summary>
            <pre class="report">{text}</pre>
          </details>
        </>
      )}
    </section>
  );
}
