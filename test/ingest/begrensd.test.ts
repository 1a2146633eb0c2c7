import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { leesBegrensd } from '../../src/ingest/begrensd.js';

function stukken(n: number, grootte: number): Readable & { gelezen: () => number } {
  let gelezen = 0;
  let i = 0;
  const r = new Readable({
    read() {
      if (i++ >= n) return void this.push(null);
      gelezen += grootte;
      this.push(Buffer.alloc(grootte, 'a'));
    },
  });
  return Object.assign(r, { gelezen: () => gelezen });
}

describe('leesBegrensd', () => {
  it('gives the bytes when they fit', async () => {
    const r = await leesBegrensd(stukken(4, 10), 40);
    expect(r.ok && r.bytes.length).toBe(40);
  });

  it('stops at the limit and leaves the rest unread, keeping only the beginning asked for', async () => {
    const s = stukken(1000, 1024);
    const r = await leesBegrensd(s, 10 * 1024, { begin: 100 });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.begin.length).toBe(100);
    expect(s.gelezen()).toBeLessThan(100 * 1024);
  });

  it('drains the rest without keeping it when asked to', async () => {
    const s = stukken(50, 1024);
    const r = await leesBegrensd(s, 1024, { afvoeren: true });
    expect(r).toEqual({ ok: false, gezien: 50 * 1024, begin: Buffer.alloc(0) });
  });
});
