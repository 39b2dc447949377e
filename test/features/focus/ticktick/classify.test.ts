import { describe, expect, it } from 'vitest';
import { classify, type RawReply } from '../../../../features/focus/ticktick/classify';
import { POLICY } from '../../../../features/focus/ticktick/errors';
import { seedReplyPaused } from '../../../seed';

const reply = (over: Partial<RawReply>): RawReply => ({ status: 200, contentType: 'application/json', text: '', redirected: false, ...over });
const err = (code: string) => JSON.stringify({ errorId: 'x', errorCode: code, errorMessage: code, data: null });

describe('classify TickTick replies (docs/ticktick-protocol.md §8)', () => {
  it('the seed reply is accepted with its point and current', () => {
    const r = classify(reply({ text: JSON.stringify(seedReplyPaused) }));
    expect(r).toMatchObject({ ok: true, reply: { point: 1763028729470, updates: 1, current: { status: 1 } } });
  });
  it('signed out: 401, user_not_sign_on even with 200, an HTML page with 200, a redirect', () => {
    for (const r of [
      reply({ status: 401, text: err('user_not_sign_on') }),
      reply({ status: 200, text: err('user_not_sign_on') }),
      reply({ status: 200, contentType: 'text/html', text: '<!doctype html><title>Sign in</title>' }),
      reply({ status: 200, contentType: '', text: '  <html>' }),
      reply({ status: 0, redirected: true }),
      reply({ status: 302 }),
    ]) expect(classify(r)).toMatchObject({ ok: false, error: 'no_auth_session' });
  });
  it('busy, rate limit, server errors, refusals and Pro gating each get their own code', () => {
    expect(classify(reply({ text: err('too_busy') }))).toMatchObject({ error: 'too_busy' });
    expect(classify(reply({ status: 429, text: '' }))).toMatchObject({ error: 'rate_limited' });
    expect(classify(reply({ status: 502, contentType: 'text/html', text: '<html>Bad gateway' }))).toMatchObject({ error: 'server_error' });
    expect(classify(reply({ status: 500, text: err('need_pro') }))).toMatchObject({ error: 'need_pro' });
    expect(classify(reply({ status: 403, text: err('access_forbidden') }))).toMatchObject({ error: 'rejected', detail: 'access_forbidden' });
  });
  it('invalid JSON and wrong types are bad replies, with what was wrong', () => {
    expect(classify(reply({ text: '{"point": 17630' }))).toMatchObject({ error: 'bad_response', detail: 'not valid JSON' });
    const wrong = { ...seedReplyPaused, current: { ...seedReplyPaused.current, status: '1' } };
    expect(classify(reply({ text: JSON.stringify(wrong) }))).toMatchObject({ error: 'bad_response', detail: 'current.status is not one of 0/1/2/3' });
  });
  it('only refusals wait for the user; sign-in waits for sign-in; the rest retry', () => {
    expect(POLICY.rejected).toEqual(['manual', false]);
    expect(POLICY.no_auth_session).toEqual(['after_sign_in', false]);
    expect(POLICY.too_busy[0]).toBe('soon');
    expect(POLICY.timeout).toEqual(['backoff', true]);
  });
});
