/**
 * Writing a zip (PKWARE APPNOTE, no zip64): the retours of a batch go back as one zip, the way the
 * batch came in. Names are UTF-8 (general purpose bit 11); entries are deflated unless that does not
 * make them smaller.
 */
import zlib from 'node:zlib';

export interface ZipBestand {
  readonly naam: string;
  readonly bytes: Uint8Array;
}

/** MS-DOS date and time of a moment (local fields, as zip tools read them). */
function dosTijd(d: Date): { tijd: number; datum: number } {
  const jaar = Math.max(1980, d.getFullYear());
  return {
    tijd: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    datum: ((jaar - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

export function schrijfZip(bestanden: readonly ZipBestand[], moment = new Date()): Buffer {
  if (bestanden.length > 0xffff) throw new Error('te veel bestanden voor een zip zonder zip64');
  const { tijd, datum } = dosTijd(moment);
  const lokaal: Buffer[] = [];
  const centraal: Buffer[] = [];
  let offset = 0;
  for (const b of bestanden) {
    const naam = Buffer.from(b.naam, 'utf8');
    const data = Buffer.from(b.bytes.buffer, b.bytes.byteOffset, b.bytes.byteLength);
    const crc = zlib.crc32(data) >>> 0;
    const deflated = zlib.deflateRawSync(data);
    const methode = deflated.length < data.length ? 8 : 0;
    const inhoud = methode === 8 ? deflated : data;
    if (offset + 30 + naam.length + inhoud.length > 0xffffffff) throw new Error('zip te groot zonder zip64');

    const kop = Buffer.alloc(30);
    kop.writeUInt32LE(0x04034b50, 0);
    kop.writeUInt16LE(20, 4); // version needed
    kop.writeUInt16LE(0x0800, 6); // UTF-8 names
    kop.writeUInt16LE(methode, 8);
    kop.writeUInt16LE(tijd, 10);
    kop.writeUInt16LE(datum, 12);
    kop.writeUInt32LE(crc, 14);
    kop.writeUInt32LE(inhoud.length, 18);
    kop.writeUInt32LE(data.length, 22);
    kop.writeUInt16LE(naam.length, 26);
    kop.writeUInt16LE(0, 28);
    lokaal.push(kop, naam, inhoud);

    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(0x031e, 4); // made by: unix, 3.0
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x0800, 8);
    c.writeUInt16LE(methode, 10);
    c.writeUInt16LE(tijd, 12);
    c.writeUInt16LE(datum, 14);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(inhoud.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(naam.length, 28);
    c.writeUInt16LE(0, 30); // extra
    c.writeUInt16LE(0, 32); // comment
    c.writeUInt16LE(0, 34); // disk
    c.writeUInt16LE(0, 36); // internal attributes
    c.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external: regular file, rw-r--r--
    c.writeUInt32LE(offset, 42);
    centraal.push(c, naam);

    offset += kop.length + naam.length + inhoud.length;
  }
  const cd = Buffer.concat(centraal);
  const eind = Buffer.alloc(22);
  eind.writeUInt32LE(0x06054b50, 0);
  eind.writeUInt16LE(0, 4);
  eind.writeUInt16LE(0, 6);
  eind.writeUInt16LE(bestanden.length, 8);
  eind.writeUInt16LE(bestanden.length, 10);
  eind.writeUInt32LE(cd.length, 12);
  eind.writeUInt32LE(offset, 16);
  eind.writeUInt16LE(0, 20);
  return Buffer.concat([...lokaal, cd, eind]);
}
