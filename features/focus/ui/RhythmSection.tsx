// Durations, daily goals and auto-start: each follows TickTick unless set here. The auto-start count
// is ours alone (TickTick's preferences do not carry it, docs/ticktick-protocol.md §4).
import type { PomoPrefs } from '../ticktick/types';
import { t } from '../../../browser/i18n';

interface Props {
  /** TickTick's own values (what "follow TickTick" means). */
  remote: PomoPrefs;
  rhythm: Partial<PomoPrefs>;
  onChange(rhythm: Partial<PomoPrefs>): void;
}

const NUMBERS = [
  ['pomoDuration', 'optPomo', 5, 180],
  ['shortBreakDuration', 'optShortBreak', 1, 60],
  ['longBreakDuration', 'optLongBreak', 1, 90],
  ['longBreakInterval', 'optInterval', 1, 12],
  ['pomoGoal', 'optGoal', 1, 50],
  ['focusDuration', 'optFocusGoal', 0, 1440],
  ['autoPomoCount', 'optAutoCount', 2, 10],
] as const;
/** Not TickTick's: its placeholder is our default, not "follow TickTick". */
const LOCAL_ONLY = new Set<keyof PomoPrefs>(['autoPomoCount']);
const FLAGS = [['autoBreak', 'optAutoBreak'], ['autoPomo', 'optAutoPomo']] as const;

export function RhythmSection({ remote, rhythm, onChange }: Props) {
  const set = (k: keyof PomoPrefs, v: number | boolean | undefined) => {
    const next = { ...rhythm, [k]: v };
    if (v === undefined) delete next[k];
    onChange(next);
  };
  return (
    <section aria-labelledby="rhythm-h">
      <h2 id="rhythm-h">{t('optRhythm')}</h2>
      <p class="hint">{t('optRhythmHint')}</p>
      {NUMBERS.map(([k, label, min, max]) => (
        <label class="field" key={k}>
          <span>{t(label)}</span>
          <input
            type="number" min={min} max={max} inputMode="numeric" value={rhythm[k] ?? ''}
            placeholder={LOCAL_ONLY.has(k) ? String(remote[k]) : t('optFollow', [String(remote[k])])}
            onChange={(e) => {
              const n = Math.round(Number(e.currentTarget.value));
              set(k, e.currentTarget.value === '' || !Number.isFinite(n) ? undefined : Math.min(max, Math.max(min, n)));
            }}
          />
        </label>
      ))}
      {FLAGS.map(([k, label]) => (
        <label class="field" key={k}>
          <span>{t(label)}</span>
          <select
            value={rhythm[k] === undefined ? '' : String(rhythm[k])}
            onChange={(e) => set(k, e.currentTarget.value === '' ? undefined : e.currentTarget.value === 'true')}
          >
            <option value="">{t('optFollow', [t(remote[k] ? 'optOn' : 'optOff')])}</option>
            <option value="true">{t('optOn')}</option>
            <option value="false">{t('optOff')}</option>
          </select>
        </label>
      ))}
    </section>
  );
}
