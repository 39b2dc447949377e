/** Runs work nobody awaits (a listener's); a failure is logged, never thrown into the browser. */
export const quietly = (p: Promise<unknown>): void => void p.catch((e) => console.error('TickTick Focus:', e));
