// What every part of the engine shares: the ports, the TickTick outbox, and the chain that shows
// each saved state (badge, alarms, observers) in the order of the saves without holding up the
// next exchange with TickTick.
import { createOutbox, type Outbox } from '../../kernel/outbox';
import { objectIdFactory } from '../../kernel/object-id';
import { deriveView, type FocusView } from './focus-view';
import type { Ports } from './ports';
import { render } from './render';
import { effective, serverNow, type AppState } from './state';
import { tickTickRound } from './ticktick/sync';

/** Told once per saved change, with the view derived for it; must not wait on anything. */
export type Observer = (s: AppState, view: FocusView) => void;

export interface Core {
  p: Ports;
  box: Outbox<AppState>;
  newId(now: number): string;
  /** Badge, alarms and observers for `s`, after those of every earlier save. */
  show(s: AppState): Promise<void>;
  /** Resolves when every view asked for so far is drawn. */
  shown(): Promise<unknown>;
  viewOf(s: AppState): FocusView;
  /** A retry is scheduled and not due: only the user (or its alarm) asks TickTick before then. */
  backingOff(s: AppState): boolean;
}

export function createCore(p: Ports, observers: Observer[]): Core {
  const viewOf = (s: AppState) => deriveView(effective(s), serverNow(s, p.now()));
  let views: Promise<unknown> = Promise.resolve();
  const show = (s: AppState): Promise<void> => {
    const next = views.then(async () => {
      const view = viewOf(s); // derived once, handed to all
      await render(p, s, view);
      observers.forEach((o) => o(s, view));
    });
    views = next.catch((e: unknown) => console.warn('render', e));
    return next;
  };
  const box = createOutbox<AppState>({
    load: () => p.state.load(),
    save: (s) => p.state.save(s),
    afterSave: async (s) => void box.background(show(s)),
    round: tickTickRound(p),
  });
  return {
    p, box, show, viewOf, newId: objectIdFactory(p.random),
    shown: () => views,
    backingOff: (s) => !!s.retry && s.retry.at > p.now(),
  };
}
