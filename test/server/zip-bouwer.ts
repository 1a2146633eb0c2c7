/**
 * A small zip writer for tests, separate from the product's, that can also write what a hostile
 * sender would: any entry name (`../../etc/x.xml`), a declared size that lies, stored or deflated.
 */
import zlib from 'node:zlib';

export interface TestZipBestand {
  readonly naam: string;
  readonly bytes: Uint8Array;
  /** 0 stored, 8 deflated (default). */
  readonly methode?: 0 | 8;
  /** Write this as the uncompressed size instead of the real one (a lying header). */
  readonly aangegevenGrootte?: number;
}

export function bouwZip(bestanden: readonly TestZipBestand[]): Buffer {
  const delen: Buffer[] = [];
  const centraal: Buffer[] = [];
  let offset = 0;
  for (const b of bestanden) {
    const naam = Buffer.from(b.naam, 'utf8');
    const data = Buffer.from(b.bytes);
    const methode = b.methode ?? 8;
    const inhoud = methode === 8 ? zlib.deflateRawSync(data) : data;
    const crc = zlib.crc32(data) >>> 0;
    const grootte = b.aangegevenGrootte ?? data.length;
    const lokaal = Buffer.alloc(30);
    lokaal.writeUInt32LE(0x04034b50, 0);
    lokaal.writeUInt16LE(20, 4);
    lokaal.writeUInt16LE(0x0800, 6);
    lokaal.writeUInt16LE(methode, 8);
    lokaal.writeUInt32LE(crc, 14);
    lokaal.writeUInt32LE(inhoud.length, 18);
    lokaal.writeUInt32LE(grootte, 22);
    lokaal.writeUInt16LE(naam.length, 26);
    delen.push(lokaal, naam, inhoud);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(methode, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(inhoud.length, 20);
    c.writeUInt32LE(grootte, 24);
    c.writeUInt16LE(naam.length, 28);
    c.writeUInt32LE(offset, 42);
    centraal.push(c, naam);
    offset += lokaal.length + naam.length + inhoud.length;
  }
  const cd = Buffer.concat(centraal);
  const eind = Buffer.alloc(22);
  eind.writeUInt32LE(0x06054b50, 0);
  eind.writeUInt16LE(bestanden.length, 8);
  eind.writeUInt16LE(bestanden.length, 10);
  eind.writeUInt32LE(cd.length, 12);
  eind.writeUInt32LE(offset, 16);
  return Buffer.concat([...delen, cd, eind]);
}

/** A multipart/form-data body of file parts. */
export function bouwMultipart(bestanden: readonly { naam: string; bytes: Uint8Array; type?: string }[]): { body: Buffer; contentType: string } {
  const grens = `----iwj-test-${Math.random().toString(36).slice(2)}`;
  const delen: Buffer[] = [];
  bestanden.forEach((b, i) => {
    delen.push(
      Buffer.from(
        `--${grens}\r\nContent-Disposition: form-data; name="bestand${i}"; filename="${b.naam}"\r\nContent-Type: ${b.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      Buffer.from(b.bytes),
      Buffer.from('\r\n'),
    );
  });
  delen.push(Buffer.from(`--${grens}--\r\n`));
  return { body: Buffer.concat(delen), contentType: `multipart/form-data; boundary=${grens}` };
}
