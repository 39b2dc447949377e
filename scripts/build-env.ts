// The build variables only sandbox and test builds may set (README: "Pointing a build at the
// sandbox"). wxt.config.ts refuses a production build with any of them.
export const SANDBOX_VARS = ['WXT_TICKTICK_BASE_URL', 'WXT_ZOHO_BASE_URL', 'WXT_TEST_HOSTS', 'WXT_FIREFOX_TEST_TAB'] as const;

export function sandboxVarsSet(env: Record<string, string | undefined>): string[] {
  return SANDBOX_VARS.filter((v) => env[v]);
}
