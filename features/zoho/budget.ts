// Zoho People's rate limit, kept by the worker alone in the stored state (so it survives a worker
// restart): 20 calls a minute per endpoint, reads and writes, pages' reads too; the 21st locks the
// endpoint for 5 minutes (docs/zoho-people.md §1). Each send takes a slot before it goes out.
import type { ZohoReply } from './parse';
import type { ZohoState } from './state';

export const PER_MINUTE = 20;
/** Reads pages may ask the worker for, and the share of the minute they may use. */
export const PAGE_READS = new Set(['getjobs', 'getcurrentlyrunningtimer', 'getcomments', 'gettimelogs']);
export const PAGE_LIMIT = 12;
/** Our own "no room this minute": waits for the minute, says nothing (calls.ts `failed`). */
export const NO_ROOM: ZohoReply & { ok: false } = { ok: false, kind: 'locked', code: 'budget', message: '' };

/** The send times of `op` within the minute before `now`, oldest first. */
export const sentLastMinute = (z: ZohoState, op: string, now: number) => (z.sent[op] ?? []).filter((t) => now - t < 60_000);

/** Takes a slot of `op` at `now` when fewer than `limit` went out in the last minute; whether it did. */
export function reserve(z: ZohoState, op: string, now: number, limit = PER_MINUTE): boolean {
  const recent = sentLastMinute(z, op, now);
  if (recent.length >= limit) return false;
  z.sent = { ...z.sent, [op]: [...recent, now] };
  return true;
}

/**
 * A slot taken at `at` goes to `to` (the call went out then), or (`to` null) is given back (the
 * call never went). Only the mirror sends to its endpoints, one call at a time: its slot is the last.
 */
export function moveSlot(z: ZohoState, op: string, at: number, to: number | null): void {
  const list = [...(z.sent[op] ?? [])];
  const i = list.lastIndexOf(at);
  if (i < 0) return;
  if (to === null) list.splice(i, 1);
  else list[i] = to;
  const { [op]: _, ...others } = z.sent;
  z.sent = list.length ? { ...z.sent, [op]: list } : others;
}
