// Writes the end-of-focus sounds to public/sounds/ as 16-bit mono WAV: synthesised here from sine
// partials with a soft envelope, so they are ours to ship (licence: the project's own). Run once:
// `node scripts/make-sounds.mjs`.
import { writeFileSync } from 'node:fs';

const RATE = 22050;

function wav(samples) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(Math.max(-1, Math.min(1, s)) * 32767, i * 2));
  const h = Buffer.alloc(44);
  h.write('RIFF', 0); h.writeUInt32LE(36 + data.length, 4); h.write('WAVE', 8); h.write('fmt ', 12);
  h.writeUInt32LE(16, 16); h.writeUInt16LE(1, 20); h.writeUInt16LE(1, 22); h.writeUInt32LE(RATE, 24);
  h.writeUInt32LE(RATE * 2, 28); h.writeUInt16LE(2, 32); h.writeUInt16LE(16, 34); h.write('data', 36); h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

/** Notes: [start s, frequency Hz, length s]; each with a few harmonics and an exponential decay. */
function tone(notes, total, partials = [1, 0.4, 0.15], decay = 6) {
  const out = new Float32Array(Math.round(total * RATE));
  for (const [at, f, len] of notes) {
    const a = Math.round(at * RATE);
    for (let i = 0; i < len * RATE && a + i < out.length; i++) {
      const t = i / RATE;
      const env = Math.min(1, t * 200) * Math.exp(-decay * t);
      out[a + i] += 0.3 * env * partials.reduce((s, p, k) => s + p * Math.sin(2 * Math.PI * f * (k + 1) * t), 0);
    }
  }
  return [...out];
}

writeFileSync('public/sounds/chime.wav', wav(tone([[0, 880, 1.2], [0.18, 1318.5, 1.2]], 1.4)));
writeFileSync('public/sounds/bell.wav', wav(tone([[0, 660, 1.6]], 1.6, [1, 0.6, 0.3, 0.2], 3.5)));
writeFileSync('public/sounds/soft.wav', wav(tone([[0, 523.25, 0.5], [0.25, 659.25, 0.5], [0.5, 783.99, 0.8]], 1.3, [1, 0.1], 5)));
console.log('public/sounds/{chime,bell,soft}.wav written');
