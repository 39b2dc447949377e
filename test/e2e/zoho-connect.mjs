// Connecting the Zoho People mirror through the real options page and Zoho's consent page, for the
// e2e files that drive the mirror (zoho.test.mjs, zoho-as-zoho.test.mjs). Each file's first test
// walks the flow and checks it; later tests call `zohoConnected` so they also run alone.
import { JOBS, ZOHO_USER } from '../fake-zoho/zoho.mjs';
import { waitFor } from './harness.mjs';

/** Zoho's consent page in launchWebAuthFlow's window: Accept, with "allow access for this session". */
export async function consent(h, session = true) {
  const page = await waitFor(() => h.context.pages().find((p) => p.url().includes('/oauth/v2/auth?')), 'Zoho\'s consent page');
  await page.getByRole('heading', { name: /Allow TickTick Focus/ }).waitFor();
  if (session) await page.getByLabel('Allow access for this session').check();
  await page.getByRole('button', { name: 'Accept' }).click();
}

const savedJob = (h) => h.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings?.value?.zoho?.jobId);

/** Waits until the options page's choice of `JOBS[0]` (Backend) is in the settings. */
export const jobSaved = (h) => waitFor(async () => (await savedJob(h)) === JOBS[0].jobId, 'job saved');

/**
 * The mirror on, connected and mirroring into Backend, as the first test of each Zoho file leaves
 * it; done through the options page when it is not so already (the test runs alone).
 */
export async function zohoConnected(h) {
  const token = await h.worker.evaluate(async () => (await chrome.storage.session.get('zohoToken')).zohoToken?.token);
  if ((await savedJob(h)) === JOBS[0].jobId && token) return;
  const options = await h.openOptions();
  await options.getByRole('switch', { name: 'Mirror focus time to Zoho People' }).check();
  await options.getByLabel('Zoho People e-mail or employee ID').fill(ZOHO_USER);
  await options.getByLabel('Zoho People e-mail or employee ID').blur();
  await options.getByRole('button', { name: /Connect/ }).click();
  await consent(h);
  await options.getByText('Connected to Zoho People.').waitFor();
  await options.getByRole('combobox', { name: 'Job', exact: true }).locator('option', { hasText: 'Backend' }).waitFor({ state: 'attached' });
  await options.getByRole('combobox', { name: 'Job', exact: true }).selectOption({ label: 'Backend' });
  await jobSaved(h);
  await options.close();
}
