import { describe, expect, it } from 'vitest';
import { leesZip } from '../../src/ingest/zip.js';
import { schrijfZip } from '../../src/ingest/zip-schrijver.js';

describe('schrijfZip', () => {
  it('writes a zip that the defensive reader reads back byte for byte, names in UTF-8', async () => {
    const bestanden = [
      { naam: 'JW306-12345678-R1.xml', bytes: Buffer.from('<?xml version="1.0"?><Bericht>'.padEnd(5000, ' ') + '</Bericht>') },
      { naam: 'café/één.xml', bytes: Buffer.from([0, 1, 2, 3, 250]) },
      { naam: 'leeg.xml', bytes: Buffer.alloc(0) },
    ];
    const terug = await leesZip(schrijfZip(bestanden));
    expect(terug).toEqual(bestanden.map((b) => ({ naam: b.naam, bytes: b.bytes })));
  });

  it('writes an empty zip that reads as empty', async () => {
    expect(await leesZip(schrijfZip([]))).toEqual([]);
  });
});
