/**
 * The HTTP server (Fastify): the `/api/v1` scope with authentication as a hook, routes that declare
 * their schemas (TypeBox) so the OpenAPI document is generated from them, and the backoffice pages.
 * Route modules register themselves as plugins that receive only the services they use.
 */
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyServerOptions } from 'fastify';
import { Type } from 'typebox';
import type { Database } from '../db/client.js';
import { vereisAanmelding, wie } from './auth.js';
import { VeiligeLogController } from './log-controller.js';

export type App = FastifyInstance;

export interface AppDeps {
  readonly database: Database;
  /** Pino options (or false); logs never carry BSNs or names: see `logger.ts`. */
  readonly logger?: FastifyServerOptions['logger'];
  /** Plugins mounted inside the authenticated `/api/v1` scope. */
  readonly api?: readonly FastifyPluginAsync[];
  /** Plugins mounted at the root (backoffice pages; they authenticate themselves). */
  readonly root?: readonly FastifyPluginAsync[];
  /** Largest request body accepted (bytes). */
  readonly bodyLimit?: number;
}

export const API_PREFIX = '/api/v1';

export async function buildApp(deps: AppDeps): Promise<App> {
  const app = Fastify({
    logger: deps.logger ?? false,
    // Request logs carry method, url (its query made safe) and status; never bodies (see logger.ts).
    logController: new VeiligeLogController(),
    bodyLimit: deps.bodyLimit ?? 100 * 1024 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(cookie);
  await app.register(formbody);
  await app.register(swagger, {
    openapi: {
      info: { title: 'iwj — iWmo/iJw berichtenverwerking', version: '0.1.0', description: 'API van de gemeentelijke berichtenverwerking iWmo/iJw 3.2.' },
      components: {
        securitySchemes: {
          apiKey: { type: 'http', scheme: 'bearer', description: 'API-sleutel van een aanleverkanaal (iwj_…)' },
          sessie: { type: 'apiKey', in: 'cookie', name: 'iwj_sessie' },
        },
      },
      security: [{ apiKey: [] }, { sessie: [] }],
    },
  });

  app.get('/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  await app.register(
    async (api) => {
      api.addHook('preHandler', vereisAanmelding(deps.database));
      api.get(
        '/openapi.json',
        { schema: { tags: ['algemeen'], summary: 'Het OpenAPI-document van deze API' } },
        async () => app.swagger(),
      );
      api.get(
        '/wie',
        {
          schema: {
            tags: ['algemeen'],
            summary: 'Wie ben ik (aangemeld als kanaal of gebruiker)',
            response: { 200: Type.Object({ wie: Type.String(), soort: Type.String(), rechten: Type.Array(Type.String()) }) },
          },
        },
        async (request) => {
          const p = request.principal!;
          return { wie: wie(p), soort: p.soort, rechten: p.soort === 'kanaal' ? [...p.rechten] : [...p.gebruiker.rollen] };
        },
      );
      for (const plugin of deps.api ?? []) await api.register(plugin);
    },
    { prefix: API_PREFIX },
  );
  for (const plugin of deps.root ?? []) await app.register(plugin);
  await app.ready();
  return app;
}
