// The check's worker part against the fake TickTick (docs/ticktick-protocol.md): what it finds on
// a healthy account, and that it never holds the session token or a cookie's value.
import { beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../../features/check/run';
import { createEngine, type Engine } from '../../../features/focus/engine';
import { fakePorts } from '../../browser/fakes';
import { SANDBOX_CSRF, SANDBOX_TOKEN } from '../../fake-ticktick/ticktick.mjs';
import { checkPorts } from './check-ports';

let f: ReturnType<typeof fakePorts>;
let engine: Engine;

beforeEach(async () => {
  f = fakePorts();
  engine = createEngine(f.ports);
  await engine.wake();
  await engine.settled();
});

describe('runCheck', () => {
  it('on a signed-in account: the site from its cookie, both cookies, host access, one read of TickTick\'s answer', async () => {
    const facts = await runCheck(checkPorts(f));
    expect(facts).toMatchObject({ pinned: 'auto', detected: 'ticktick', access: true, zoho: null });
    expect(facts.cookies).toEqual([{ site: 'ticktick', session: true, csrf: true }]); // the sandbox's one origin: looked at once
    expect(facts.read).toMatchObject({ verdict: 'ok', status: 200, contentType: 'application/json', html: false, shape: { point: true, current: 'none', updates: 0 } });
  });

  it('reads with the state\'s cursor and changes nothing TickTick or the engine hold', async () => {
    await engine.act({ type: 'start' });
    await engine.settled();
    const before = structuredClone(f.state);
    const requests = f.tt.focusRequests().length;
    await runCheck(checkPorts(f));
    const read = f.tt.focusRequests().slice(requests);
    expect(read.map((r) => r.body)).toEqual([{ lastPoint: before.point, opList: [] }]);
    expect(read[0]).toMatchObject({ hasSession: true, csrf: SANDBOX_CSRF }); // the real client's headers
    expect(f.state).toEqual(before);
  });

  it('cookies the browser refuses to show (no host access: Chrome throws) count as none, and the check goes on', async () => {
    const ports = { ...checkPorts(f, { access: false }), cookie: () => Promise.reject(new Error('No host permissions for cookies')) };
    const facts = await runCheck(ports);
    expect(facts).toMatchObject({ access: false, detected: null, cookies: [{ site: 'ticktick', session: false, csrf: false }] });
    expect(facts.read.verdict).toBe('ok');
  });

  it('holds no cookie value and no token, whatever TickTick answers', async () => {
    for (const fault of ['status', 'html200', 'rejected'] as const) {
      f.tt.setFault(fault, { code: 401, errorCode: 'user_not_sign_on', times: 1 });
      const text = JSON.stringify(await runCheck(checkPorts(f)));
      expect(text).not.toContain(SANDBOX_TOKEN);
      expect(text).not.toContain(SANDBOX_CSRF);
    }
  });
});
