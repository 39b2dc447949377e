// The mechanism both remote services share (TickTick and Zoho People): state changes one at a
// time over a persisted item, at most one exchange in flight, and follow-ups tracked so tests and
// benchmarks can wait for quiet. What a round sends and how a reply changes the state is each
// service's own (features/focus/ticktick/sync.ts, features/zoho/service.ts).

export interface Outbox<S> {
  /** Runs `fn` on the stored state with no other change in between. */
  locked<T>(fn: () => Promise<T>): Promise<T>;
  /** Loads, lets `fn` change the state, saves it (then `afterSave`), all under the lock. */
  change<T>(fn: (s: S) => T | Promise<T>): Promise<T>;
  /** Like `change`, but saves (and runs `afterSave`) only when `fn` says it changed something. */
  changeIf(fn: (s: S) => boolean | Promise<boolean>): Promise<boolean>;
  load(): Promise<S>;
  /**
   * Starts a round unless one runs. A request made meanwhile joins it (a read fetches fresh state
   * anyway); `again` (new ops, a new session) makes it run once more after the current one.
   */
  flush(again?: boolean): Promise<void>;
  /** Work started without awaiting it (the caller has its answer already). */
  background(work: Promise<unknown>): void;
  /** Resolves when no round, follow-up or state change is under way. */
  settled(): Promise<void>;
}

export interface OutboxSpec<S> {
  load(): Promise<S>;
  save(s: S): Promise<void>;
  /** Views of the saved state: badge, alarms. */
  afterSave?(s: S): Promise<void>;
  /** One exchange with the service, outside the lock; it takes the lock to settle. */
  round(box: Outbox<S>): Promise<void>;
}

export function createOutbox<S>(spec: OutboxSpec<S>): Outbox<S> {
  let lock: Promise<unknown> = Promise.resolve();
  const tasks = new Set<Promise<unknown>>();
  let running: Promise<void> | null = null;
  let rerun = false;

  const box: Outbox<S> = {
    locked(fn) {
      const run = lock.then(fn);
      lock = run.catch(() => undefined);
      return run;
    },
    change(fn) {
      return box.locked(async () => {
        const s = await spec.load();
        const out = await fn(s);
        await spec.save(s);
        await spec.afterSave?.(s);
        return out;
      });
    },
    changeIf(fn) {
      return box.locked(async () => {
        const s = await spec.load();
        if (!(await fn(s))) return false;
        await spec.save(s);
        await spec.afterSave?.(s);
        return true;
      });
    },
    load: () => box.locked(spec.load),
    flush(again = false) {
      if (running) {
        rerun ||= again;
        return running;
      }
      running = (async () => {
        try {
          do {
            rerun = false;
            await spec.round(box);
          } while (rerun);
        } finally {
          running = null; // in the same turn as the last `rerun` check: no request can slip between
        }
      })();
      return running;
    },
    background(work) {
      const t = work.catch(() => undefined).finally(() => tasks.delete(t));
      tasks.add(t);
    },
    async settled() {
      while (running || tasks.size) await Promise.all([running, ...tasks]);
      await lock;
    },
  };
  return box;
}
