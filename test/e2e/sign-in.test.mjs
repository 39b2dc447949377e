// Signed out: the popup says so and links to sign-in, the badge shows "!", and an op made meanwhile
// is kept and delivered once the user signs in on the (sandbox) TickTick site.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE, launch, waitFor } from './harness.mjs';

let h;
before(async () => {
  h = await launch({ signedIn: false });
});
after(() => h?.close());

test('without a session cookie: sign-in prompt with a link, "!" badge, no request sent', async () => {
  await waitFor(async () => (await h.state())?.error?.error === 'no_auth_session', 'signed-out state');
  const state = await h.state();
  assert.deepEqual(Object.keys(state.error).filter((k) => k === 'error' || k === 'message'), ['error', 'message']);
  assert.equal(state.error.message, 'Not signed in to TickTick.');
  const popup = await h.openPopup();
  const alert = popup.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /signed out of TickTick/);
  const link = popup.getByRole('link', { name: 'Sign in to TickTick' });
  assert.equal(await link.getAttribute('href'), `${BASE}/signin`);
  assert.equal((await h.badge()).text, '!');
  assert.equal(h.tt.focusRequests().length, 0, 'no cookie, no request');
  await popup.close();
});

test('an expired session (401 user_not_sign_on) is signed out too', async () => {
  await h.context.addCookies([{ name: 't', value: 'expired-token', domain: '127.0.0.1', path: '/', httpOnly: true }]);
  await waitFor(() => h.tt.focusRequests().some((r) => r.status === 401), 'a 401 from the fake');
  const popup = await h.openPopup();
  await popup.getByRole('link', { name: 'Sign in to TickTick' }).waitFor();
  assert.equal((await h.badge()).text, '!');
  await popup.close();
});

test('a Start made while signed out is kept, and delivered after signing in on the site', async () => {
  const popup = await h.openPopup();
  await popup.getByRole('button', { name: 'Start' }).click();
  await waitFor(async () => (await h.state())?.queue.length === 1, 'queued start');
  assert.equal(h.tt.applied.length, 0, 'TickTick refused it (401): nothing applied yet');
  await popup.getByRole('timer').filter({ hasText: /^2[45]:/ }).waitFor(); // optimistic countdown

  // Sign in the way a user does: the site's page sets the cookie.
  const site = await h.context.newPage();
  await site.goto(`${BASE}/signin`);
  await site.getByRole('button', { name: /Sign in/ }).click();
  await waitFor(() => h.tt.applied.length === 1, 'start delivered after sign-in');
  assert.equal(h.tt.applied[0].op, 'start');
  assert.equal(h.tt.applied[0].by, 'extension');
  await waitFor(async () => (await h.state())?.queue.length === 0 && (await h.state()).error === null, 'queue drained');
  await waitFor(async () => ['25', '24'].includes((await h.badge()).text), 'badge counts down');
  assert.equal(await popup.getByRole('alert').count(), 0, 'sign-in prompt gone');
  assert.deepEqual(h.tt.duplicates(), []);
});
