// The check's facts from the stored state: the waiting changes by kind and time only, and the
// focus as the user sees it (its task and note, which the report leaves out unless asked).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../features/focus/engine';
import { fakePorts } from '../../browser/fakes';
import { SAMPLE_TASKS } from '../../fake-ticktick/ticktick.mjs';
import { fullCheck } from './check-ports';

describe('withState', () => {
  it('an empty queue on a synced account', async () => {
    const f = fakePorts();
    const engine = createEngine(f.ports);
    await engine.wake();
    await engine.settled();
    const facts = await fullCheck(f);
    expect(facts.queue).toMatchObject({ size: 0, oldest: null, inflight: 0, error: null, syncedAt: f.now });
    expect(facts.focus).toEqual({ phase: 'idle', task: '', note: '' });
  });

  it('a change waiting while TickTick is unreachable: the queue by kind and time; the focus with its task and note', async () => {
    const f = fakePorts();
    const engine = createEngine(f.ports);
    await engine.act({ type: 'start', task: { id: SAMPLE_TASKS[0]!.id, title: SAMPLE_TASKS[0]!.title } });
    await engine.settled();
    f.setOffline(true);
    await engine.act({ type: 'note', text: 'call Ana about the numbers' });
    await engine.settled();
    const facts = await fullCheck(f);
    expect(facts.read).toMatchObject({ verdict: 'offline' });
    // No answer: TickTick may hold the batch, so its in-flight mark stays (features/focus/ticktick/errors.ts POLICY).
    expect(facts.queue).toEqual({ size: 1, oldest: { op: 'note', time: f.state.queue[0]!.time }, inflight: 1, error: 'offline', retryAt: f.state.retry!.at, syncedAt: f.state.syncedAt });
    expect(JSON.stringify(facts.queue)).not.toContain('call Ana'); // the op's note stays out of the queue's facts
    expect(facts.focus).toEqual({ phase: 'focusing', task: SAMPLE_TASKS[0]!.title, note: 'call Ana about the numbers' });
  });
});
