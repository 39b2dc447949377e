// The popup's storage reads, sent as soon as its script runs: ./main.tsx imports this module before
// any other, so the reads travel while Preact and the App evaluate (README, "Budgets").
import { readFirst } from '../../app/popup/reads';

export const firstRead = readFirst();
