import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../core/ticktick/errors';
import { parseFocusReply } from '../../../core/ticktick/parse';
import { seedReplyPaused } from '../../seed';

const seed = () => structuredClone(seedReplyPaused) as Record<string, unknown> & { current: Record<string, unknown> };

describe('parseFocusReply', () => {
  it('null and {} current mean no session yet', () => {
    expect(parseFocusReply({ point: 5, current: null, updates: [] })).toEqual({ ok: true, value: { point: 5, current: null, updates: 0 } });
    expect(parseFocusReply({ point: 5, current: {} })).toMatchObject({ ok: true, value: { current: null } });
  });
  it('null optional fields read as absent', () => {
    const s = seed();
    Object.assign(s.current, { focusBreak: null, pauseLogs: null, endTime: null, note: null, focusTasks: null });
    const r = parseFocusReply(s);
    expect(r).toMatchObject({ ok: true, value: { current: { focusBreak: {}, pauseLogs: [], focusTasks: [] } } });
  });
  it.each([
    ['missing current', (s: ReturnType<typeof seed>) => delete (s as Record<string, unknown>).current, 'reply.current is missing'],
    ['status as text', (s: ReturnType<typeof seed>) => (s.current.status = '1'), 'current.status is not one of 0/1/2/3'],
    ['null id', (s: ReturnType<typeof seed>) => (s.current.id = null), 'current.id is not text'],
    ['no point', (s: ReturnType<typeof seed>) => (s.point = null), 'reply.point is not a number'],
    ['bad start', (s: ReturnType<typeof seed>) => (s.current.startTime = 'yesterday'), 'current.startTime is not a time'],
    ['bad pause log', (s: ReturnType<typeof seed>) => (s.current.pauseLogs = [{ type: 7, time: 'x' }]), 'current.pauseLogs[0].type is not one of 0/1'],
    ['updates not a list', (s: ReturnType<typeof seed>) => (s.updates = 'many'), 'reply.updates is not a list'],
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
      expect(Number.isInteger(r.reply.point) && r.reply.point > 0).toBe(true);
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
