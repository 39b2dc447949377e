// A minimal raw CDP client over the browser's WebSocket (node --experimental-websocket): Playwright
// cannot talk to a service worker's target, and heap-after-GC needs exactly that.
export async function rawCdp(port) {
  const { webSocketDebuggerUrl } = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
  const ws = new WebSocket(webSocketDebuggerUrl);
  await new Promise((r, j) => { ws.onopen = r; ws.onerror = j; });
  let id = 0;
  const pending = new Map();
  ws.onmessage = (e) => {
    const m = JSON.parse(e.data);
    if (m.id && pending.has(m.id)) {
      const { resolve, reject } = pending.get(m.id);
      pending.delete(m.id);
      if (m.error) reject(new Error(m.error.message));
      else resolve(m.result);
    }
  };
  const send = (method, params = {}, sessionId) => new Promise((resolve, reject) => {
    const msg = { id: ++id, method, params, ...(sessionId ? { sessionId } : {}) };
    pending.set(msg.id, { resolve, reject });
    ws.send(JSON.stringify(msg));
  });
  return {
    send,
    /** JS heap in use after a full GC, in bytes, of the first target whose URL starts with `prefix`. */
    async heapAfterGc(prefix, type) {
      const { targetInfos } = await send('Target.getTargets');
      const t = targetInfos.find((x) => x.url.startsWith(prefix) && (!type || x.type === type));
      if (!t) return null;
      const { sessionId } = await send('Target.attachToTarget', { targetId: t.targetId, flatten: true });
      await send('HeapProfiler.collectGarbage', {}, sessionId);
      const { usedSize } = await send('Runtime.getHeapUsage', {}, sessionId);
      await send('Target.detachFromTarget', { sessionId });
      return usedSize;
    },
    close: () => ws.close(),
  };
}
