// One straight path per click (issue #18): the op leaves before the badge, the alarms and the
// observers are updated, the state is read once and written once per step, and the view is
// derived once per saved change and handed to every observer.
import { beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../../features/focus/engine';
import type { FocusView } from '../../../features/focus/focus-view';
import type { AppState } from '../../../features/focus/state';
import { fakePorts } from '../../browser/fakes';

let f: ReturnType<typeof fakePorts>;
let engine: Engine;
let seen: { s: AppState; view: FocusView }[];
const counts = { load: 0, save: 0 };

beforeEach(async () => {
  f = fakePorts();
  const { load, save } = f.ports.state;
  f.ports.state.load = () => (counts.load++, load());
  f.ports.state.save = (s) => (counts.save++, save(s));
  seen = [];
  engine = createEngine(f.ports, [(s, view) => seen.push({ s, view }), (s, view) => seen.push({ s, view })]);
  await engine.wake();
  await engine.settled();
  Object.assign(counts, { load: 0, save: 0 });
  seen = [];
});

describe('one Start click', () => {
  it('reaches TickTick while the badge is still being drawn', async () => {
    let release = () => {};
    const show = f.ports.badge.show;
    f.ports.badge.show = (look, title) => new Promise((r) => (release = () => void show(look, title).then(r)));
    const before = f.tt.focusRequests().length;
    await engine.act({ type: 'start' });
    await new Promise((r) => setTimeout(r, 20));
    const sent = f.tt.focusRequests().slice(before).filter((r) => r.body?.opList.length);
    expect(sent.map((r) => r.body!.opList.map((o) => o.op))).toEqual([['start']]);
    expect(f.badge.look.text).toBe(''); // not drawn yet: the op did not wait for it
    f.ports.badge.show = show;
    release();
    await engine.settled();
    expect(f.badge.look.text).toBe('25');
  });

  it('reads the state three times and writes it three times: the press, the batch in flight, the answer', async () => {
    await engine.act({ type: 'start' });
    await engine.settled();
    expect(counts).toEqual({ load: 3, save: 3 });
    expect(f.state.queue).toEqual([]);
  });

  it('hands each observer the view derived once per saved change, in the order of the saves', async () => {
    await engine.act({ type: 'start' });
    await engine.settled();
    // Two observers, two changes (the press, TickTick's answer): each change's view object is shared.
    expect(seen).toHaveLength(4);
    expect(seen[0]!.view).toBe(seen[1]!.view);
    expect(seen[2]!.view).toBe(seen[3]!.view);
    expect(seen.map((x) => [x.view.phase, x.s.queue.length])).toEqual([['focusing', 1], ['focusing', 1], ['focusing', 0], ['focusing', 0]]);
  });
});
