// Popup state: a view of the background's stored state plus the clock. The popup reads storage
// directly (no worker round trip before the first paint) and applies actions optimistically.
import { createStore } from 'zustand/vanilla';
import { deriveView, stateKey, type Phase } from '../focus-view';
import { objectIdFactory } from '../../../kernel/object-id';
import { planAction, type Action, type TaskRef } from '../plan';
import { effectivePrefs } from '../rhythm';
import { effective, isSignedOut, serverNow, type AppState } from '../state';
import { DEFAULT_EXTRAS, type Extras } from '../items';
import { DEFAULT_SETTINGS, withDefaults } from '../../../app/settings';
import type { PomoPrefs } from '../ticktick/types';
import type { ZohoSettings } from '../../zoho/state';
import { sendFocus } from '../messages';
import { browser } from 'wxt/browser';
import { settingsItem } from '../../../app/settings';
import { extrasItem, stateItem } from '../items';
import { PROBLEMS_KEY, type StorageProblem, watchItem } from '../../../browser/storage';
import { useStore } from '../../../ui/use-store';

export interface PopupStore {
  app: AppState | null;
  extras: Extras;
  /** The user's rhythm: TickTick's preferences with the local overrides. */
  prefs: PomoPrefs;
  rhythm: Partial<PomoPrefs>;
  zoho: ZohoSettings;
  now: number;
  /** An action is on its way to the background; buttons wait for it. */
  busy: boolean;
  /** The task chosen for the next start (idle only). */
  pick: TaskRef | null;
  /** The note being typed for session `sid`, until TickTick's record shows it. */
  draft: { sid: string; text: string } | null;
  /** Stored items that could not be used and were set aside (app/migrations.ts). */
  problems: StorageProblem[];
  /** A short focus is about to be thrown away: sent at this time unless the user undoes it. */
  pendingEnd: number | null;
  /** Pomodoro or stopwatch, for the next start. */
  mode: 'pomo' | 'stopwatch';
  /** When a press found the focus already changed (nothing was sent). */
  stale: number | null;
  act(action: Action): Promise<void>;
  /** Typing in the note field: sent to TickTick after a pause in typing (or at once by `flushNote`). */
  typeNote(sid: string, text: string): void;
  retry(): Promise<void>;
  discard(): Promise<void>;
}

const provisionalId = objectIdFactory();
let acting: Promise<void> = Promise.resolve();
let pending = 0;

/**
 * One press: shown at once (optimistic), then the background's answer replaces it. `behind`: an
 * earlier press of the user's was still on its way, so a state that moved on is their own doing.
 */
async function actNow(action: Action, from: Phase | undefined, behind: boolean): Promise<void> {
  const { app, prefs, draft } = popup.getState();
  if (!app || !from) return;
  if (action.type === 'end' && draft) {
    // The note goes in the same batch as `finish`, not on its own a moment earlier.
    clearTimeout(noteTimer);
    action = { ...action, note: draft.text };
  }
  const now = serverNow(app, Date.now());
  const rec = effective(app);
  const predicted = planAction({ ...action, from }, rec, { now, prefs, newId: provisionalId });
  // The state moved on since the press (another device, the timer): say so rather than do nothing.
  if (!predicted.length) return void (!behind && deriveView(rec, now).phase !== from && popup.setState({ stale: Date.now() }));
  popup.setState({ busy: true, now: Date.now(), stale: null, app: { ...app, queue: [...app.queue, ...predicted], notice: null } });
  try {
    adopt(await sendFocus('act', { ...action, from }));
  } finally {
    popup.setState({ busy: false });
  }
}
const NOTE_DEBOUNCE_MS = 800;
let noteTimer: ReturnType<typeof setTimeout> | undefined;

/** Sends the note being typed now (debounce over, popup closing). The worker queues it like any op. */
function flushNote(): void {
  clearTimeout(noteTimer);
  noteTimer = undefined;
  const { draft } = popup.getState();
  if (draft) void sendFocus('act', { type: 'note', text: draft.text }).then(adopt, () => undefined);
}

/** The draft is done with once TickTick's record (or our queue) shows it, or the session changed. */
function settleDraft(app: AppState) {
  const { draft } = popup.getState();
  if (!draft || noteTimer !== undefined) return;
  const rec = effective(app);
  if (!rec || rec.id !== draft.sid || (rec.note ?? '') === draft.text) popup.setState({ draft: null });
}

export const popup = createStore<PopupStore>()((set, get) => ({
  app: null,
  extras: DEFAULT_EXTRAS,
  prefs: effectivePrefs({}),
  rhythm: DEFAULT_SETTINGS.rhythm,
  zoho: DEFAULT_SETTINGS.zoho,
  now: Date.now(),
  busy: false,
  pick: null,
  draft: null,
  problems: [],
  pendingEnd: null,
  mode: 'pomo',
  stale: null,

  act(action) {
    // Presses run one after another, never dropped: each is judged against the phase the user saw.
    const { app } = get();
    const from = app ? deriveView(effective(app), serverNow(app, Date.now())).phase : undefined;
    const behind = pending++ > 0;
    const run = acting.then(() => actNow(action, from, behind)).finally(() => pending--);
    acting = run.catch(() => undefined);
    return run;
  },
  typeNote(sid, text) {
    set({ draft: { sid, text } });
    clearTimeout(noteTimer);
    noteTimer = setTimeout(flushNote, NOTE_DEBOUNCE_MS);
  },
  async retry() {
    adopt(await sendFocus('retry'));
  },
  async discard() {
    adopt(await sendFocus('discard'));
  },
}));

export const usePopup = () => useStore(popup);

/** How long a short focus can still be kept after End. A kept focus (≥ 5 min) is ended at once. */
const UNDO_MS = 4000;
let endTimer: ReturnType<typeof setTimeout> | undefined;

/** End: a focus under 5 minutes is not saved by TickTick, so the user gets a moment to undo it. */
export function requestEnd(short: boolean): void {
  if (!short) return void popup.getState().act({ type: 'end' });
  popup.setState({ pendingEnd: Date.now() + UNDO_MS });
  clearTimeout(endTimer);
  endTimer = setTimeout(commitEnd, UNDO_MS);
}

export function undoEnd(): void {
  clearTimeout(endTimer);
  popup.setState({ pendingEnd: null });
}

/** The undo time is over (or the popup closes): the end goes to the worker. */
function commitEnd(): void {
  clearTimeout(endTimer);
  if (popup.getState().pendingEnd === null) return;
  popup.setState({ pendingEnd: null });
  void popup.getState().act({ type: 'end' });
}

/** The user has read the notice about data set aside; the backups stay. */
export function dismissProblems(): void {
  popup.setState({ problems: [] });
  void browser.storage.local.remove(PROBLEMS_KEY);
}

/** A reply replaces the state; a missing one (worker restarting) leaves it to the storage watch. */
function adopt(app: AppState | undefined) {
  if (!app) return;
  popup.setState({ app });
  settleDraft(app);
}

function setExtras(extras: Extras) {
  popup.setState({ extras, prefs: effectivePrefs(extras.prefs, popup.getState().rhythm) });
}

/**
 * Preferences and today's stats, when signed in; stats again whenever a session ends in TickTick's
 * own state (not the optimistic one: TickTick must hold the finish before its stats count it).
 */
let lastKey: string | null = null;
let fetched = false;
function followExtras(app: AppState) {
  const key = stateKey(app.current);
  const ended = lastKey !== null && key !== lastKey && ['idle', 'finished'].includes(deriveView(app.current, Date.now()).phase);
  lastKey = key;
  if (app.site && !isSignedOut(app) && (!fetched || ended)) {
    fetched = true;
    const site = app.site;
    // After the first paint: the fetch and its parser are a chunk of their own.
    void import('../extras').then((m) => m.refreshExtras(site, ended)).then(setExtras);
  }
}

/** Loads the last known state, follows the background's writes, ticks the clock, polls TickTick. */
/**
 * The stored state, settings and preferences, read once before the first render: from the reads
 * `first-read.js` started while the modules loaded, or read now when it is not there.
 */
export async function loadFirst(): Promise<void> {
  const started = (globalThis as { __ttfFirst?: Promise<[Record<string, unknown>, Record<string, unknown>]> }).__ttfFirst;
  const [local, sync] = await (started ?? Promise.all([browser.storage.local.get(['state', 'extras', PROBLEMS_KEY]), browser.storage.sync.get('settings')]));
  const settings = withDefaults(settingsItem.parse(sync.settings));
  popup.setState({
    app: stateItem.parse(local.state), rhythm: settings.rhythm, zoho: settings.zoho, now: Date.now(),
    problems: (local[PROBLEMS_KEY] as StorageProblem[] | undefined) ?? [],
  });
  setExtras(extrasItem.parse(local.extras));
}

/** Follows the background's writes, ticks the clock, polls TickTick (after the first render). */
export function startPopup(): () => void {
  const first = popup.getState().app;
  if (first) followExtras(first);
  // The first read failed (loadFirst threw): read again rather than stay blank.
  else void stateItem.getValue().then((app) => popup.setState({ app }));
  const unwatch = watchItem(stateItem, (app) => {
    if (!popup.getState().busy) popup.setState({ app });
    settleDraft(app);
    followExtras(app);
  });
  // A write between the first read and the watch would be lost: read once more, now watched.
  if (first) void stateItem.getValue().then((app) => !popup.getState().busy && popup.setState({ app }));
  // Closing the popup must not lose what was typed, nor an End waiting for its undo time.
  const leave = () => {
    flushNote();
    if (popup.getState().pendingEnd !== null) void sendFocus('act', { type: 'end' });
  };
  addEventListener('pagehide', leave);
  const unwatchSettings = watchItem(settingsItem, (s) => {
    popup.setState({ rhythm: withDefaults(s).rhythm, zoho: withDefaults(s).zoho });
    setExtras(popup.getState().extras);
  });
  const sync = () => sendFocus('sync').catch(() => undefined); // the worker reports failures in the state
  void sync();
  const clock = setInterval(() => popup.setState({ now: Date.now() }), 250);
  // An open popup follows other devices within seconds (issue #3).
  const poll = setInterval(() => void sync(), 5_000);
  return () => {
    unwatch();
    unwatchSettings();
    removeEventListener('pagehide', leave);
    clearInterval(clock);
    clearInterval(poll);
  };
}
