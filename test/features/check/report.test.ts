// "Copy report" (issue #17): the text for a bug report holds no token, no cookie value, and the
// focus's task title and note only when the user ticks the box.
import { beforeEach, describe, expect, it } from 'vitest';
import { reportText } from '../../../features/check/report';
import { markSteps } from '../../../features/check/steps';
import { createEngine, type Engine } from '../../../features/focus/engine';
import { fakePorts } from '../../browser/fakes';
import { SAMPLE_TASKS, SANDBOX_CSRF, SANDBOX_TOKEN } from '../../fake-ticktick/ticktick.mjs';
import { fullCheck, words } from './check-ports';

const TASK = SAMPLE_TASKS[0]!;
const NOTE = 'Numbers from Ana, call before 3';
const ctx = { version: '0.2.0', agent: 'Chrome/156.0.0.0 · Linux x86_64', lang: 'en' };
let f: ReturnType<typeof fakePorts>;
let engine: Engine;

async function report(withPrivate: boolean, zohoError?: string): Promise<string> {
  const facts = await fullCheck(f, zohoError === undefined ? {} : {
    zoho: { tokenLeftMs: 1_000, renewable: false, reconnect: true, queue: 2, job: true, error: zohoError, read: { ok: false, kind: 'auth', code: '7202' } },
  });
  return reportText(facts, markSteps(facts, words), { ...ctx, withPrivate });
}

beforeEach(async () => {
  f = fakePorts();
  engine = createEngine(f.ports);
  await engine.wake();
  await engine.act({ type: 'start', task: { id: TASK.id, title: TASK.title } });
  await engine.act({ type: 'note', text: NOTE });
  await engine.settled();
});

describe('the report', () => {
  it('names the version, the browser, the failing step and each step with its mark and facts', async () => {
    f.tt.setFault('status', { code: 401, errorCode: 'user_not_sign_on' });
    const text = await report(false);
    expect(text.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(/^TickTick Focus 0\.2\.0: connection check, \d{4}-\d\d-\d\dT/),
      'Browser: Chrome/156.0.0.0 · Linux x86_64 · UI language en',
      'Failing step: read',
    ]);
    expect(text).toContain('5. read [FAIL] chkReadSignedOut(ticktick.com)\n   HTTP 401 · errorCode user_not_sign_on · application/json');
    expect(text).toContain('2. session [ok] chkSessionOk(ticktick.com)');
  });

  it('leaves the task title, the note and Zoho\'s own words out unless the box is ticked', async () => {
    const text = await report(false, 'Zoho People: Invalid OAuth token for ana@acme.example');
    expect(text).toContain('Focus: focusing · task: (left out) · note: (left out)');
    for (const secret of [TASK.title, NOTE, 'ana@acme.example']) expect(text).not.toContain(secret);
    const ticked = await report(true, 'Zoho People: Invalid OAuth token for ana@acme.example');
    expect(ticked).toContain(`task: ${TASK.title} · note: ${NOTE}`);
    expect(ticked).toContain('Zoho error: Zoho People: Invalid OAuth token for ana@acme.example');
  });

  it('never holds the session token or a cookie\'s value, ticked or not, signed in or refused', async () => {
    for (const fault of [null, 'html200', 'rejected'] as const) {
      if (fault) f.tt.setFault(fault, { times: 1 });
      for (const withPrivate of [false, true]) {
        const text = await report(withPrivate);
        expect(text).not.toContain(SANDBOX_TOKEN);
        expect(text).not.toContain(SANDBOX_CSRF);
      }
    }
  });

  it('keeps a line break in a note from forging a line of the report', async () => {
    await engine.act({ type: 'note', text: 'first line\nFailing step: none' });
    await engine.settled();
    f.tt.setFault('status', { code: 401, errorCode: 'user_not_sign_on' });
    const lines = (await report(true)).split('\n');
    expect(lines.filter((l) => l.startsWith('Failing step:'))).toEqual(['Failing step: read']);
  });
});
