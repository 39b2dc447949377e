// The focus feature's stored items: TickTick's state as the worker keeps it, and what TickTick
// says of the user's rhythm and today (fetched by popup and worker).
import { defineItem } from '../../browser/storage';
import { isObj } from '../../kernel/json';
import { EXTRAS_MIGRATIONS, isStateShape, STATE_MIGRATIONS } from './migrations';
import { initialState, type AppState } from './state';
import type { PomoPrefs, TodayStats } from './ticktick/types';

/** TickTick's pomodoro preferences (as it sent them) and today's stats. */
export interface Extras {
  prefs: Partial<PomoPrefs>;
  prefsAt: number;
  stats: TodayStats | null;
  statsAt: number;
}

export const DEFAULT_EXTRAS: Extras = { prefs: {}, prefsAt: 0, stats: null, statsAt: 0 };

export const stateItem = defineItem<AppState>('local:state', { fallback: initialState(), version: 2, migrations: STATE_MIGRATIONS, valid: isStateShape });
export const extrasItem = defineItem<Extras>('local:extras', { fallback: DEFAULT_EXTRAS, version: 2, migrations: EXTRAS_MIGRATIONS, valid: isObj });
