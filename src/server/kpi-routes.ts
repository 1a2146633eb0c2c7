/**
 * The KPI endpoints, mounted inside the authenticated `/api/v1` scope, for a channel with the `kpi`
 * right or a user with the role contractmanager:
 *
 *   GET kpi                    the figures, the peildata with a snapshot, the recent refreshes
 *   GET kpi/{kengetal}         one figure: filters, grouping (`per`), `peildatum` or a trend
 *                              (`per=peildatum&van=…&tot=…`); JSON, or `formaat=csv` (with `komma=true`
 *                              for `;` and decimal comma) — the same CSV as `iwj kpi export`
 *
 * Every answer is written to the audit log (`bekeken`, or `geexporteerd` for CSV).
 */
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Database } from '../db/client.js';
import { KpiRepository } from '../db/repositories/kpi.js';
import { ToegangRepository } from '../db/repositories/toegang.js';
import { naarCsv } from '../kpi/csv.js';
import { GeenSnapshot } from '../kpi/figuren.js';
import { FIGUREN, FIGUUR_OMSCHRIJVING, KpiVraagFout, type RuweVraag } from '../kpi/vraag.js';
import { vereis, wie } from './auth.js';
import { kpiAntwoord } from './kpi-antwoord.js';

const Tekst = Type.String({ maxLength: 200 });
const Lijst = Type.Optional(Type.Array(Tekst, { maxItems: 200 }));
const Datum = Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }));

const KpiQuery = Type.Object(
  {
    peildatum: Datum,
    van: Datum,
    tot: Datum,
    per: Lijst,
    gemeente: Lijst,
    aanbieder: Lijst,
    segment: Lijst,
    perceel: Lijst,
    productcategorie: Lijst,
    productcode: Lijst,
    afrekening: Type.Optional(Type.Union([Type.Literal('geheel'), Type.Literal('buiten-band')])),
    limiet: Type.Optional(Type.Integer({ minimum: 1, maximum: 25 })),
    formaat: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
    komma: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const Fout = Type.Object({ fout: Type.String(), melding: Type.String() });

const Kolom = Type.Object({ sleutel: Type.String(), kop: Type.String(), soort: Type.String() });

const KpiAntwoordSchema = Type.Object({
  figuur: Type.String(),
  omschrijving: Type.String(),
  peildata: Type.Array(Type.String()),
  per: Type.Array(Type.String()),
  kolommen: Type.Array(Kolom),
  rijen: Type.Array(Type.Object({}, { additionalProperties: true })),
});

const Overzicht = Type.Object({
  kengetallen: Type.Array(Type.Object({ figuur: Type.String(), omschrijving: Type.String() })),
  peildata: Type.Array(Type.String()),
  verversingen: Type.Array(
    Type.Object({
      id: Type.Integer(),
      peildatum: Type.String(),
      status: Type.String(),
      door: Type.String(),
      gestartOp: Type.String(),
      duurMs: Type.Union([Type.Integer(), Type.Null()]),
      rijen: Type.Union([Type.Integer(), Type.Null()]),
      trajecten: Type.Union([Type.Integer(), Type.Null()]),
      prestaties: Type.Union([Type.Integer(), Type.Null()]),
    }),
  ),
});

/** The KPI routes for the `/api/v1` scope (paths relative to it). */
export function kpiRoutes(database: Database): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
    // A query the schema refuses is answered in the same shape as the other refusals.
    app.setErrorHandler((error, _request, reply) => {
      if ((error as { validation?: unknown }).validation) {
        return reply.code(400).send({ fout: 'ongeldige-vraag', melding: `De vraag klopt niet: ${(error as Error).message}.` });
      }
      throw error;
    });
    const magKpi = vereis({ rechten: ['kpi'], rollen: ['contractmanager'] });

    app.get(
      '/kpi',
      {
        preHandler: magKpi,
        schema: {
          tags: ['kpi'],
          summary: 'De kengetallen, de peildata met een momentopname en de laatste verversingen',
          response: { 200: Overzicht },
        },
      },
      async () => {
        const kpi = new KpiRepository(database.db);
        const verversingen = await kpi.refreshes(20);
        return {
          kengetallen: FIGUREN.map((figuur) => ({ figuur, omschrijving: FIGUUR_OMSCHRIJVING[figuur] })),
          peildata: await kpi.peildata(),
          verversingen: verversingen.map((r) => ({ ...r, gestartOp: r.gestartOp.toISOString() })),
        };
      },
    );

    app.get(
      '/kpi/:figuur',
      {
        preHandler: magKpi,
        schema: {
          tags: ['kpi'],
          summary: 'Eén kengetal, gefilterd en ingedeeld; JSON of CSV (Excel)',
          params: Type.Object({ figuur: Type.Union(FIGUREN.map((f) => Type.Literal(f))) }),
          querystring: KpiQuery,
          response: { 200: Type.Union([KpiAntwoordSchema, Type.String({ description: 'CSV, met formaat=csv (UTF-8 met BOM)' })]), 400: Fout, 404: Fout },
        },
      },
      async (request, reply) => {
        // The schema drops unknown parameters silently (Fastify's default); a misspelt filter must not
        // quietly give the unfiltered figure.
        const onbekend = [...new URL(request.url, 'http://x').searchParams.keys()].filter((k) => !(k in KpiQuery.properties));
        if (onbekend.length > 0) {
          return reply.code(400).send({ fout: 'ongeldige-vraag', melding: `Onbekende parameter '${onbekend[0]}'; kies uit: ${Object.keys(KpiQuery.properties).join(', ')}.` });
        }
        const { formaat, komma, ...rest } = request.query;
        const ruw: Record<string, string | string[]> = {};
        for (const [k, v] of Object.entries(rest)) if (v !== undefined) ruw[k] = Array.isArray(v) ? v : String(v);
        let antwoord;
        try {
          antwoord = await kpiAntwoord(database, request.params.figuur, ruw as RuweVraag);
        } catch (e) {
          if (e instanceof KpiVraagFout) return reply.code(400).send({ fout: 'ongeldige-vraag', melding: e.message });
          if (e instanceof GeenSnapshot) return reply.code(404).send({ fout: 'geen-momentopname', melding: e.message });
          throw e;
        }
        const csv = formaat === 'csv';
        await new ToegangRepository(database.db).audit({
          wie: wie(request.principal!),
          actie: csv ? 'geexporteerd' : 'bekeken',
          onderwerp: 'kpi',
          onderwerpId: antwoord.figuur,
          details: { peildata: antwoord.peildata, per: antwoord.per, filter: ruw, formaat: csv ? 'csv' : 'json', rijen: antwoord.rijen.length },
        });
        if (csv) {
          const naam = `kpi-${antwoord.figuur}-${antwoord.peildata[antwoord.peildata.length - 1]}.csv`;
          return reply
            .header('content-type', 'text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${naam}"`)
            .send(naarCsv(antwoord.kolommen, antwoord.rijen, { komma: komma ?? false }));
        }
        return {
          ...antwoord,
          peildata: [...antwoord.peildata],
          per: [...antwoord.per],
          kolommen: [...antwoord.kolommen],
          rijen: antwoord.rijen.map((r) => ({ ...r })),
        };
      },
    );
  };
}
