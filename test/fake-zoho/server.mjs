// Serves the fake Zoho People / Zoho Accounts over HTTP on loopback.
import http from 'node:http';
import { createZoho } from './zoho.mjs';

export async function startFakeZoho({ port = 0, host = '127.0.0.1', quiet = true, ...opts } = {}) {
  const zoho = createZoho(opts);
  const sockets = new Set();
  const server = http.createServer(async (req, res) => {
    for await (const _ of req); // bodies are empty: every parameter is in the query
    const r = zoho.handle({ method: req.method, url: req.url, headers: req.headers });
    if (!quiet) console.log(`zoho ${req.method} ${req.url.split('?')[0]} -> ${r.status ?? (r.hang ? 'hang' : 'reset')}`);
    if (r.destroy) return req.socket.destroy();
    if (r.hang) return;
    res.writeHead(r.status, r.headers).end(r.body);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  return {
    url: `http://${host}:${server.address().port}`, zoho,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
