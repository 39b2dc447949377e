import { describe, expect, it } from 'vitest';
import { samples } from '../../browser/noise';

const rms = (a: Float32Array) => Math.sqrt(a.reduce((s, x) => s + x * x, 0) / a.length);
/** How much of the signal's power is in the change from sample to sample: high for white noise. */
const roughness = (a: Float32Array) => rms(a.map((x, i) => x - (a[i - 1] ?? 0))) / rms(a);

describe('the synthesised ambient sounds', () => {
  const rate = 8000;
  it('noises fill four seconds within -1..1, white rougher than pink, pink rougher than brown', () => {
    const [white, pink, brown] = (['white', 'pink', 'brown'] as const).map((n) => samples(n, rate));
    for (const s of [white!, pink!, brown!]) {
      expect(s).toHaveLength(rate * 4);
      expect(Math.max(...s.map(Math.abs))).toBeLessThanOrEqual(1);
      expect(rms(s)).toBeGreaterThan(0.02);
    }
    expect(roughness(white!)).toBeGreaterThan(roughness(pink!));
    expect(roughness(pink!)).toBeGreaterThan(roughness(brown!));
  });
  it('the tick: one short click a second, then silence', () => {
    const s = samples('tick', rate);
    expect(s).toHaveLength(rate);
    expect(Math.max(...s.slice(0, rate * 0.015).map(Math.abs))).toBeGreaterThan(0.1);
    expect(Math.max(...s.slice(rate * 0.02).map(Math.abs))).toBe(0);
  });
});
