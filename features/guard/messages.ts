// What the blocked page asks of the guard's worker part (features/guard/worker.ts answers).
import { sender } from '../../browser/messaging';

export interface GuardMessages {
  /**
   * "Allow 5 minutes" on the blocked page: an exception for the listed site(s) blocking `host`;
   * how many today. Refused without this browser session's nonce (the one in the rule's redirect).
   */
  allowSite: (req: { host: string; nonce: string }) => { count: number };
}

export const sendGuard = sender<GuardMessages>();
