/** Build-time TickTick origin override (sandbox, e2e); undefined in production builds. */
export const BASE_URL: string | undefined = import.meta.env.WXT_TICKTICK_BASE_URL || undefined;
