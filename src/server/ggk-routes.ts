/**
 * The GGK's own envelope (StUF ggk0210), for a gemeente connected to the Gemeentelijk
 * Gegevensknooppunt:
 *
 * - `POST /ggk`: one `envelopHeenbericht-ggk_Di01` (bare, or in the body of a SOAP 1.1/1.2 envelope)
 *   with one iWmo/iJw message base64 in `parameters/bericht`. The envelope is kept raw with its
 *   message; the message is processed and the answer is synchronous:
 *   - `Du01` with the retour message (`crossRefnummer` = the Di01's referentienummer), 200;
 *   - `Fo01` with the chain's code: StUF055 (the message or the envelope fails its schema),
 *     IB007 (envelope above 25 MB), IB009 (referentienummer not a UUID), IB216 (zender +
 *     referentienummer used before); bare: 400/413/400/409; in SOAP: a Fault with the Fo01 as detail;
 *   - `Bv03` ("received", 202 bare) when the retour is not ready within the wait (a 323 whose
 *     prestaties wait for a person, a busy queue) or when the queue cannot take the work now: the
 *     message is stored and the Du01 follows; fetch it with `GET /ggk/{referentienummer}`.
 *   An `envelopRetourbericht-ggk_Du01` (a retour to us: 302, 320) is taken in the same way and
 *   answered with Bv03.
 * - `GET /ggk/:referentienummer`: the answer to an envelope as it stands now (Du01, Bv03 or Fo01).
 */
import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { Database } from '../db/client.js';
import { BatchRepository } from '../db/repositories/batches.js';
import { BerichtRepository } from '../db/repositories/berichten.js';
import { GgkRepository } from '../db/repositories/ggk.js';
import { bv03, du01, fo01, foutDetails, IWJ_APPLICATIE, inSoap, soapFout, type Adressering, type Fo01Inhoud } from '../ggk/antwoord.js';
import { kenmerkenUitBegin, leesEnvelop, type Envelop, type EnvelopKenmerken, type SoapVersie } from '../ggk/envelop.js';
import { GGK_FOUTCODES } from '../ggk/foutcodes.js';
import { leesBegrensd } from '../ingest/begrensd.js';
import { inMb } from '../ingest/limieten.js';
import { DEFAULT_MAX_MESSAGE_BYTES } from '../xml/prolog.js';
import type { Aanlevering } from '../pipeline/aanlevering.js';
import { voortgangVan } from '../pipeline/voortgang.js';
import { vereis } from './auth.js';
import { Fout } from './batch-schemas.js';
import { kanaalVan } from './batch-routes.js';
import { foutAfhandeling } from './fout-afhandeling.js';

export interface GgkRoutesDeps {
  readonly database: Database;
  readonly aanlevering: Aanlevering;
  /** Largest envelope, base64 content included (the chain's 25 MB; IB007 above). */
  readonly maxEnvelopBytes?: number;
  /** How long to wait for the retour before answering Bv03 (default 20 s). */
  readonly wachtMs?: number;
  /** How often the outcome is read while waiting (default 100 ms). */
  readonly pollMs?: number;
}

const XML_TYPEN = ['application/xml', 'text/xml', 'application/soap+xml'];

const XML_ANTWOORD = Type.String({ description: 'Een StUF-bericht (Du01, Bv03 of Fo01), kaal of in een SOAP-envelop.' });
const xmlInhoud = (description: string) => ({
  description,
  content: { 'application/xml': { schema: XML_ANTWOORD }, 'text/xml': { schema: XML_ANTWOORD }, 'application/soap+xml': { schema: XML_ANTWOORD } },
});

type Antwoord = { soort: 'Du01'; xml: string } | { soort: 'Bv03'; xml: string } | { soort: 'Fo01'; fout: Fo01Inhoud; xml: string };

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function ggkRoutes(deps: GgkRoutesDeps): FastifyPluginAsync {
  const maxBytes = deps.maxEnvelopBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const wachtMs = deps.wachtMs ?? 20_000;
  const pollMs = deps.pollMs ?? 100;

  /** We answer as the gemeente the envelope was addressed to; the answer goes back to its sender. */
  function adressering(k: EnvelopKenmerken, referentienummer: string, gemeente?: string | null): Adressering {
    return {
      zender: { organisatie: gemeente || k.ontvanger?.organisatie || 'onbekend', applicatie: IWJ_APPLICATIE.naam },
      ontvanger: { organisatie: k.zender?.organisatie || 'onbekend', applicatie: 'GGk' },
      referentienummer,
      crossRefnummer: k.referentienummer ?? '',
    };
  }

  function foutAntwoord(k: EnvelopKenmerken, f: Omit<Fo01Inhoud, 'details'>, gemeente?: string | null): Antwoord {
    const fout: Fo01Inhoud = { ...f, ...(foutDetails(k) ? { details: foutDetails(k)! } : {}) };
    return { soort: 'Fo01', fout, xml: fo01(adressering(k, randomUUID(), gemeente), fout, { declaratie: false }) };
  }

  /** The answer to a stored envelope's message as it stands now. */
  async function antwoordVoor(envelop: Envelop, berichtId: number, antwoordReferentie: string): Promise<Antwoord> {
    const berichten = new BerichtRepository(deps.database.db);
    const rij = await berichten.get(berichtId);
    if (rij?.status === 'technisch-afgekeurd') {
      const [eerste] = await berichten.bevindingen(berichtId, ['xml', 'xsd']);
      const reden = eerste ? `${eerste.message}${eerste.path && eerste.path !== '/' ? ` (${eerste.path})` : ''}` : 'Het bericht voldoet niet aan zijn schema.';
      return foutAntwoord(envelop, { code: 'StUF055', reden }, rij.ontvanger);
    }
    const retour = envelop.berichtcode === 'Di01' ? await berichten.retourVan(berichtId) : undefined;
    if (retour) {
      const [versie, subversie] = (retour.release ?? '').split('.');
      const xml = du01(
        // The gemeente: the heen message's Ontvanger, which its retour keeps in its header.
        adressering(envelop, antwoordReferentie, retour.ontvanger ?? rij?.ontvanger),
        { functie: retour.berichttype ?? envelop.functie, functieVersie: versie ?? '0', functieSubversie: subversie ?? '0', bericht: retour.raw },
        { declaratie: false },
      );
      return { soort: 'Du01', xml };
    }
    return { soort: 'Bv03', xml: bv03(adressering(envelop, randomUUID(), rij?.ontvanger), { declaratie: false }) };
  }

  /** Waits until the message is no longer in the pipeline, or the time is up. */
  async function wachtOp(berichtId: number): Promise<void> {
    const berichten = new BerichtRepository(deps.database.db);
    const eind = Date.now() + wachtMs;
    let klaar: Promise<unknown> | undefined = deps.aanlevering.klaar?.().catch(() => undefined);
    for (;;) {
      const rij = await berichten.get(berichtId);
      if (!rij || voortgangVan(rij) !== 'wacht') return;
      const rest = eind - Date.now();
      if (rest <= 0) return;
      const wacht = sleep(Math.min(pollMs, rest));
      if (klaar) {
        // Woken early when the in-process pipeline says it is done; after that, polling only.
        const k = klaar;
        klaar = undefined;
        await Promise.race([k, wacht]);
      } else {
        await wacht;
      }
    }
  }

  async function stuur(reply: FastifyReply, antwoord: Antwoord, soap: SoapVersie | undefined): Promise<FastifyReply> {
    reply.header('x-iwj-antwoord', antwoord.soort);
    if (!soap) {
      const status = antwoord.soort === 'Fo01' ? GGK_FOUTCODES[antwoord.fout.code].http : antwoord.soort === 'Bv03' ? 202 : 200;
      return reply.code(status).type('application/xml; charset=utf-8').send(`<?xml version="1.0" encoding="UTF-8"?>\r\n${antwoord.xml}`);
    }
    const type = soap === '1.1' ? 'text/xml; charset=utf-8' : 'application/soap+xml; charset=utf-8';
    if (antwoord.soort !== 'Fo01') return reply.code(200).type(type).send(inSoap(soap, antwoord.xml));
    const code = GGK_FOUTCODES[antwoord.fout.code];
    const status = soap === '1.2' && code.plek === 'client' ? 400 : 500;
    return reply.code(status).type(type).send(soapFout(soap, code.plek, `${antwoord.fout.code}: ${code.omschrijving}`, antwoord.xml));
  }

  return async (scope) => {
    const api = scope.withTypeProvider<TypeBoxTypeProvider>();
    api.removeAllContentTypeParsers();
    api.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
    api.setErrorHandler(foutAfhandeling);

    api.post(
      '/ggk',
      {
        preHandler: vereis({ rechten: ['aanleveren'] }),
        schema: {
          tags: ['ggk'],
          summary: 'Neem een GGK-envelop (StUF ggk0210 Di01) aan en antwoord met Du01, Fo01 of Bv03',
          description:
            'Eén envelopHeenbericht-ggk_Di01, kaal of in een SOAP 1.1/1.2-envelop, met één iWmo/iJw-bericht base64 in parameters/bericht. ' +
            'Het antwoord volgt direct: Du01 met het retourbericht (crossRefnummer = referentienummer van de Di01), ' +
            `Fo01 met StUF055 (schema), IB007 (groter dan ${inMb(maxBytes)}), IB009 (referentienummer geen UUID) of IB216 (zender + referentienummer niet uniek), ` +
            'of Bv03 (ontvangen; de Du01 volgt, op te halen met GET /ggk/{referentienummer}) als het retourbericht niet binnen de wachttijd klaar is.',
          consumes: XML_TYPEN,
          body: Type.Unsafe<unknown>({ type: 'string', description: 'De GGK-envelop (XML).' }),
          response: {
            200: xmlInhoud('Du01 met het retourbericht (of Bv03 in SOAP).'),
            202: xmlInhoud('Bv03: ontvangen en opgeslagen; het retourbericht volgt.'),
            400: xmlInhoud('Fo01 StUF055 of IB009 (kaal), of een SOAP Fault (1.2).'),
            401: Fout,
            403: Fout,
            409: xmlInhoud('Fo01 IB216.'),
            413: xmlInhoud('Fo01 IB007.'),
            415: Fout,
            500: xmlInhoud('Een SOAP Fault met de Fo01 (SOAP 1.1).'),
          },
        },
      },
      async (request, reply) => {
        const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (!XML_TYPEN.includes(type)) {
          return reply.code(415).send({ fout: 'onbekend-formaat', melding: 'Een GGK-envelop is XML: gebruik application/xml, text/xml of application/soap+xml.' });
        }
        const soapHint: SoapVersie | undefined = type === 'application/soap+xml' ? '1.2' : undefined;
        const kanaal = kanaalVan(request.principal!);
        const lengte = Number(request.headers['content-length'] ?? NaN);
        const teGroot = `De envelop is ${Number.isFinite(lengte) ? inMb(lengte) : 'groter dan toegestaan'}; inclusief de base64-inhoud mag hij hoogstens ${inMb(maxBytes)} zijn. Verdeel de inhoud over meer berichten.`;
        if (Number.isFinite(lengte) && lengte > maxBytes) {
          reply.header('connection', 'close');
          return stuur(reply, foutAntwoord({}, { code: 'IB007', reden: teGroot }), soapHint);
        }
        const gelezen = await leesBegrensd(request.raw, maxBytes, { begin: 65536 });
        if (!gelezen.ok) {
          reply.header('connection', 'close');
          const k = kenmerkenUitBegin(gelezen.begin);
          const soap = soapHint ?? (/<(\w+:)?Envelope[\s>]/.test(gelezen.begin.toString('utf8', 0, 2048)) ? '1.1' : undefined);
          return stuur(reply, foutAntwoord(k, { code: 'IB007', reden: teGroot }), soap);
        }
        const envelopBytes = gelezen.bytes;
        const lezing = leesEnvelop(envelopBytes, maxBytes);
        const bewaarGeweigerd = async (k: EnvelopKenmerken, reden: string) => {
          // Kept raw all the same: nothing that arrived is lost.
          await deps.aanlevering.ontvang(
            { bron: 'ggk', kanaal, bestandsnaam: `ggk-${k.referentienummer ?? 'onbekend'}.xml` },
            { naam: `ggk-${k.referentienummer ?? 'onbekend'}.xml`, bytes: envelopBytes, onderdelen: [{ naam: 'envelop', weigering: reden }] },
          );
        };
        if (!lezing.ok) {
          await bewaarGeweigerd(lezing.kenmerken, `${lezing.code}: ${lezing.reden}`);
          return stuur(reply, foutAntwoord(lezing.kenmerken, { code: lezing.code, reden: lezing.reden }), lezing.soap ?? soapHint);
        }
        const { envelop, bericht, soap } = lezing;
        const ggk = new GgkRepository(deps.database.db);
        const claim = await ggk.claim({
          zender: envelop.zender.organisatie,
          referentienummer: envelop.referentienummer,
          kanaal,
          functie: envelop.functie,
          antwoordReferentie: randomUUID(),
        });
        if (!claim) {
          const reden = `Referentienummer ${envelop.referentienummer} is door zender ${envelop.zender.organisatie} al eerder gebruikt; de envelop is niet opnieuw verwerkt.`;
          await bewaarGeweigerd(envelop, `IB216: ${reden}`);
          return stuur(reply, foutAntwoord(envelop, { code: 'IB216', reden }), soap);
        }
        let berichtId: number;
        try {
          const naam = `ggk-${envelop.referentienummer}.xml`;
          const ontvangen = await deps.aanlevering.ontvang(
            { bron: 'ggk', kanaal, bestandsnaam: naam },
            { naam, bytes: envelopBytes, onderdelen: [{ naam: envelop.bestandsnaam ?? `${envelop.functie}-${envelop.referentienummer}.xml`, bytes: bericht }] },
          );
          berichtId = ontvangen.berichten[0]!.berichtId;
          await ggk.voltooi(claim.id, ontvangen.batchId, berichtId);
        } catch (e) {
          await ggk.geefVrij(claim.id).catch(() => undefined);
          throw e;
        }
        try {
          await deps.aanlevering.start([berichtId]);
        } catch (e) {
          // Stored: the message is processed when the queue is back; the Du01 follows.
          request.log.error({ bericht: berichtId, fout: (e as Error).name }, 'verwerking van een GGK-bericht niet gestart; opgeslagen');
          return stuur(reply, { soort: 'Bv03', xml: bv03(adressering(envelop, randomUUID()), { declaratie: false }) }, soap);
        }
        if (envelop.berichtcode === 'Di01') await wachtOp(berichtId);
        return stuur(reply, await antwoordVoor(envelop, berichtId, claim.antwoordReferentie), soap);
      },
    );

    api.get(
      '/ggk/:referentienummer',
      {
        preHandler: vereis({ rechten: ['lezen'], rollen: ['medewerker', 'contractmanager'] }),
        schema: {
          tags: ['ggk'],
          summary: 'Het antwoord op een GGK-envelop zoals het nu is: Du01 (retourbericht), Bv03 (nog niet klaar) of Fo01',
          params: Type.Object({ referentienummer: Type.String({ maxLength: 40 }) }),
          response: {
            200: xmlInhoud('Du01 met het retourbericht.'),
            202: xmlInhoud('Bv03: het retourbericht is er nog niet.'),
            400: xmlInhoud('Fo01 StUF055: het bericht voldeed niet aan zijn schema.'),
            401: Fout,
            403: Fout,
            404: Fout,
          },
        },
      },
      async (request, reply) => {
        const p = request.principal!;
        const ggk = new GgkRepository(deps.database.db);
        const rij = await ggk.vind(request.params.referentienummer, p.soort === 'kanaal' ? p.naam : undefined);
        const raw = rij?.batchId ? await new BatchRepository(deps.database.db).raw(rij.batchId) : undefined;
        const lezing = raw ? leesEnvelop(Buffer.from(raw), Number.MAX_SAFE_INTEGER) : undefined;
        if (!rij || rij.berichtId === null || !lezing?.ok) {
          return reply.code(404).send({ fout: 'onbekende-envelop', melding: `Er is geen envelop met referentienummer ${request.params.referentienummer} van dit kanaal ontvangen.` });
        }
        return stuur(reply, await antwoordVoor(lezing.envelop, rij.berichtId, rij.antwoordReferentie), undefined);
      },
    );
  };
}
