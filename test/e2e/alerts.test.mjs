// Issue #8: the end of a pomodoro is heard as well as seen: the options page's test button shows a
// notification and plays the chosen sound through Chrome's offscreen document.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, waitFor } from './harness.mjs';

let h;
before(async () => {
  h = await launch();
});
after(() => h?.close());

test('"Test notification and sound": a notification, and the offscreen document plays the sound at the volume set', async () => {
  const options = await h.openOptions();
  await options.getByRole('combobox', { name: 'Sound when a pomodoro or break ends' }).selectOption('bell');
  await options.getByRole('slider', { name: 'Volume', exact: true }).fill('40');
  await waitFor(async () => (await h.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings.value.sound.volume)) === 0.4, 'volume saved');
  await options.getByRole('button', { name: 'Test notification and sound' }).click();
  await options.getByText('Sent a test notification and played the sound.').waitFor();
  const contexts = await h.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).map((c) => c.documentUrl));
  assert.equal(contexts.length, 1, 'an offscreen document');
  assert.match(contexts[0], /offscreen\.html$/);
  const { played } = await h.worker.evaluate(() => chrome.runtime.sendMessage({ offscreen: 'status' }));
  assert.equal(played.length, 1);
  assert.match(played[0].url, /\/sounds\/bell\.wav$/);
  assert.equal(played[0].volume, 0.4);
  const notes = await h.worker.evaluate(() => chrome.notifications.getAll());
  assert.ok(notes.focusDone, 'the notification shown');
});

test('the shortcuts in force are listed on the options page', async () => {
  const options = await h.openOptions();
  await options.getByText('Alt+Shift+K').waitFor();
  assert.ok(await options.getByText('Start, pause or continue focus').isVisible());
});
