// What pages ask of the connection check's worker part (app/check.ts composes it).
import { sender } from '../../browser/messaging';
import type { WorkerFacts } from './facts';

export interface CheckMessages {
  /** Runs the worker's steps once, in order, and says what each found. */
  runCheck: () => WorkerFacts;
}

export const sendCheck = sender<CheckMessages>();
