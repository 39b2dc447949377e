import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../../features/focus/ticktick/classify';
import { parseFocusReply } from '../../../../features/focus/ticktick/parse';
import { seedReplyPaused } from '../../../seed';

const seed = () => structuredClone(seedReplyPaused) as Record<string, unknown> & { current: Record<string, unknown> };

describe('parseFocusReply', () => {
  it('null and {} current mean no session yet', () => {
    expect(parseFocusReply({ point: 5, current: null, updates: [] })).toEqual({ ok: true, value: { point: 5, current: null, updates: 0, ids: [] } });
    expect(parseFocusReply({ point: 5, current: {} })).toMatchObject({ ok: true, value: { current: null } });
  });
  it('null optional fields read as absent', () => {
    const s = seed();
    Object.assign(s.current, { focusBreak: null, pauseLogs: null, endTime: null, note: null, focusTasks: null });
    const r = parseFocusReply(s);
    expect(r).toMatchObject({ ok: true, value: { current: { focusBreak: {}, pauseLogs: [], focusTasks: [] } } });
  });
  it('lenient where TickTick varies: no current is idle, no point keeps ours, a negative counter passes', () => {
    const s = seed();
    delete (s as Record<string, unknown>).current;
    expect(parseFocusReply(s)).toMatchObject({ ok: true, value: { current: null, point: 1763028729470 } });
    const p = seed();
    delete (p as Record<string, unknown>).point;
    expect(parseFocusReply(p)).toMatchObject({ ok: true, value: { point: undefined, odd: 'reply.point is missing', current: { status: 1 } } });
    const n = seed();
    n.current.pomoCount = -1;
    expect(parseFocusReply(n)).toMatchObject({ ok: true, value: { current: { pomoCount: -1 } } });
  });
  it.each([
    ['an unknown status', (s: ReturnType<typeof seed>) => (s.current.status = 7), 'current.status 7 is unknown'],
    ['an unknown type', (s: ReturnType<typeof seed>) => (s.current.type = 4), 'current.type 4 is unknown'],
    ['an unknown pause log type', (s: ReturnType<typeof seed>) => (s.current.pauseLogs = [{ type: 7, time: '2025-11-13T10:10:00.000+0000' }]), 'current.pauseLogs[0].type 7 is unknown'],
  ])('%s sets the record aside (the last good one stays), not the reply', (_name, mutate, odd) => {
    const s = seed();
    mutate(s);
    expect(parseFocusReply(s)).toEqual({ ok: true, value: { point: 1763028729470, current: undefined, updates: 1, ids: [expect.any(String)], odd } });
  });
  it.each([
    ['status as text', (s: ReturnType<typeof seed>) => (s.current.status = '1'), 'current.status is not one of 0/1/2/3'],
    ['null id', (s: ReturnType<typeof seed>) => (s.current.id = null), 'current.id is not text'],
    ['bad start', (s: ReturnType<typeof seed>) => (s.current.startTime = 'yesterday'), 'current.startTime is not a time'],
    ['current not an object', (s: ReturnType<typeof seed>) => ((s as Record<string, unknown>).current = 'paused'), 'reply.current is not an object'],
  ])('%s is refused with a clear reason', (_name, mutate, problem) => {
    const s = seed();
    mutate(s);
    expect(parseFocusReply(s)).toEqual({ ok: false, problem });
  });
  it('a huge updates array is counted, not kept', () => {
    const s = seed();
    s.updates = Array.from({ length: 50_000 }, () => s.current);
    expect(parseFocusReply(s)).toMatchObject({ ok: true, value: { updates: 50_000 } });
  });
});

describe('fuzz: any reply body is either a valid focus state or a clear error, never a crash', () => {
  const valid = (v: unknown) => {
    const r = classify({ status: 200, contentType: 'application/json', text: typeof v === 'string' ? v : JSON.stringify(v), redirected: false });
    if (r.ok) {
      expect(r.reply.point === undefined || (Number.isInteger(r.reply.point) && r.reply.point > 0)).toBe(true);
      const c = r.reply.current;
      if (c) {
        expect([0, 1]).toContain(c.type);
        expect([0, 1, 2, 3]).toContain(c.status);
        expect(typeof c.id).toBe('string');
        expect(Array.isArray(c.pauseLogs)).toBe(true);
        expect(Number.isFinite(c.duration)).toBe(true);
      }
    } else {
      expect(r.error).toMatch(/^[a-z_]+$/);
    }
  };

  it('arbitrary JSON values and strings (1,000 cases)', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.string()), valid), { numRuns: 1000 });
  });

  it('the seed reply with random fields replaced by random values (2,000 cases)', () => {
    const fields = Object.keys(seedReplyPaused.current);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...fields, 'point', 'updates'), fc.oneof(fc.jsonValue(), fc.constant(undefined))), { maxLength: 4 }),
        fc.integer({ min: 0, max: 400 }),
        (edits, cut) => {
          const s = seed();
          for (const [k, v] of edits) {
            if (k === 'point' || k === 'updates') (s as Record<string, unknown>)[k] = v;
            else s.current[k] = v;
          }
          valid(s);
          valid(JSON.stringify(s).slice(0, cut)); // truncated bodies
        },
      ),
      { numRuns: 2000 },
    );
  });
});
