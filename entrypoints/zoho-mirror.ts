// The Zoho People mirror's worker part, loaded by the worker only when the mirror has work
// (features/zoho/worker.ts). Running it defines the mirror and starts nothing.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ZOHO_SCRIPT } from '../features/zoho/config';
import { createZohoWorker } from '../features/zoho/worker-script';

export default defineUnlistedScript(() => {
  Object.assign(globalThis, { [ZOHO_SCRIPT.name]: createZohoWorker });
});
