// The focus feature's public surface: what other features may use of it (test/architecture.test.ts
// holds them to this file). The view of the focus, the record types, TickTick's sites and the
// pages' way to read TickTick; nothing of the engine, the queue or the plan.
export { deriveView, isActive, isRunning, type FocusView, type Mode, type Phase } from './focus-view';
export { effective, isSignedOut, serverNow, type AppState } from './state';
export { stateItem } from './items';
export { endpoints, SITES, type Site } from './ticktick/hosts';
export { pageGet } from './ticktick/page-client';
export type { FocusOp, FocusRecord, PomoPrefs } from './ticktick/types';
export type { FocusSettings } from './settings';
export type { TaskRef } from './plan';
