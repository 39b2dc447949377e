import { describe, expect, it } from 'vitest';
import { objectIdFactory } from '../../kernel/object-id';
import { at, seedStart } from '../seed';

describe('ObjectId', () => {
  it('is 24 hex with the op second in front, like the seed (6915ae68 = 10:09:44)', () => {
    const id = objectIdFactory()(at(seedStart.opList[0]!.time));
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect(id.slice(0, 8)).toBe('6915ae68');
  });
  it('counts up by one between ids minted in a row (session id, then op id)', () => {
    const make = objectIdFactory();
    const a = make(0);
    const b = make(0);
    expect(parseInt(b.slice(-6), 16) - parseInt(a.slice(-6), 16)).toBe(1);
    expect(new Set(Array.from({ length: 1000 }, () => make(0))).size).toBe(1000);
  });
});
