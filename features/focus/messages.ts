// What pages ask of the focus feature's worker part (features/focus/engine.ts answers).
import { sender } from '../../browser/messaging';
import type { ActionRequest } from './plan';
import type { AppState } from './state';

export interface FocusMessages {
  /** Refresh from TickTick (an empty `opList`, or what waits in the queue). */
  sync: () => AppState;
  act: (req: ActionRequest) => AppState;
  retry: () => AppState;
  discard: () => AppState;
}

export const sendFocus = sender<FocusMessages>();
