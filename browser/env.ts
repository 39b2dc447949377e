/** Build-time TickTick origin override (sandbox, e2e); undefined in production builds. */
export const BASE_URL: string | undefined = import.meta.env.WXT_TICKTICK_BASE_URL || undefined;
/** Build-time Zoho origin override: OAuth pages and People API on one origin (sandbox, e2e). */
export const ZOHO_BASE_URL: string | undefined = import.meta.env.WXT_ZOHO_BASE_URL || undefined;
/** The OAuth client registered for this build; options can name an organisation's own. */
export const ZOHO_CLIENT_ID: string = import.meta.env.WXT_ZOHO_CLIENT_ID || '';
