import { describe, expect, it } from 'vitest';
import { inspectProlog } from '../../src/xml/prolog.js';

const bytes = (s: string | number[]) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : Buffer.from(s));
const fail = (b: Buffer, max?: number) => {
  const r = inspectProlog(b, max);
  if (r.ok) throw new Error('expected a rejection');
  return r.findings[0]!.message;
};

describe('inspectProlog', () => {
  it('accepts UTF-8 with and without BOM', () => {
    expect(inspectProlog(bytes('<?xml version="1.0" encoding="UTF-8"?><a/>')).ok).toBe(true);
    const r = inspectProlog(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes('<a>é</a>')]));
    expect(r.ok && r.text).toBe('<a>é</a>');
  });
  it('rejects empty, oversized, UTF-16, invalid UTF-8 and other declared encodings with a Dutch reason', () => {
    expect(fail(bytes(''))).toMatch(/leeg/);
    expect(fail(bytes('<a>' + 'x'.repeat(3 * 1024 * 1024) + '</a>'), 2 * 1024 * 1024)).toMatch(/te groot.*maximaal 2 MB/);
    expect(fail(bytes([0xff, 0xfe, 0x3c, 0x00]))).toMatch(/UTF-16/);
    expect(fail(bytes([0x3c, 0x61, 0x3e, 0xe9, 0x3c, 0x2f, 0x61, 0x3e]))).toMatch(/geen geldige UTF-8/);
    expect(fail(bytes('<?xml version="1.0" encoding="ISO-8859-1"?><a/>'))).toMatch(/ISO-8859-1.*UTF-8/);
  });
  it('refuses a DOCTYPE anywhere in the prolog (billion laughs, XXE)', () => {
    const lol = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><lolz>&lol2;</lolz>';
    expect(fail(bytes(lol))).toMatch(/DOCTYPE/);
    const xxe = '<?xml version="1.0"?>\n<!-- x --><?pi?>\n<!doctype foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>';
    expect(fail(bytes(xxe))).toMatch(/DOCTYPE/);
  });
});
