import { describe, expect, it } from 'vitest';
import { createOutbox } from '../../kernel/outbox';
import { nextRetry } from '../../kernel/retry';

const rules = { baseMs: 5000, maxMs: 300_000, busyRetries: 3 };

describe('retry schedule', () => {
  it('backs off exponentially with jitter and never waits longer than the cap', () => {
    let r = null;
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      r = nextRetry(r, 'backoff', 0, () => 1, rules);
      waits.push(r!.at);
    }
    expect(waits.slice(0, 4)).toEqual([5000, 10_000, 20_000, 40_000]);
    expect(Math.max(...waits)).toBe(300_000);
    expect(nextRetry(null, 'backoff', 0, () => 0, rules)!.at).toBe(2500); // jitter: half to full
  });
  it('busy: 1–2 s a few times, then backoff; a lock sets the time; wait means no retry by itself', () => {
    let r = null;
    for (let i = 0; i < 3; i++) {
      r = nextRetry(r, 'soon', 0, () => 0.5, rules);
      expect(r!.at).toBe(1500);
    }
    expect(nextRetry(r, 'soon', 0, () => 1, rules)!.at).toBe(5000);
    expect(nextRetry(null, 'backoff', 0, () => 1, rules, 300_000)!.at).toBe(300_000);
    expect(nextRetry(r, 'wait', 0, () => 1, rules)).toBeNull();
  });
});

describe('outbox', () => {
  function counter(roundMs = 0) {
    let stored = { n: 0 };
    let rounds = 0;
    const box = createOutbox<{ n: number }>({
      load: async () => ({ ...stored }),
      save: async (s) => {
        stored = { ...s };
      },
      async round(b) {
        rounds++;
        await new Promise((r) => setTimeout(r, roundMs));
        await b.change((s) => {
          s.n++;
        });
      },
    });
    return { box, rounds: () => rounds, stored: () => stored };
  }

  it('a flush asked for during a round joins it; `again` runs one more round', async () => {
    const c = counter(5);
    await Promise.all([c.box.flush(), c.box.flush(), c.box.flush()]);
    expect(c.rounds()).toBe(1);
    const first = c.box.flush();
    void c.box.flush(true);
    void c.box.flush(true);
    await first;
    await c.box.settled();
    expect(c.rounds()).toBe(3);
  });
  it('changes run one at a time: no update is lost to an interleaving', async () => {
    const c = counter();
    await Promise.all(Array.from({ length: 20 }, () => c.box.change(async (s) => {
      const n = s.n;
      await new Promise((r) => setTimeout(r, 1));
      s.n = n + 1;
    })));
    expect(c.stored().n).toBe(20);
  });
  it('changeIf saves only when the change says it changed something', async () => {
    let saves = 0;
    const box = createOutbox<{ n: number }>({ load: async () => ({ n: 1 }), save: async () => void saves++, round: async () => undefined });
    expect(await box.changeIf(() => false)).toBe(false);
    expect(saves).toBe(0);
    expect(await box.changeIf((s) => ((s.n = 2), true))).toBe(true);
    expect(saves).toBe(1);
  });
});
