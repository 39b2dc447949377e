// What pages ask of the connection check's worker part (app/check.ts composes it).
import { sender } from '../../browser/messaging';
import type { CheckFacts } from './facts';

export interface CheckMessages {
  /** Runs every step once, in order, and says what each found. */
  runCheck: () => CheckFacts;
}

export const sendCheck = sender<CheckMessages>();
