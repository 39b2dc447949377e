// The popup's storage reads, sent as soon as its script runs: ./main.tsx imports this module before
// any other, so the reads travel while Preact and the App evaluate (README, "Budgets").
import { readFirst, type FirstRead } from '../../app/popup/reads';

/** A throw (no storage API) becomes a rejection, which app/popup/open.ts reports and reads past. */
export const firstRead = new Promise<FirstRead>((ok) => ok(readFirst()));
