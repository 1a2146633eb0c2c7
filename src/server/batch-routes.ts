/**
 * The ingestion endpoint for sending channels (VECOZO, suppliers' systems) and its read-back:
 *
 * - `POST /batches`: one XML message (`application/xml`, `text/xml`), a zip of messages
 *   (`application/zip`; also `application/octet-stream` when the bytes are a zip), or several files
 *   as `multipart/form-data` (XML and zip parts). Answers **202** with the batch id only after every
 *   message's raw bytes are committed; then processing starts. **503** (`Retry-After`) when the queue
 *   cannot take the work: the messages are stored all the same and processed later, do not resend.
 *   **413** above the limits (nothing stored), **415** for another content type, **400** when empty.
 * - `GET /batches/:id`: progress and the outcome per message; refused parts with their reasons.
 * - `GET /batches/:id/retours`: the retour messages made so far, as a zip of XML files (default), or
 *   as JSON with base64 content (`Accept: application/json`); `X-Iwj-Compleet` says whether all are made.
 *
 * A channel (API key) needs the right `aanleveren` to deliver and `lezen` to read back, and sees only
 * the batches it delivered itself (another channel's batch is answered 404, as if it did not exist).
 * Backoffice users with a role may read every batch.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Database } from '../db/client.js';
import { BatchRepository, type BatchBericht, type BatchKop } from '../db/repositories/batches.js';
import { STANDAARD_LIMIETEN, type AanleverLimieten } from '../ingest/limieten.js';
import { schrijfZip } from '../ingest/zip-schrijver.js';
import { WachtrijNietBeschikbaar, type Aanlevering } from '../pipeline/aanlevering.js';
import { berichtUitkomsten } from '../pipeline/uitkomst.js';
import { voortgangVan } from '../pipeline/voortgang.js';
import { API_PREFIX } from './app.js';
import { vereis, wie, type Principal } from './auth.js';
import { BatchParams, BatchStatus, Fout, Ontvangst, RetoursJson } from './batch-schemas.js';
import { leesBody, leesMultipart, mediaType, XML_TYPEN, ZIP_TYPEN } from './levering-uit-verzoek.js';
import { foutAfhandeling } from './fout-afhandeling.js';

export interface BatchRoutesDeps {
  readonly database: Database;
  readonly aanlevering: Aanlevering;
  readonly limieten?: AanleverLimieten;
  /** Seconds a client should wait before asking again after a 503 (default 30). */
  readonly retryAfter?: number;
}

/** The channel a delivery is recorded under: the API key's name, or `gebruiker:<id>` for a backoffice user. */
export function kanaalVan(p: Principal): string {
  return p.soort === 'kanaal' ? p.naam : wie(p);
}

/** May this principal see this batch? A channel only its own; a backoffice user every one. */
export function magBatchZien(p: Principal, kop: BatchKop): boolean {
  return p.soort === 'gebruiker' || kop.kanaal === p.naam;
}

const LEZEN = vereis({ rechten: ['lezen'], rollen: ['medewerker', 'contractmanager'] });
const AANLEVEREN = vereis({ rechten: ['aanleveren'] });

const BINAIR = Type.Unsafe<unknown>({ type: 'string', format: 'binary' });

const retourNaam = (r: { berichttype: string; afzender: string | null; identificatie: string | null; berichtId: number }): string =>
  `${r.berichttype}-${r.afzender ?? 'onbekend'}-${r.identificatie ?? r.berichtId}.xml`.replace(/[^A-Za-z0-9._-]/g, '_');

export function batchRoutes(deps: BatchRoutesDeps): FastifyPluginAsync {
  const limieten = deps.limieten ?? STANDAARD_LIMIETEN;
  const retryAfter = deps.retryAfter ?? 30;

  return async (scope) => {
    const api = scope.withTypeProvider<TypeBoxTypeProvider>();
    // No body is parsed for these routes (not even JSON): each handler reads what it takes, within its limits.
    api.removeAllContentTypeParsers();
    await api.register(multipart, { throwFileSizeLimit: false, limits: { fileSize: limieten.maxLeveringBytes + 1, files: limieten.maxDelen } });
    // XML, zip and anything else: left unread until the request is authenticated; the handler reads it within its limits.
    api.addContentTypeParser([...XML_TYPEN, ...ZIP_TYPEN], (_request, _payload, done) => done(null, undefined));
    api.addContentTypeParser(/^application\/[a-z0-9.+-]*\+xml$/i, (_request, _payload, done) => done(null, undefined));
    api.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined));
    api.setErrorHandler(foutAfhandeling);

    const batches = () => new BatchRepository(deps.database.db);

    async function eigenBatch(request: FastifyRequest, reply: FastifyReply, id: number): Promise<BatchKop | undefined> {
      const kop = await batches().kop(id);
      if (!kop || !magBatchZien(request.principal!, kop)) {
        await reply.code(404).send({ fout: 'onbekende-batch', melding: `Batch ${id} bestaat niet of is niet door dit kanaal aangeleverd.` });
        return undefined;
      }
      return kop;
    }

    api.post(
      '/batches',
      {
        preHandler: AANLEVEREN,
        schema: {
          tags: ['aanleveren'],
          summary: 'Lever berichten aan: één XML-bericht, een zip met berichten, of meerdere bestanden (multipart)',
          description:
            'Alle berichten worden eerst ongewijzigd opgeslagen; pas daarna volgt 202 met het batchnummer en start de verwerking. ' +
            `Grenzen: ${limieten.maxBerichtBytes} bytes per bericht, ${limieten.maxLeveringBytes} bytes per aanlevering, ${limieten.maxDelen} bestanden per multipart-verzoek, ` +
            `${limieten.zip.maxEntries} bestanden per zip. Onderdelen die geen bericht kunnen zijn (onveilige namen, zip-bommen, zips in zips, te grote bestanden) ` +
            'worden met een reden geweigerd; de rest van de aanlevering gaat door. Een bestandsnaam kan worden meegegeven met Content-Disposition.',
          consumes: ['application/xml', 'text/xml', 'application/zip', 'multipart/form-data'],
          body: Type.Unsafe<unknown>({ type: 'string', format: 'binary', description: 'Het bericht, de zip, of een multipart-formulier met bestanden.' }),
          response: {
            202: Ontvangst,
            400: Fout,
            401: Fout,
            403: Fout,
            413: Fout,
            415: Fout,
            500: Fout,
            503: Fout,
          },
        },
      },
      async (request, reply) => {
        const type = mediaType(request);
        const gelezen =
          type === 'multipart/form-data'
            ? await leesMultipart(request, limieten)
            : XML_TYPEN.includes(type) || ZIP_TYPEN.includes(type) || /^application\/[a-z0-9.+-]*\+xml$/.test(type)
              ? await leesBody(request, limieten)
              : ({
                  ok: false,
                  status: 415,
                  fout: 'onbekend-formaat',
                  melding: `Content-Type '${type || '(geen)'}' wordt niet aangenomen; gebruik application/xml, text/xml, application/zip of multipart/form-data.`,
                } as const);
        if (!gelezen.ok) {
          if (gelezen.status === 413) reply.header('connection', 'close');
          return reply.code(gelezen.status).send({ fout: gelezen.fout, melding: gelezen.melding });
        }

        const ontvangen = await deps.aanlevering.ontvang({ bron: 'http', kanaal: kanaalVan(request.principal!), bestandsnaam: gelezen.bestandsnaam }, gelezen.levering);
        const pad = `${API_PREFIX}/batches/${ontvangen.batchId}`;
        try {
          // Re-delivered messages too: starting is idempotent, and picks up one stored earlier but never processed.
          await deps.aanlevering.start(ontvangen.berichten.map((b) => b.berichtId));
        } catch (e) {
          const wachtrij = e instanceof WachtrijNietBeschikbaar;
          request.log.error({ batch: ontvangen.batchId, fout: (e as Error).name }, 'verwerking niet gestart; de berichten zijn opgeslagen');
          return reply
            .code(503)
            .header('retry-after', String(retryAfter))
            .header('location', pad)
            .send({
              fout: wachtrij ? 'wachtrij-niet-beschikbaar' : 'verwerking-uitgesteld',
              melding: `De berichten zijn opgeslagen in batch ${ontvangen.batchId}, maar de verwerking kan nu niet starten; ze worden later vanzelf verwerkt. Stuur ze niet opnieuw; volg de voortgang via ${pad}.`,
              batch: ontvangen.batchId,
            });
        }
        return reply
          .code(202)
          .header('location', pad)
          .send({
            batch: ontvangen.batchId,
            status: pad,
            retours: `${pad}/retours`,
            berichten: ontvangen.berichten.map((b) => ({ berichtId: b.berichtId, bestandsnaam: b.naam, herhaling: b.herhaling })),
            weigeringen: ontvangen.weigeringen,
          });
      },
    );

    api.get(
      '/batches/:id',
      {
        preHandler: LEZEN,
        schema: {
          tags: ['aanleveren'],
          summary: 'Voortgang en uitkomst per bericht van een batch',
          params: BatchParams,
          querystring: Type.Object({
            vanaf: Type.Integer({ minimum: 0, default: 0, description: 'Sla zoveel berichten over (bladeren).' }),
            aantal: Type.Integer({ minimum: 1, maximum: 5000, default: 500, description: 'Hoeveel berichten in dit antwoord.' }),
          }),
          response: { 200: BatchStatus, 400: Fout, 401: Fout, 403: Fout, 404: Fout, 500: Fout },
        },
      },
      async (request, reply) => {
        const kop = await eigenBatch(request, reply, request.params.id);
        if (!kop) return reply;
        const repo = batches();
        const alle = await repo.berichten(kop.id);
        const telling = { afgerond: 0, wacht: 0, inOnderzoek: 0 };
        for (const b of alle) {
          const v = voortgangVan(b);
          if (v === 'afgerond') telling.afgerond++;
          else if (v === 'wacht') telling.wacht++;
          else telling.inOnderzoek++;
        }
        const { vanaf, aantal } = request.query;
        const pagina = alle.slice(vanaf, vanaf + aantal);
        const uitkomsten = await berichtUitkomsten(deps.database, pagina.map((b) => ({ berichtId: b.berichtId, naam: b.naam, herhaling: b.herhaling })));
        const weigeringen = await repo.weigeringen(kop.id);
        const pad = `${API_PREFIX}/batches/${kop.id}`;
        return {
          batch: kop.id,
          bron: kop.bron,
          kanaal: kop.kanaal,
          bestandsnaam: kop.bestandsnaam,
          ontvangenOp: kop.ontvangenOp.toISOString(),
          voortgang: { berichten: alle.length, ...telling, geweigerd: weigeringen.length, klaar: telling.wacht === 0 },
          vanaf,
          berichten: pagina.map((b, i) => uitkomstVan(b, uitkomsten[i]!.json)),
          weigeringen,
          retours: `${pad}/retours`,
        };
      },
    );

    api.get(
      '/batches/:id/retours',
      {
        preHandler: LEZEN,
        schema: {
          tags: ['aanleveren'],
          summary: 'De retourberichten van een batch: een zip met XML-bestanden, of JSON (Accept: application/json)',
          description:
            'Standaard een zip (`application/zip`) met één XML-bestand per retourbericht, zoals de batch zelf als zip kan worden aangeleverd; ' +
            'de header `X-Iwj-Compleet` zegt of alle retourberichten van de batch er zijn. Met `Accept: application/json`: dezelfde retourberichten base64 in JSON.',
          produces: ['application/zip', 'application/json'],
          params: BatchParams,
          response: {
            200: { description: 'De retourberichten die tot nu toe zijn gemaakt.', content: { 'application/zip': { schema: BINAIR }, 'application/json': { schema: RetoursJson } } },
            401: Fout,
            403: Fout,
            404: Fout,
            500: Fout,
          },
        },
      },
      async (request, reply) => {
        const kop = await eigenBatch(request, reply, request.params.id);
        if (!kop) return reply;
        const repo = batches();
        const berichten = await repo.berichten(kop.id);
        const retours = await repo.retours(berichten.map((b) => b.berichtId));
        const compleet = berichten.every((b) => voortgangVan(b) === 'afgerond');
        reply.header('x-iwj-compleet', String(compleet));
        if (!compleet) reply.header('retry-after', String(retryAfter));
        if (wilJson(request.headers.accept)) {
          return reply.type('application/json').send({
            batch: kop.id,
            compleet,
            retours: retours.map((r) => ({
              berichtId: r.berichtId,
              antwoordOp: r.antwoordOp,
              bestandsnaam: retourNaam(r),
              berichttype: r.berichttype,
              inhoud: Buffer.from(r.raw).toString('base64'),
            })),
          });
        }
        const zip = schrijfZip(retours.map((r) => ({ naam: retourNaam(r), bytes: r.raw })));
        return reply.type('application/zip').header('content-disposition', `attachment; filename="batch-${kop.id}-retours.zip"`).send(zip);
      },
    );
  };
}

/** Does the Accept header prefer JSON over a zip? (A zip when it says nothing, or both equally.) */
export function wilJson(accept: string | undefined): boolean {
  if (!accept) return false;
  const q = (type: string): number => {
    let best = 0;
    let specifiek = -1;
    for (const deel of accept.split(',')) {
      const [mt, ...params] = deel.trim().toLowerCase().split(';');
      const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const waarde = qp ? Number(qp.slice(2)) : 1;
      const m = mt!.trim();
      const [hoofd] = type.split('/');
      const mate = m === type ? 2 : m === `${hoofd}/*` ? 1 : m === '*/*' ? 0 : -1;
      if (mate > specifiek) {
        specifiek = mate;
        best = Number.isFinite(waarde) ? waarde : 0;
      }
    }
    return specifiek < 0 ? 0 : best;
  };
  return q('application/json') > q('application/zip');
}

type UitkomstJson = Awaited<ReturnType<typeof berichtUitkomsten>>[number]['json'];

function uitkomstVan(b: BatchBericht, j: UitkomstJson) {
  const gecontroleerd = b.fase !== 'opgeslagen';
  return {
    berichtId: b.berichtId,
    bestandsnaam: b.naam,
    herhaling: b.herhaling,
    berichttype: j.messageType,
    standaard: j.standard,
    release: j.release,
    status: j.status,
    voortgang: voortgangVan(b),
    stap: gecontroleerd ? j.stage : null,
    geldig: gecontroleerd ? j.valid : null,
    retourcodes: j.retourcodes,
    fouten: j.errors.map((e) => ({ regel: e.rule, pad: e.path, regelnummer: e.line, melding: e.message })),
    retour: j.retour ? { berichttype: j.retour.type } : null,
    ...(j.decisions
      ? {
          beslissingen: j.decisions.map((d) => ({
            referentieNummer: d.referentieNummer,
            status: d.status,
            retourcodes: d.retourcodes,
            bevindingen: d.findings.map((f) => ({ regel: f.rule, melding: f.message })),
          })),
        }
      : {}),
  };
}
