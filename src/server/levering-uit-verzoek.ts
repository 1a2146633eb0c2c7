/**
 * A delivery read from an HTTP request: one XML body, one zip body, or the file parts of a
 * multipart form. Nothing is read before the request is authenticated (the content type parsers of
 * the batch routes leave the body in the socket), and nothing is read beyond the limits: a body
 * above its limit is answered with 413 without reading on; a part above its limit is refused by
 * name and drained without being kept, so the parts after it still arrive.
 */
import path from 'node:path';
import type { FastifyRequest } from 'fastify';
import { leesBegrensd } from '../ingest/begrensd.js';
import { leesBestand, type Container, type Invoer } from '../ingest/invoer.js';
import { inMb, type AanleverLimieten } from '../ingest/limieten.js';
import { isZip } from '../ingest/zip.js';
import { schrijfZip } from '../ingest/zip-schrijver.js';

export type VerzoekLevering =
  | { readonly ok: true; readonly levering: Container | readonly Invoer[]; readonly bestandsnaam: string }
  | { readonly ok: false; readonly status: 400 | 413 | 415; readonly fout: string; readonly melding: string };

export const XML_TYPEN = ['application/xml', 'text/xml'];
export const ZIP_TYPEN = ['application/zip', 'application/x-zip-compressed', 'application/octet-stream'];

export function mediaType(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

/** A file name as the sender gave it, made harmless: the last path segment, no control characters, at most 200 characters. */
export function veiligeNaam(naam: string | undefined): string | undefined {
  if (!naam) return undefined;
  // eslint-disable-next-line no-control-regex
  const schoon = path.posix.basename(naam.replaceAll('\\', '/')).replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return schoon && schoon !== '.' && schoon !== '..' ? schoon : undefined;
}

/** `filename` from a `Content-Disposition` header (RFC 6266, also the `filename*` UTF-8 form). */
function naamUitHeader(request: FastifyRequest): string | undefined {
  const cd = request.headers['content-disposition'];
  if (typeof cd !== 'string') return undefined;
  const ster = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(cd)?.[1];
  if (ster) {
    try {
      return veiligeNaam(decodeURIComponent(ster));
    } catch {
      /* fall through to the plain form */
    }
  }
  return veiligeNaam(/filename\s*=\s*"([^"]*)"/i.exec(cd)?.[1] ?? /filename\s*=\s*([^;\s]+)/i.exec(cd)?.[1]);
}

const teGroot = (melding: string): VerzoekLevering => ({ ok: false, status: 413, fout: 'te-groot', melding });

/** One XML or zip as the request body. */
export async function leesBody(request: FastifyRequest, limieten: AanleverLimieten): Promise<VerzoekLevering> {
  const type = mediaType(request);
  const xml = XML_TYPEN.includes(type) || type.endsWith('+xml');
  const limiet = xml ? limieten.maxBerichtBytes : limieten.maxLeveringBytes;
  const wat = xml ? 'Een bericht' : 'Een aanlevering';
  const melding = `${wat} mag hoogstens ${inMb(limiet)} zijn; dit verzoek is groter en is niet opgeslagen. Verdeel de berichten over meer aanleveringen.`;
  const lengte = Number(request.headers['content-length'] ?? NaN);
  if (Number.isFinite(lengte) && lengte > limiet) return teGroot(melding);
  const r = await leesBegrensd(request.raw, limiet);
  if (!r.ok) return teGroot(melding);
  if (r.bytes.length === 0) return { ok: false, status: 400, fout: 'leeg', melding: 'Het verzoek bevat geen bestand: de body is leeg.' };
  const zip = isZip(r.bytes);
  if (!xml && !zip && r.bytes.length > limieten.maxBerichtBytes) {
    return teGroot(`Een bericht mag hoogstens ${inMb(limieten.maxBerichtBytes)} zijn; dit verzoek is groter en is niet opgeslagen.`);
  }
  const bestandsnaam = naamUitHeader(request) ?? (zip ? 'levering.zip' : 'bericht.xml');
  const gelezen = await leesBestand(bestandsnaam, r.bytes, limieten.zip);
  return { ok: true, levering: 'onderdelen' in gelezen ? gelezen : [gelezen], bestandsnaam };
}

type Deel = { readonly naam: string; readonly bytes: Buffer } | { readonly naam: string; readonly weigering: string };

/** The file parts of a multipart form (form fields are ignored). */
export async function leesMultipart(request: FastifyRequest, limieten: AanleverLimieten): Promise<VerzoekLevering> {
  const lengte = Number(request.headers['content-length'] ?? NaN);
  const totaalMelding = `Een aanlevering mag hoogstens ${inMb(limieten.maxLeveringBytes)} zijn; dit verzoek is groter en is niet opgeslagen. Verdeel de berichten over meer aanleveringen.`;
  if (Number.isFinite(lengte) && lengte > limieten.maxLeveringBytes) return teGroot(totaalMelding);

  let totaal = 0;
  let overTotaal = false;
  let huidig: { destroy(): void } | undefined;
  const teller = (c: Buffer) => {
    totaal += c.length;
    if (!overTotaal && totaal > limieten.maxLeveringBytes) {
      overTotaal = true;
      huidig?.destroy();
    }
  };
  request.raw.on('data', teller);
  const delen: Deel[] = [];
  try {
    let i = 0;
    for await (const part of request.parts({ limits: { fileSize: limieten.maxLeveringBytes + 1, files: limieten.maxDelen, parts: limieten.maxDelen + 50 } })) {
      if (part.type !== 'file') continue;
      i++;
      const naam = veiligeNaam(part.filename) ?? `deel-${i}`;
      const zipNaam = /\.zip$/i.test(naam) || /zip/.test(part.mimetype);
      const limiet = zipNaam ? limieten.maxLeveringBytes : limieten.maxBerichtBytes;
      huidig = part.file;
      const r = await leesBegrensd(part.file, limiet, { afvoeren: true });
      huidig = undefined;
      if (overTotaal) break;
      if (!r.ok || part.file.truncated) {
        delen.push({
          naam,
          weigering: `Geweigerd: het bestand is groter dan de toegestane ${inMb(limiet)} per ${zipNaam ? 'zip' : 'bericht'}; het is niet opgeslagen.`,
        });
      } else {
        delen.push({ naam, bytes: r.bytes });
      }
    }
  } catch (e) {
    if (overTotaal) return teGroot(totaalMelding);
    const code = (e as { code?: string }).code;
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') {
      return teGroot(`Een aanlevering mag hoogstens ${limieten.maxDelen} bestanden bevatten; lever een zip aan of verdeel de berichten over meer aanleveringen.`);
    }
    return { ok: false, status: 400, fout: 'ongeldig-multipart', melding: `Het multipart-verzoek is onleesbaar (${(e as Error).message}).` };
  } finally {
    request.raw.off('data', teller);
  }
  if (overTotaal) return teGroot(totaalMelding);
  if (delen.length === 0) {
    return { ok: false, status: 400, fout: 'leeg', melding: 'Het multipart-verzoek bevat geen bestanden; stuur de berichten als bestandsdelen (filename).' };
  }

  const gelezen: (Container | Invoer)[] = [];
  for (const d of delen) gelezen.push('bytes' in d ? await leesBestand(d.naam, d.bytes, limieten.zip) : d);
  const eerste = delen[0]!.naam;
  const bestandsnaam = delen.length === 1 ? eerste : `${eerste} (+${delen.length - 1})`;
  if (gelezen.length === 1 && 'onderdelen' in gelezen[0]!) return { ok: true, levering: gelezen[0], bestandsnaam };
  const invoer = gelezen.flatMap((g) => ('onderdelen' in g ? g.onderdelen : [g]));
  if (!gelezen.some((g) => 'onderdelen' in g)) return { ok: true, levering: invoer, bestandsnaam };
  // Zips among other parts: the delivery is kept whole as one zip of its parts, as they arrived.
  const bewaard = delen.flatMap((d) => ('bytes' in d ? [{ naam: d.naam, bytes: d.bytes }] : []));
  return { ok: true, levering: { naam: bestandsnaam, bytes: schrijfZip(uniekeNamen(bewaard)), onderdelen: invoer }, bestandsnaam };
}

function uniekeNamen(bestanden: readonly { naam: string; bytes: Buffer }[]): { naam: string; bytes: Buffer }[] {
  const gezien = new Map<string, number>();
  return bestanden.map((b) => {
    const n = (gezien.get(b.naam) ?? 0) + 1;
    gezien.set(b.naam, n);
    return n === 1 ? b : { naam: `${n}-${b.naam}`, bytes: b.bytes };
  });
}
