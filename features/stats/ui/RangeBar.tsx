// The range picker: week, month, year or custom days, previous and next, and the range's name.
import { custom, rangeOf, shift, type Kind, type Range } from '../ranges';
import { isoDay, parseIsoDay } from '../zone';
import { t } from '../../../browser/i18n';
import { spanText } from './format';

const KINDS: [Kind, () => string][] = [['week', () => t('statsKindWeek')], ['month', () => t('statsKindMonth')], ['year', () => t('statsKindYear')], ['custom', () => t('statsKindCustom')]];

/** `anchor`: the day the page shows the sessions of; another kind of range is the one around it. */
export function RangeBar({ range, anchor, weekStart, lang, onRange }: { range: Range; anchor: number; weekStart: number; lang: string; onRange: (r: Range) => void }) {
  const pick = (k: Kind) => {
    if (k !== range.kind) onRange(k === 'custom' ? custom(range.from, range.to) : rangeOf(k, anchor, weekStart));
  };
  const date = (which: 'from' | 'to') => (e: Event) => {
    const d = parseIsoDay((e.currentTarget as HTMLInputElement).value);
    if (Number.isFinite(d)) onRange(custom(which === 'from' ? d : range.from, which === 'to' ? d : range.to));
  };
  return (
    <nav class="rangebar" aria-label={t('statsRange')}>
      <div class="mode" role="group" aria-label={t('statsRangeKind')}>
        {KINDS.map(([k, label]) => (
          <button key={k} type="button" class={k === range.kind ? 'on' : ''} aria-pressed={k === range.kind} onClick={() => pick(k)}>{label()}</button>
        ))}
      </div>
      <div class="row start">
        <button type="button" onClick={() => onRange(shift(range, -1, weekStart))} aria-label={t('statsPrev')}>‹</button>
        <h2 class="range-name" aria-live="polite">{spanText(range.from, range.to, lang)}</h2>
        <button type="button" onClick={() => onRange(shift(range, 1, weekStart))} aria-label={t('statsNext')}>›</button>
      </div>
      {range.kind === 'custom' && (
        <div class="row start custom">
          <label>{t('statsFrom')} <input type="date" value={isoDay(range.from)} max={isoDay(range.to)} onChange={date('from')} /></label>
          <label>{t('statsTo')} <input type="date" value={isoDay(range.to)} min={isoDay(range.from)} onChange={date('to')} /></label>
        </div>
      )}
    </nav>
  );
}
