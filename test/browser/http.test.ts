import { describe, expect, it } from 'vitest';
import { readCapped } from '../../browser/http';

const stream = (...chunks: string[]) =>
  new Response(new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(new TextEncoder().encode(x)); c.close(); } }));

describe('replies are read with a byte cap, never buffered whole', () => {
  it('a Content-Length over the cap is refused before any byte is read', async () => {
    let aborted = 0;
    const res = new Response('x'.repeat(10), { headers: { 'content-length': '10' } });
    expect(await readCapped(res, 9, () => aborted++)).toBeNull();
    expect(aborted).toBe(1);
    expect(res.bodyUsed).toBe(false);
  });
  it('counts bytes, not UTF-16 units: "中文" is 6 bytes', async () => {
    let aborted = 0;
    expect(await readCapped(stream('中', '文'), 5, () => aborted++)).toBeNull();
    expect(aborted).toBe(1);
    expect(await readCapped(stream('中', '文'), 6, () => aborted++)).toBe('中文');
  });
  it('a streamed body under the cap comes back whole, split characters included', async () => {
    const bytes = new TextEncoder().encode('{"note":"整理"}');
    const res = new Response(new ReadableStream({ start(c) { c.enqueue(bytes.slice(0, 10)); c.enqueue(bytes.slice(10)); c.close(); } }));
    expect(await readCapped(res, 1000, () => undefined)).toBe('{"note":"整理"}');
    expect(await readCapped(new Response(null, { status: 204 }), 10, () => undefined)).toBe('');
  });
});
