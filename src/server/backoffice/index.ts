/**
 * The backoffice: server-rendered Dutch pages from the same Fastify process, mounted at the root
 * (`buildApp({ root: [backoffice({ database, naBeslissing })] })`). Every page checks the session
 * and the role; stylesheet and script are served from this package (no CDN).
 */
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { afkeurRoutes } from './afkeuren.js';
import { beheerRoutes } from './beheer.js';
import { berichtRoutes } from './bericht.js';
import { kpiRoutes } from './kpi.js';
import type { BackofficeOpties } from './opties.js';
import { registerRoutes } from './registers.js';
import { sessieRoutes } from './sessie.js';
import { statischRoutes } from './statisch.js';
import { verkeerRoutes } from './verkeer.js';

export type { BackofficeOpties } from './opties.js';

/** Content-Security-Policy: only this site's own script, styles and forms; no frames. */
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export function backoffice(o: BackofficeOpties): FastifyPluginAsync {
  return async (app: FastifyInstance) => {
    app.addHook('onSend', async (request, reply, payload) => {
      reply.header('content-security-policy', CSP);
      reply.header('x-content-type-options', 'nosniff');
      reply.header('referrer-policy', 'same-origin');
      reply.header('x-frame-options', 'DENY');
      if (!request.url.startsWith('/static/')) reply.header('cache-control', 'no-store');
      return payload;
    });
    await statischRoutes(app);
    await sessieRoutes(app, o);
    await afkeurRoutes(app, o);
    await berichtRoutes(app, o);
    await verkeerRoutes(app, o);
    await kpiRoutes(app, o);
    await registerRoutes(app, o);
    await beheerRoutes(app, o);
  };
}
