// An end you cannot miss: the notification kept, the sound repeated, the page opened in a window
// when the browser is in the background, a heads-up a minute before (features/alerts/worker.ts).
import { t } from '../../../browser/i18n';
import { REPEATS, type EndSettings } from '../settings';

export function EndSection({ end, onChange }: { end: EndSettings; onChange: (end: EndSettings) => void }) {
  const set = (patch: Partial<EndSettings>) => onChange({ ...end, ...patch });
  const check = (key: 'sticky' | 'openWindow' | 'headsUp', label: string) => (
    <label class="check">
      <input type="checkbox" checked={end[key]} onChange={(e) => set({ [key]: e.currentTarget.checked })} />
      <span>{t(label)}</span>
    </label>
  );
  return (
    <section aria-labelledby="end-h">
      <h2 id="end-h">{t('optEnd')}</h2>
      {!import.meta.env.FIREFOX && check('sticky', 'optSticky')}
      <label class="field">
        <span>{t('optRepeat')}</span>
        <select value={String(end.repeatSec)} onChange={(e) => set({ repeatSec: Number(e.currentTarget.value) })}>
          {REPEATS.map((s) => <option value={String(s)}>{s ? t('optRepeatEvery', [String(s)]) : t('optRepeatOff')}</option>)}
        </select>
      </label>
      {check('openWindow', 'optOpenWindow')}
      {check('headsUp', 'optHeadsUp')}
    </section>
  );
}
