// What pages ask of the Zoho People mirror (features/zoho/worker.ts answers).
import { sender } from '../../browser/messaging';
import type { Params } from './api';
import type { ZohoReply } from './parse';

export interface ZohoMessages {
  /** Sign in (the worker runs the window, which outlives a popup). */
  zohoConnect: () => { ok: boolean; error?: string };
  /** Forget the token. */
  zohoDisconnect: () => void;
  zohoComment: (text: string) => void;
  zohoUncomment: (commentId: string) => void;
  /** About a timer the mirror did not start: stop it and mirror this focus (true), or leave it. */
  zohoForeign: (takeOver: boolean) => void;
  /** A page's Zoho People read (jobs, running timer, comments): the worker owns Zoho's budget. */
  zohoRead: (req: { op: string; params: Params }) => ZohoReply;
  /** The reconciliation's "Log it" (the user's click): time logs queued behind the mirror's calls, `user` the settings' own. */
  zohoLog: (logs: { from: number; to: number; params: Params }[]) => void;
  /** The popup's "Dismiss" under minutes Zoho did not log. */
  zohoDismiss: () => void;
}

export const sendZoho = sender<ZohoMessages>();
