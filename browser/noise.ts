// Ambient sound made with Web Audio: a few seconds of white, pink or brown noise, or one tick a
// second, looped. Synthesised here, so nothing large ships (issue #19: no large files). Runs
// where there is an AudioContext: Chrome's offscreen document and Firefox's background page.

export const NOISES = ['white', 'pink', 'brown', 'tick'] as const;
export type Noise = (typeof NOISES)[number];

export interface NoisePlayer {
  /** Plays `name` at `volume` 0–1, or stops (null). Playing the same again only sets the volume. */
  set(name: Noise | null, volume: number): Promise<void>;
  /** What plays now, and whether the audio clock runs (the e2e tests ask the offscreen document). */
  state(): { name: Noise | null; volume: number; running: boolean };
}

const SECONDS = 4;

/** Samples of `name`: pink by Paul Kellet's economy filter, brown by a leaky integrator (both unit-scaled). */
export function samples(name: Noise, rate: number, random = Math.random): Float32Array {
  const n = name === 'tick' ? rate : rate * SECONDS;
  const out = new Float32Array(n);
  if (name === 'tick') {
    // A 2 kHz click of 15 ms that dies away, then silence: one a second.
    for (let i = 0; i < rate * 0.015; i++) out[i] = Math.sin((2 * Math.PI * 2000 * i) / rate) * Math.exp(-i / (rate * 0.003)) * 0.6;
    return out;
  }
  let b0 = 0, b1 = 0, b2 = 0, last = 0;
  for (let i = 0; i < n; i++) {
    const w = random() * 2 - 1;
    if (name === 'white') out[i] = w * 0.3;
    else if (name === 'pink') {
      b0 = 0.99765 * b0 + w * 0.099046;
      b1 = 0.963 * b1 + w * 0.2965164;
      b2 = 0.57 * b2 + w * 1.0526913;
      out[i] = (b0 + b1 + b2 + w * 0.1848) * 0.08;
    } else {
      last = (last + 0.02 * w) / 1.02;
      out[i] = last * 2.5;
    }
  }
  return out;
}

export function createNoisePlayer(): NoisePlayer {
  let ctx: AudioContext | null = null;
  let playing: { name: Noise; src: AudioBufferSourceNode; gain: GainNode } | null = null;
  let volume = 0;
  const stop = () => {
    playing?.src.stop();
    playing = null;
  };
  return {
    async set(name, v) {
      volume = Math.min(1, Math.max(0, v));
      if (playing && playing.name === name) {
        playing.gain.gain.value = volume;
        return;
      }
      stop();
      if (!name) return void (await ctx?.suspend());
      ctx ??= new AudioContext();
      const buffer = ctx.createBuffer(1, name === 'tick' ? ctx.sampleRate : ctx.sampleRate * SECONDS, ctx.sampleRate);
      buffer.copyToChannel(samples(name, ctx.sampleRate) as Float32Array<ArrayBuffer>, 0);
      const src = ctx.createBufferSource();
      const gain = ctx.createGain();
      Object.assign(src, { buffer, loop: true });
      gain.gain.value = volume;
      src.connect(gain).connect(ctx.destination);
      src.start();
      playing = { name, src, gain };
      await ctx.resume();
    },
    state: () => ({ name: playing?.name ?? null, volume, running: ctx?.state === 'running' && !!playing }),
  };
}
