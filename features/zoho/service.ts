// The Zoho People mirror's outbox: its calls go one at a time, in order, through their own queue,
// retry schedule and alarm (round.ts), so Zoho never slows, blocks or rolls back anything TickTick
// does. Here: what TickTick's state, the user and pages ask of it.
import { createOutbox, type Outbox } from '../../kernel/outbox';
import type { Params } from './api';
import { PAGE_READS } from './budget';
import { ALARM_ZOHO } from './config';
import { createExchange } from './exchange';
import { anyMapped, jobFor } from './jobs';
import { follow, type Want } from './mirror';
import type { ZohoReply } from './parse';
import type { ZohoPorts } from './ports';
import { createRound } from './round';
import { initialZoho, type DraftCall, type ZohoCall, type ZohoState } from './state';

/** What TickTick's state means for Zoho, queued; true when calls were queued. */
async function queueFor(p: ZohoPorts, box: Outbox<ZohoState>, newId: () => string, want: Want): Promise<boolean> {
  const settings = await p.settings();
  // The task's list is looked up only when some list has a job of its own.
  const listId = want.taskId && anyMapped(settings) ? await p.listOf?.(want.taskId) : undefined;
  const job = jobFor(settings, listId);
  // Most of TickTick's saves (a poll, a note) change nothing here: then nothing is written.
  let queued = false;
  await box.changeIf((z) => {
    if (!settings.enabled && !z.log?.running) return false;
    const [log, calls] = [JSON.stringify(z.log), z.queue.length];
    follow(z, want, { now: p.now(), settings, job, newId });
    queued = z.queue.length > calls;
    return queued || JSON.stringify(z.log) !== log;
  });
  return queued;
}

export function createZohoMirror(p: ZohoPorts) {
  let counter = 0;
  const newId = () => `${p.now().toString(36)}-${(counter++).toString(36)}`;
  const box: Outbox<ZohoState> = createOutbox<ZohoState>({
    load: async () => ({ ...initialZoho(), ...(await p.load()) }),
    save: p.save,
    afterSave: (z) => p.alarms.at(ALARM_ZOHO, z.queue.length ? z.retry?.at ?? null : null),
    round: (b) => round(b),
  });
  const exchange = createExchange(p, box);
  const round = createRound(p, exchange);
  const changeThenSend = async (fn: (z: ZohoState) => void) => {
    await box.change(fn);
    await box.flush(true);
  };

  // TickTick's states are queued one at a time, in the order they came: a later state (End) must
  // never be applied before an earlier one whose task's list was still being looked up. Sending
  // is not in that line: a slow Zoho does not hold the next state back.
  let following: Promise<boolean> = Promise.resolve(false);
  const mirror = {
    /** TickTick's state changed (or the settings): queue what mirrors it, then send. */
    async follow(want: Want): Promise<void> {
      const next = following.then(() => queueFor(p, box, newId, want));
      following = next.catch(() => false);
      if (await next) await box.flush(true);
    },
    /** Retry alarm, worker start, a new token: send what waits. */
    resume: () => box.flush(true),
    queue: (call: DraftCall) => changeThenSend((z) => void z.queue.push({ ...call, id: newId() } as ZohoCall)),
    /** The user decides about a timer the mirror did not start: stop it and mirror, or leave it. */
    async decideForeign(takeOver: boolean, want: Want): Promise<void> {
      await box.change((z) => {
        if (takeOver && z.foreign) z.queue.push({ id: newId(), key: '', kind: 'stopForeign', timeLogId: z.foreign.timeLogId });
        if (takeOver && z.log?.skip) z.log = null; // mirror this session after all
        if (!takeOver) z.foreign = null;
      });
      if (takeOver) await mirror.follow(want);
    },
    /**
     * The user connected again (`granted`: Zoho may renew without a window), or disconnected
     * (false: no renewal without the user from now on): what waited is sent, or asks to reconnect.
     */
    connected: (granted: boolean) => changeThenSend((z) => void Object.assign(z, { error: null, retry: null, granted })),
    /** A page's read, within the share of the budget pages may use; pages cannot write. */
    read: (op: string, params: Params): Promise<ZohoReply> => (PAGE_READS.has(op) ? exchange.read(op, params) : Promise.reject(new Error(op))),
    /** The popup's "Dismiss" under minutes Zoho did not log. */
    dismissMissed: () => box.change((z) => void (z.missed = [])),
    settled: () => box.settled(),
  };
  return mirror;
}
