import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { stateItem } from '../../../features/focus/items';

beforeEach(() => fakeBrowser.reset());

const problems = async () => (await fakeBrowser.storage.local.get('problems')).problems;

describe('the state item', () => {
  it('a state of this version in the wrong shape (a queue that is no list of ops) is set aside, not a blank popup', async () => {
    const bad = { v: 2, value: { current: null, point: 17, queue: { op: 'pause' } } };
    await fakeBrowser.storage.local.set({ state: bad });
    const s = await stateItem.getValue();
    expect(s.queue).toEqual([]);
    expect((await fakeBrowser.storage.local.get('state.backup'))['state.backup']).toEqual(bad);
    expect(await problems()).toMatchObject([{ key: 'state', kind: 'unreadable', version: 2 }]);
    expect(stateItem.parse({ v: 2, value: { point: 1, current: null, queue: [{ id: 'a', op: 'pause', oId: 'b' }] } }).queue).toHaveLength(1);
  });
});
