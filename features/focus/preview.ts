// What the plan (./plan.ts) would send for a press now: the popup's buttons ask it rather than copy
// its rules (±5 within 5–180 minutes and never past the time focused, End dropping a short focus).
import { planAction, type Action, type PlanContext } from './plan';
import type { FocusRecord } from './ticktick/types';

export interface PlanPreview {
  /** The press would change something (a button that would not is disabled). */
  allows(action: Action): boolean;
  /** End now throws the focus away (drop, not finish): TickTick keeps none under 5 minutes. */
  endDrops(): boolean;
}

/** `rec` and `ctx` as the popup shows them (the optimistic record, TickTick's clock). */
export function previewPlan(rec: FocusRecord | null, ctx: Omit<PlanContext, 'newId'>): PlanPreview {
  const ops = (action: Action) => planAction(action, rec, { ...ctx, newId: () => '' });
  return {
    allows: (action) => ops(action).length > 0,
    endDrops: () => ops({ type: 'end' })[0]?.op === 'drop',
  };
}
