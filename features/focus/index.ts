// The focus feature's public surface: what other features may use of it (test/architecture.test.ts
// holds them to this file and to reads.ts, the pages' TickTick reads). The view of the focus, the
// stored state, TickTick's sites and the record types; nothing of the engine, the queue or the plan.
export { deriveView, isActive, isRunning, type FocusView, type Mode, type Phase } from './focus-view';
export { effective, isSignedOut, serverNow, type AppState } from './state';
export { stateItem } from './items';
export { endpoints, SITES, type Site } from './ticktick/hosts';
export type { FocusOp, FocusRecord, PomoPrefs } from './ticktick/types';
export type { FocusSettings } from './settings';
export type { Action, TaskRef } from './plan';
export { hostPermissions } from './ticktick/hosts';
