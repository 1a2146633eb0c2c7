/**
 * How much a delivery may be, at every edge (HTTP, drop folder, GGK envelope). Everything above a
 * limit is refused with a reason, and never read further than the limit: no edge buffers unbounded.
 *
 * - `IWJ_MAX_BERICHT_MB` (25): one message; the chain's own maximum (IB007 at the GGK, CC03 at VECOZO)
 * - `IWJ_MAX_LEVERING_MB` (64): one delivery (an HTTP request body, a zip, a file in the drop folder)
 * - `IWJ_MAX_DELEN` (1000): parts in one multipart request
 * - `IWJ_ZIP_MAX_BESTANDEN` (10000), `IWJ_ZIP_MAX_UITGEPAKT_MB` (256): files in a zip, and its size unpacked
 */
import { DEFAULT_MAX_MESSAGE_BYTES } from '../xml/prolog.js';
import { STANDAARD_ZIP_LIMIETEN, type ZipLimieten } from './zip.js';

export interface AanleverLimieten {
  /** One message (an XML body, a part, a zip entry, a GGK envelope). */
  readonly maxBerichtBytes: number;
  /** One delivery as a whole: a request body, a zip, a dropped file. */
  readonly maxLeveringBytes: number;
  /** Parts in one multipart request. */
  readonly maxDelen: number;
  readonly zip: ZipLimieten;
}

const MB = 1024 * 1024;

export const STANDAARD_LIMIETEN: AanleverLimieten = {
  maxBerichtBytes: DEFAULT_MAX_MESSAGE_BYTES,
  maxLeveringBytes: 64 * MB,
  maxDelen: 1000,
  zip: { ...STANDAARD_ZIP_LIMIETEN, maxEntryBytes: DEFAULT_MAX_MESSAGE_BYTES, maxTotalBytes: 256 * MB },
};

function getal(env: NodeJS.ProcessEnv, naam: string): number | undefined {
  const v = env[naam];
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${naam} moet een positief getal zijn, niet '${v}'`);
  return n;
}

export function limietenUitEnv(env: NodeJS.ProcessEnv = process.env): AanleverLimieten {
  const s = STANDAARD_LIMIETEN;
  const bericht = getal(env, 'IWJ_MAX_BERICHT_MB');
  const levering = getal(env, 'IWJ_MAX_LEVERING_MB');
  const delen = getal(env, 'IWJ_MAX_DELEN');
  const zipBestanden = getal(env, 'IWJ_ZIP_MAX_BESTANDEN');
  const zipUitgepakt = getal(env, 'IWJ_ZIP_MAX_UITGEPAKT_MB');
  const maxBerichtBytes = bericht ? Math.floor(bericht * MB) : s.maxBerichtBytes;
  return {
    maxBerichtBytes,
    maxLeveringBytes: levering ? Math.floor(levering * MB) : s.maxLeveringBytes,
    maxDelen: delen ? Math.floor(delen) : s.maxDelen,
    zip: {
      ...s.zip,
      maxEntryBytes: maxBerichtBytes,
      maxEntries: zipBestanden ? Math.floor(zipBestanden) : s.zip.maxEntries,
      maxTotalBytes: zipUitgepakt ? Math.floor(zipUitgepakt * MB) : s.zip.maxTotalBytes,
    },
  };
}

/** `25 MB`: a size for a Dutch sentence. */
export function inMb(bytes: number): string {
  const mb = bytes / MB;
  return `${mb >= 10 || Number.isInteger(mb) ? Math.round(mb) : mb.toFixed(1)} MB`;
}
