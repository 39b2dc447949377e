// The statistics page: a range (week, month, year, custom) of TickTick's own focus records, read
// from the cache first and then from TickTick (use-stats.ts): figures and goals, a bar per day or a
// year's heatmap, by list, by task, by hour, a day's sessions with their notes, and the export.
// The daily goals come from the page that composes it (entrypoints/stats).
import type { ComponentType } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Site } from '../../focus/index';
import { aggregate } from '../aggregate';
import { allSessions, focusDayKeys } from '../cache';
import { listOf as listOfIndex } from '../lists';
import { fromHash, toHash, weekStartOf, type Range } from '../ranges';
import { streaks } from '../streaks';
import type { Session, TaskPart } from '../timeline';
import type { ListIndex } from '../lists';
import { dayOf, dayStartMs, parseIsoDay } from '../zone';
import { t, uiLang } from '../../../browser/i18n';
import { Breakdown } from './Breakdown';
import { dayText } from './format';
import { DayBars } from './DayBars';
import { Failure, knowsAny } from './Failure';
import { Export } from './Export';
import { Heatmap } from './Heatmap';
import { HourChart } from './HourChart';
import { RangeBar } from './RangeBar';
import { Sessions } from './Sessions';
import { Summary, type Goals } from './Summary';
import { useStats } from './use-stats';
import type { Preload } from '../preload';

export type { Goals };

const once = (mark: string) => performance.getEntriesByName(mark).length || performance.mark(mark);

function useHashRange(today: number, weekStart: number, first?: Range): [Range, (r: Range) => void] {
  const [range, setRange] = useState(() => first ?? fromHash(location.hash, today, weekStart));
  useEffect(() => {
    const on = () => setRange(fromHash(location.hash, today, weekStart));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return [range, (r) => void (location.hash = toHash(r))];
}

/** What a part the page that composes it adds below the day's sessions gets (app/stats: Zoho People). */
export interface BelowProps { sessions: Session[]; day: number; range: Range; lists: ListIndex; lang: string }

interface Props { site: Site; goals: () => Promise<Goals>; statsLink: string; preload?: Preload; Extra?: ComponentType<BelowProps> }

/** The goals (a request to TickTick) once the range is drawn. */
function useGoals(goals: () => Promise<Goals>, drawn: boolean): Goals {
  const [goal, setGoal] = useState<Goals>({ pomos: null, minutes: null });
  useEffect(() => void (drawn && goals().then(setGoal, () => undefined)), [drawn]);
  return goal;
}

/**
 * The figures and the chart paint first; what lies below them follows a frame later (half the work
 * of a year's first paint). The marks are the bench's (test/bench/stats.mjs): the range's first
 * paint, all of it, and the fill's end.
 */
function useBelow(version: number, busy: boolean): boolean {
  const [below, setBelow] = useState(false);
  useEffect(() => void (version > 0 && setBelow(true)), [version > 0]);
  useEffect(() => void (version > 0 && once('stats-painted')), [version]);
  useEffect(() => void (below && once('stats-complete')), [below]);
  useEffect(() => void (!busy && version > 0 && once('stats-done')), [busy, version]);
  return below;
}

export function Stats({ site, goals, statsLink, preload, Extra }: Props) {
  const lang = uiLang();
  const weekStart = useMemo(() => weekStartOf(navigator.language), []);
  const today = dayOf(Date.now());
  const [range, setRange] = useHashRange(today, weekStart, preload?.range);
  const data = useStats(site, range, preload);
  const goal = useGoals(goals, data.version > 0);
  const [picked, setPicked] = useState<number | null>(null);
  const names = { inbox: t('inbox'), noTask: t('statsNoTask'), noList: t('statsNoList') };
  const listOf = (p: TaskPart) => listOfIndex(data.lists, p, names);
  const [lo, hi] = [dayStartMs(range.from), dayStartMs(range.to + 1)];
  const sessions = useMemo(() => (data.cache ? allSessions(data.cache).filter((s) => s.end > lo && s.start < hi) : []), [data.version, data.cache, lo, hi]);
  const agg = useMemo(() => aggregate(sessions, range.from, range.to, { listOf, noTask: names.noTask }), [sessions, data.lists, range.from, range.to]);
  const streak = useMemo(() => streaks(data.cache ? focusDayKeys(data.cache).map(parseIsoDay) : [], today), [data.version, data.cache, today]);
  const busy = data.status === 'reading' || data.status === 'fetching';
  const lastActive = [...agg.days].reverse().find((d) => d.minutes > 0 && d.day <= today)?.day;
  const day = picked !== null && picked >= range.from && picked <= range.to ? picked : today >= range.from && today <= range.to ? today : lastActive ?? range.to;
  const below = useBelow(data.version, busy);
  const Chart = range.to - range.from < 31 ? DayBars : Heatmap;
  const failed = data.status === 'failed';
  const known = !!data.cache && knowsAny(data.cache.spans, lo, hi);
  const head = (
    <>
      <div class="head">
        <h1>{t('statsTitle')}</h1>
        <a href={statsLink} target="_blank" rel="noreferrer">{t('statsTickTick')}</a>
      </div>
      <RangeBar range={range} anchor={day} weekStart={weekStart} lang={lang} onRange={setRange} />
    </>
  );
  // Nothing is drawn of the range before its days are read from storage: one paint, not two.
  if (data.version === 0) return <main class="stats" aria-busy="true" data-status="reading">{head}</main>;
  return (
    <main class="stats" aria-busy={busy} data-status={data.status}>
      {head}
      {failed && <Failure site={site} known={known} retry={data.retry} />}
      <p class="hint left" role="status">{busy ? (data.back && data.back > lo ? t('statsLoadingBack', [dayText(dayOf(data.back), lang, 'full')]) : t('statsLoading')) : ''}</p>
      {(!failed || known) && <>
      <Summary agg={agg} goals={goal} streak={streak} today={today} allTime={data.allTime} lang={lang} />
      <section aria-labelledby="chart-h">
        <h2 id="chart-h">{t('statsPerDay')}</h2>
        <Chart days={agg.days} weekStart={weekStart} selected={day} onSelect={setPicked} lang={lang} />
      </section>
      {below && (
        <>
          <Sessions sessions={sessions} day={day} dayMinutes={agg.days[day - range.from]?.minutes ?? 0} listOf={listOf} lang={lang} />
          {Extra && !busy && <Extra sessions={sessions} day={day} range={range} lists={data.lists} lang={lang} />}
          <div class="columns">
            <Breakdown id="lists-h" title={t('statsByList')} col={t('statsList')} rows={agg.lists} total={agg.minutes} lang={lang} />
            <Breakdown id="tasks-h" title={t('statsByTask')} col={t('statsTask')} rows={agg.tasks} total={agg.minutes} lang={lang} />
          </div>
          <HourChart hours={agg.hours} />
          <Export sessions={sessions} from={lo} to={hi} fromDay={range.from} toDay={range.to} listOf={listOf} />
          <p class="row start"><button type="button" class="link" disabled={busy} onClick={data.reload}>{t('statsReload')}</button></p>
        </>
      )}
      </>}
    </main>
  );
}
