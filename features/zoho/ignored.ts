// The reconciliation's "Ignore": the gaps the user chose to leave as they are, by their key
// (match.ts `Row.key`) with the day they belong to; kept for 90 days, in this browser only.
import { defineItem } from '../../browser/storage';
import { isObj } from '../../kernel/json';

export type Ignored = Record<string, string>;

const KEEP_DAYS = 90;
export const ignoredItem = defineItem<Ignored>('local:zohoIgnored', { fallback: {}, version: 1, valid: isObj });

/** `keys` ignored (on `date`, yyyy-MM-dd), or (`on` false) shown again; what is older than 90 days before `today` is forgotten. */
export async function setIgnored(keys: string[], date: string, on: boolean, today = new Date()): Promise<Ignored> {
  const oldest = new Date(today.getFullYear(), today.getMonth(), today.getDate() - KEEP_DAYS).toISOString().slice(0, 10);
  const kept = Object.entries(await ignoredItem.getValue()).filter(([k, d]) => d >= oldest && !keys.includes(k));
  const next = Object.fromEntries([...kept, ...(on ? keys.map((k) => [k, date]) : [])]);
  await ignoredItem.setValue(next);
  return next;
}
