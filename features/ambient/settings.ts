// The ambient sound while a focus runs: which (browser/noise.ts synthesises them) and how loud
// (app/settings.ts joins this part into the settings).
import type { Noise } from '../../browser/noise';

export const AMBIENTS = ['off', 'white', 'pink', 'brown', 'tick'] as const satisfies readonly ('off' | Noise)[];
export type AmbientName = (typeof AMBIENTS)[number];

export interface AmbientSettings {
  ambient: { name: AmbientName; volume: number };
}

export const DEFAULT_AMBIENT: AmbientSettings = { ambient: { name: 'off', volume: 0.4 } };
