/**
 * Reading a zip of messages (VECOZO delivers batches as zips) defensively: entry names are checked
 * (no absolute paths, no `..`), sizes are bounded (per entry, in total, and by compression ratio, so
 * a zip bomb is refused before it is inflated), nested zips are refused, and a corrupt zip yields a
 * clear reason instead of an exception. Every refusal names the entry and says why, in Dutch.
 */
import yauzl from 'yauzl';

export interface ZipLimieten {
  readonly maxEntries: number;
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
  /** Uncompressed / compressed above this (for entries over 1 MB) is treated as a bomb. */
  readonly maxRatio: number;
}

export const STANDAARD_ZIP_LIMIETEN: ZipLimieten = {
  maxEntries: 10_000,
  maxEntryBytes: 25 * 1024 * 1024,
  maxTotalBytes: 512 * 1024 * 1024,
  maxRatio: 200,
};

export type ZipOnderdeel =
  | { readonly naam: string; readonly bytes: Buffer }
  | { readonly naam: string; readonly weigering: string };

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);

function open(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    // Names are decoded here, not by yauzl: yauzl stops at the first unsafe name (`../x`), and then
    // the entries after it would be lost instead of only the unsafe one being refused.
    yauzl.fromBuffer(bytes, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (err, zip) =>
      err ? reject(err) : resolve(zip!),
    ),
  );
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      let n = 0;
      stream.on('data', (c: Buffer) => {
        n += c.length;
        if (n > limit) {
          stream.destroy(new Error('te groot'));
          return;
        }
        chunks.push(c);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

/** An entry's name: UTF-8 when the entry says so (general purpose bit 11), else read byte by byte (CP437's ASCII part). */
function entryNaam(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer | string;
  if (typeof raw === 'string') return raw;
  return (entry.generalPurposeBitFlag & 0x800) !== 0 ? raw.toString('utf8') : raw.toString('latin1');
}

const unsafeName = (name: string): string | undefined => {
  if (name.includes('\0')) return 'de bestandsnaam bevat een nul-teken';
  if (/^([a-zA-Z]:)?[\\/]/.test(name)) return 'de bestandsnaam is een absoluut pad';
  if (name.split(/[\\/]/).includes('..')) return "de bestandsnaam verwijst met '..' naar een map buiten de zip (path traversal)";
  return undefined;
};

const mb = (n: number): string => `${Math.ceil(n / 1024 / 1024)} MB`;

/** The parts of a zip: message bytes, or a refusal with its reason. Never throws for bad input. */
export async function leesZip(bytes: Buffer, limieten: ZipLimieten = STANDAARD_ZIP_LIMIETEN): Promise<ZipOnderdeel[]> {
  let zip: yauzl.ZipFile;
  try {
    zip = await open(bytes);
  } catch (e) {
    return [{ naam: '(zip)', weigering: `Het zip-bestand is beschadigd of geen geldige zip (${(e as Error).message}); er is niets uit verwerkt.` }];
  }
  const onderdelen: ZipOnderdeel[] = [];
  let totaal = 0;
  let aantal = 0;
  let gestopt = false;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        void (async () => {
          const naam = entryNaam(entry);
          aantal++;
          if (naam.endsWith('/')) return; // a directory
          if (aantal > limieten.maxEntries) {
            onderdelen.push({ naam, weigering: `De zip bevat meer dan ${limieten.maxEntries} bestanden; de rest is niet verwerkt.` });
            gestopt = true;
            zip.close();
            resolve();
            return;
          }
          const onveilig = unsafeName(naam);
          if (onveilig) {
            onderdelen.push({ naam, weigering: `Geweigerd: ${onveilig}.` });
            return;
          }
          if (/\.zip$/i.test(naam)) {
            onderdelen.push({ naam, weigering: 'Geweigerd: een zip in een zip wordt niet uitgepakt; lever de berichten in één zip aan.' });
            return;
          }
          if (entry.uncompressedSize > limieten.maxEntryBytes) {
            onderdelen.push({ naam, weigering: `Geweigerd: het bestand is uitgepakt ${mb(entry.uncompressedSize)}, meer dan de toegestane ${mb(limieten.maxEntryBytes)}.` });
            return;
          }
          if (entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize / Math.max(1, entry.compressedSize) > limieten.maxRatio) {
            onderdelen.push({ naam, weigering: 'Geweigerd: het bestand is extreem sterk gecomprimeerd (een zogeheten zip-bom) en is niet uitgepakt.' });
            return;
          }
          if (totaal + entry.uncompressedSize > limieten.maxTotalBytes) {
            onderdelen.push({ naam, weigering: `Geweigerd: de zip is uitgepakt groter dan ${mb(limieten.maxTotalBytes)}.` });
            return;
          }
          try {
            const data = await readEntry(zip, entry, limieten.maxEntryBytes);
            totaal += data.length;
            if (isZip(data)) onderdelen.push({ naam, weigering: 'Geweigerd: een zip in een zip wordt niet uitgepakt; lever de berichten in één zip aan.' });
            else onderdelen.push({ naam, bytes: data });
          } catch (e) {
            onderdelen.push({ naam, weigering: `Het bestand kon niet uit de zip worden gelezen (${(e as Error).message}).` });
          }
        })().then(
          () => {
            if (!gestopt) zip.readEntry();
          },
          (e: unknown) => reject(e),
        );
      });
      zip.readEntry();
    });
  } catch (e) {
    onderdelen.push({ naam: '(zip)', weigering: `Het zip-bestand is halverwege beschadigd (${(e as Error).message}); de overige bestanden zijn niet verwerkt.` });
  }
  return onderdelen;
}
