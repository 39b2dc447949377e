// How the mirror's item moves from one version to the next (test/fixtures/storage/).
import type { Migrations } from '../../browser/storage';
import { obj } from '../../kernel/json';

/**
 * `local:zoho` (the Zoho People mirror) — v1: log, ids, queue, retry, uncertain, error, foreign,
 * sent. v2: + `granted` (renewal without a window, docs/zoho-people.md §5), + `missed` (minutes Zoho
 * refused to log, `extra`: logged too many); queued calls may carry `at`, and one without it is
 * taken as on time; a queued `unlog` corrects a late stop's log (features/zoho/late.ts).
 */
export const ZOHO_MIGRATIONS: Migrations = {
  1: (old) => ({ granted: false, missed: [], ...obj(old) }),
};
