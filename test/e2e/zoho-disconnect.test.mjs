// Disconnect from Zoho People (issue #15): the token is revoked at Zoho's accounts server
// (POST /oauth/v2/token/revoke), forgotten by the extension, and no call goes to Zoho after it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, waitFor } from './harness.mjs';
import { zohoConnected } from './zoho-connect.mjs';

let h;
before(async () => {
  h = await launch({ zoho: {} });
});
after(() => h?.close());

const token = () => h.worker.evaluate(async () => (await chrome.storage.session.get('zohoToken')).zohoToken?.token ?? null);

test('Disconnect revokes the token at Zoho and forgets it; a focus after it calls nothing at Zoho', async () => {
  await zohoConnected(h);
  const held = await token();
  assert.ok(held && h.zoho.tokens.has(held), 'connected with a token Zoho knows');
  const options = await h.openOptions();
  await options.getByRole('button', { name: 'Disconnect' }).click();
  await waitFor(async () => (await token()) === null, 'the token forgotten');
  const revoke = h.zoho.log.filter((e) => e.path === '/oauth/v2/token/revoke');
  assert.equal(revoke.length, 1, 'one revoke');
  assert.equal(revoke[0].method, 'POST');
  assert.ok(!h.zoho.tokens.has(held), 'Zoho no longer takes the token');
  await options.getByRole('button', { name: /Connect/ }).waitFor();
  const calls = h.zoho.calls().length;
  const popup = await h.openPopup();
  await popup.getByRole('button', { name: 'Start' }).click();
  await popup.getByRole('button', { name: 'Pause' }).waitFor();
  await h.settled();
  assert.equal(h.zoho.calls().length, calls, 'no Zoho call without a token');
  await popup.getByRole('button', { name: 'End' }).click();
  assert.deepEqual(h.workerErrors, []);
});
