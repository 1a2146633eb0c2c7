/**
 * `GET /api/v1/metrics`: the Prometheus text format (`src/metrics/verzamel.ts` says what is in it and
 * where each figure comes from). Mounted inside the authenticated `/api/v1` scope like every other
 * route: Prometheus scrapes it with an API key that has the `metrics` right
 * (`iwj sleutel maak prometheus --rechten metrics`, sent as `Authorization: Bearer iwj_…`); a
 * beheerder may open it in a session. Why not a bare `/metrics`: the figures name channels and
 * volumes, and one authentication hook for the whole API beats a second, weaker door.
 */
import type { FastifyPluginAsync } from 'fastify';
import { CONTENT_TYPE, alsTekst } from '../metrics/prometheus.js';
import { verzamelMetrics, type MetricsBronnen } from '../metrics/verzamel.js';
import { vereis } from './auth.js';

export function metricsRoutes(bronnen: MetricsBronnen): FastifyPluginAsync {
  return async (api) => {
    api.get(
      '/metrics',
      {
        preHandler: vereis({ rechten: ['metrics'], rollen: ['beheerder'] }),
        // Scrapes every 15 s would flood the request log; failures are still logged.
        logLevel: 'warn',
        schema: {
          tags: ['algemeen'],
          summary: 'Meetwaarden voor Prometheus (tekstformaat 0.0.4)',
          description:
            'Ontvangen, afgekeurde en verwerkte berichten, gemaakte en te late retours, wachtend werk (uit de database, gelijk op elk proces), ' +
            'jobs per wachtrij en toestand (Redis), en de duur van jobs per stage in dit proces. Vereist het recht `metrics` (of de rol beheerder).',
          produces: ['text/plain'],
        },
      },
      async (_request, reply) => reply.type(CONTENT_TYPE).send(alsTekst(await verzamelMetrics(bronnen))),
    );
  };
}
