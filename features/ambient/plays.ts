// When the ambient sound plays: only while a pomodoro or stopwatch runs, wherever it was started;
// never on pause, break or after the end (issue #19).
import type { FocusView } from '../focus/index';
import type { Noise } from '../../browser/noise';
import type { AmbientSettings } from './settings';

export function ambientFor(view: FocusView, s: AmbientSettings): { name: Noise; volume: number } | null {
  const { name, volume } = s.ambient;
  if (name === 'off' || view.phase !== 'focusing') return null;
  return { name, volume: Math.min(1, Math.max(0, Number(volume) || 0)) };
}
