/** The backoffice's stylesheet and script, served from this package (read once at start). */
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';

const BESTANDEN: Record<string, string> = {
  'backoffice.css': 'text/css; charset=utf-8',
  'backoffice.js': 'text/javascript; charset=utf-8',
};

export async function statischRoutes(app: FastifyInstance): Promise<void> {
  const inhoud = new Map<string, Buffer>();
  for (const naam of Object.keys(BESTANDEN)) inhoud.set(naam, fs.readFileSync(new URL(`./static/${naam}`, import.meta.url)));
  app.get('/static/:naam', { schema: { hide: true } }, async (request, reply) => {
    const naam = (request.params as { naam: string }).naam;
    const b = inhoud.get(naam);
    if (!b) return reply.code(404).type('text/plain; charset=utf-8').send('Niet gevonden');
    return reply.type(BESTANDEN[naam]!).header('cache-control', 'public, max-age=3600').send(b);
  });
}
