/**
 * The Bull Board queue monitor, for administrators: `/beheer/wachtrijen`, behind the backoffice
 * session with role `beheerder`. Its actions (retry a dead letter, clean a queue) are accepted only
 * from a page of this site (Origin/Referer of this host; the session cookie is SameSite=Strict), and
 * every action is written to the audit log. Mounted only when the queues are in use.
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/client.js';
import { ToegangRepository } from '../db/repositories/toegang.js';
import type { Wachtrijen } from '../pipeline/wachtrij/wachtrijen.js';
import { SESSIE_COOKIE } from './auth.js';

export const MONITOR_PAD = '/beheer/wachtrijen';

function zelfdeHerkomst(request: FastifyRequest): boolean {
  const bron = request.headers['origin'] ?? request.headers['referer'];
  if (typeof bron !== 'string') return false;
  try {
    return new URL(bron).host === request.headers['host'];
  } catch {
    return false;
  }
}

export function wachtrijMonitor(o: { database: Database; wachtrijen: Wachtrijen }): FastifyPluginAsync {
  return async (app) => {
    const serverAdapter = new FastifyAdapter();
    createBullBoard({
      queues: Object.values(o.wachtrijen.queues).map((q) => new BullMQAdapter(q)),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'iwj — wachtrijen' } },
    });
    serverAdapter.setBasePath(MONITOR_PAD);
    await app.register(
      async (scope) => {
        scope.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
          const token = request.cookies?.[SESSIE_COOKIE];
          const toegang = new ToegangRepository(o.database.db);
          const s = token ? await toegang.sessie(token) : undefined;
          if (!s) {
            await reply.redirect(`/aanmelden?terug=${encodeURIComponent(MONITOR_PAD)}`, 303);
            return;
          }
          if (!s.gebruiker.rollen.includes('beheerder')) {
            await toegang.audit({ wie: `gebruiker:${s.gebruiker.id}`, actie: 'geweigerd', onderwerp: 'pagina', onderwerpId: MONITOR_PAD });
            await reply.code(403).type('text/plain; charset=utf-8').send('Geen toegang: de wachtrijmonitor is er voor beheerders.');
            return;
          }
          if (request.method !== 'GET' && request.method !== 'HEAD') {
            if (!zelfdeHerkomst(request)) {
              await reply.code(403).type('text/plain; charset=utf-8').send('Geweigerd: deze actie komt niet van een pagina van deze site.');
              return;
            }
            await toegang.audit({ wie: `gebruiker:${s.gebruiker.id}`, actie: 'wachtrij-actie', onderwerp: 'wachtrij', onderwerpId: request.url.slice(MONITOR_PAD.length) });
          }
        });
        await scope.register(serverAdapter.registerPlugin());
      },
      { prefix: MONITOR_PAD },
    );
  };
}
