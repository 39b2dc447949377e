// The step the check names as failing, for each way a user meets TickTick failing (issue #17),
// from facts the worker part gathered against the fake TickTick and its faults.
import { beforeEach, describe, expect, it } from 'vitest';
import type { ZohoFacts } from '../../../features/check/facts';
import { failingStep, markSteps, type Step } from '../../../features/check/steps';
import { createEngine } from '../../../features/focus/engine';
import { fakePorts } from '../../browser/fakes';
import { fullCheck, words } from './check-ports';

let f: ReturnType<typeof fakePorts>;

beforeEach(async () => {
  f = fakePorts();
  const engine = createEngine(f.ports);
  await engine.wake();
  await engine.settled();
});

const check = async (opts: Parameters<typeof fullCheck>[1] = {}) => markSteps(await fullCheck(f, opts), words);
const marks = (steps: Step[]) => Object.fromEntries(steps.map((s) => [s.id, s.mark]));
const step = (steps: Step[], id: Step['id']) => steps.find((s) => s.id === id)!;

describe('the failing step', () => {
  it('none on a healthy account: every TickTick step passes, Zoho is not checked while off', async () => {
    const steps = await check();
    expect(marks(steps)).toEqual({ site: 'ok', session: 'ok', csrf: 'ok', access: 'ok', read: 'ok', queue: 'ok', zoho: 'skip' });
    expect(failingStep(steps)).toBeNull();
    expect(step(steps, 'read').tech).toMatch(/^HTTP 200 · application\/json · point yes · current none · updates 0 · \d+ ms$/);
  });

  it('signed out: the session cookie, with the site said as not detected', async () => {
    f.cookies.t = false;
    const steps = await check();
    expect(failingStep(steps)).toMatchObject({ id: 'session', text: 'chkSessionMissing(ticktick.com)' });
    expect(marks(steps)).toMatchObject({ site: 'warn', csrf: 'skip', read: 'fail' });
  });

  it('HTTP 401 with TickTick\'s user_not_sign_on: the focus read, as a session TickTick no longer takes', async () => {
    f.tt.setFault('status', { code: 401, errorCode: 'user_not_sign_on' });
    const read = failingStep(await check())!;
    expect(read).toMatchObject({ id: 'read', text: 'chkReadSignedOut(ticktick.com)' });
    expect(read.tech).toContain('HTTP 401 · errorCode user_not_sign_on · application/json');
  });

  it('the HTML sign-in page with a 200: the focus read, as a sign-in page', async () => {
    f.tt.setFault('html200');
    const read = failingStep(await check())!;
    expect(read).toMatchObject({ id: 'read', text: 'chkReadLoginPage(ticktick.com)' });
    expect(read.tech).toContain('HTTP 200 · text/html');
  });

  it('a refused request (403): the focus read, as refused', async () => {
    f.tt.setFault('status', { code: 403, errorCode: 'csrf_failed' });
    const read = failingStep(await check())!;
    expect(read).toMatchObject({ id: 'read', text: 'chkReadRefused(ticktick.com)' });
    expect(read.tech).toContain('HTTP 403 · errorCode csrf_failed');
  });

  it('TickTick unreachable: the focus read, as no answer', async () => {
    f.setOffline(true);
    const read = failingStep(await check())!;
    expect(read).toMatchObject({ id: 'read', text: 'chkReadOffline(ticktick.com)' });
    expect(read.tech).toMatch(/^no answer · read as offline/);
  });

  it('withheld host access: the access step; the cookies it hides are not called missing', async () => {
    f.cookies.t = false; // without access the browser shows no cookie of the site
    const steps = await check({ access: false });
    expect(failingStep(steps)).toMatchObject({ id: 'access', text: 'chkAccessMissing(ticktick.com)' });
    expect(marks(steps)).toMatchObject({ site: 'skip', session: 'skip', csrf: 'skip' });
  });

  it('too_busy is a warning, not a failure', async () => {
    f.tt.setFault('too_busy');
    const steps = await check();
    expect(failingStep(steps)).toBeNull();
    expect(step(steps, 'read')).toMatchObject({ mark: 'warn', text: 'chkReadBusy(ticktick.com)' });
  });

  it('a record with values no one documented: answered, with the oddity named', async () => {
    f.tt.setFault('unknown_values');
    const read = step(await check(), 'read');
    expect(read).toMatchObject({ mark: 'warn', text: 'chkReadOdd(ticktick.com)' });
    expect(read.tech).toContain('current unreadable');
    expect(read.tech).toContain('odd: current.type 4 is unknown');
  });
});

describe('the Zoho People step', () => {
  const zoho = (z: Partial<ZohoFacts>): ZohoFacts => ({ tokenLeftMs: 40 * 60_000, renewable: true, reconnect: false, queue: 0, job: true, read: { ok: true, running: false }, ...z });

  it('connected with a job: passes, with the token\'s minutes left and the renewal said', async () => {
    const z = step(await check({ zoho: zoho({}) }), 'zoho');
    expect(z).toMatchObject({ mark: 'ok', text: 'chkZohoOk' });
    expect(z.tech).toBe('token 40 min left · renewal without a window · job chosen · queue 0 · timer none');
  });

  it('no token and no silent renewal: not connected', async () => {
    expect(step(await check({ zoho: zoho({ tokenLeftMs: null, renewable: false, read: { ok: false, kind: 'auth', code: 'token' } }) }), 'zoho'))
      .toMatchObject({ mark: 'fail', text: 'chkZohoNoToken' });
  });

  it('Zoho refuses the token on the timer read: reconnect', async () => {
    expect(step(await check({ zoho: zoho({ read: { ok: false, kind: 'auth', code: '7202' } }) }), 'zoho')).toMatchObject({ mark: 'fail', text: 'chkZohoExpired' });
  });
});
