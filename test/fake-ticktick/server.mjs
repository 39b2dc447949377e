// Serves the fake TickTick over HTTP on loopback, plus a sign-in page (the sandbox's "account") and
// a small control page that plays "another device".
import http from 'node:http';
import { createTickTick, SANDBOX_CSRF, SANDBOX_TOKEN } from './ticktick.mjs';
import { controlPage, signInPage } from './pages.mjs';

/** `latencyMs`: every API reply waits this long (a slow network: a worker's first sync still on its way). */
export async function startFakeServer({ port = 0, host = '127.0.0.1', quiet = true, latencyMs = 0, ...opts } = {}) {
  const tt = createTickTick(opts);
  const sockets = new Set();
  const hanging = new Set();
  let reachable = true;
  let latency = latencyMs;
  const server = http.createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url, 'http://x');
    // Any other host name mapped here (a resolver rule in the tests) is "a distracting site".
    if (!/^(127\.0\.0\.1|localhost)(:|$)/.test(req.headers.host ?? '')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>Distracting site</title><h1>Welcome to ${req.headers.host}</h1>`);
      return;
    }
    const page = sandboxPage(tt, req.method, url, body);
    if (page) {
      res.writeHead(page.status, page.headers).end(page.body);
      return;
    }
    if (latency) await new Promise((r) => setTimeout(r, latency));
    const r = tt.handle({ method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body: body || undefined });
    if (!quiet) console.log(`${req.method} ${url.pathname} -> ${r.status ?? (r.hang ? 'hang' : 'reset')}`);
    if (r.destroy) return req.socket.destroy();
    if (r.hang) return hanging.add(res);
    res.writeHead(r.status, r.headers).end(r.body);
  });
  server.on('connection', (s) => {
    if (!reachable) return s.destroy(); // a train, a captive portal: nothing gets through
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const url = `http://${host}:${server.address().port}`;
  return {
    url, tt,
    /** Every API reply from now on waits `ms`. */
    setLatency(ms) {
      latency = ms;
    },
    /** Unreachable: connections are cut before a request is read (nothing reaches the fake). */
    setReachable(v) {
      reachable = v;
      if (!v) for (const s of sockets) s.destroy();
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const html = (body, extra = {}) => ({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', ...extra }, body });
const redirect = (to, cookies = []) => ({ status: 303, headers: { location: to, 'set-cookie': cookies }, body: '' });

function sandboxPage(tt, method, url, body) {
  const p = url.pathname;
  if (method === 'GET' && (p === '/signin' || p === '/webapp/')) return html(signInPage());
  if (method === 'POST' && p === '/signin') {
    return redirect('/', [
      `t=${SANDBOX_TOKEN}; Path=/; HttpOnly; SameSite=Lax`,
      `_csrf_token=${SANDBOX_CSRF}; Path=/; SameSite=Lax`,
    ]);
  }
  if (method === 'POST' && p === '/signout') {
    return redirect('/signin', ['t=; Path=/; Max-Age=0', '_csrf_token=; Path=/; Max-Age=0']);
  }
  if (method === 'GET' && p === '/') return html(controlPage(tt));
  if (method === 'POST' && p.startsWith('/device/')) {
    const action = p.slice('/device/'.length);
    const form = new URLSearchParams(body);
    if (action === 'start') tt.device.start({ minutes: Number(form.get('minutes') || 25) });
    else if (action === 'stopwatch') tt.device.start({ type: 1 });
    else if (typeof tt.device[action] === 'function') tt.device[action]();
    return redirect('/');
  }
  return null;
}
