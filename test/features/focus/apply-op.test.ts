import { describe, expect, it } from 'vitest';
import { applyOps } from '../../../features/focus/apply-op';
import { parseRecord } from '../../../features/focus/ticktick/parse';
import { seedContinue, seedDropExit, seedPause, seedReplyPaused, seedStart } from '../../seed';

describe('applyOps (the optimistic view)', () => {
  it('start then pause gives what TickTick answered in the seed (status 1, the pause log)', () => {
    const rec = applyOps(null, [...seedStart.opList, ...seedPause.opList])!;
    const seed = parseRecord(structuredClone(seedReplyPaused.current));
    expect(rec).toMatchObject({ id: seed.id, status: seed.status, pauseLogs: seed.pauseLogs, duration: 25, startTime: seed.startTime });
  });
  it('drop then exit leaves nothing to show', () => {
    const rec = applyOps(null, [...seedStart.opList, ...seedDropExit.opList])!;
    expect(rec.status).toBe(3);
    expect(rec.exited).toBe(true);
  });
  it('ignores ops of another session and ops that do not apply', () => {
    const rec = applyOps(null, seedStart.opList)!;
    expect(applyOps(rec, [{ ...seedPause.opList[0]!, oId: 'other' }])).toBe(rec);
    expect(applyOps(rec, seedContinue.opList)).toBe(rec);
  });
});
