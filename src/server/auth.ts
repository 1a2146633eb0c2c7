/**
 * Authentication on every endpoint: a hook on the `/api` scope (and on the backoffice pages), not a
 * line per route. A request is made by a sending channel (API key: `Authorization: Bearer iwj_…` or
 * `X-API-Key`) or by a backoffice user (session cookie). Unsafe requests in a session must carry the
 * session's CSRF token (header `x-csrf-token` or form field `_csrf`). Without valid credentials:
 * 401, and nothing is touched.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/client.js';
import { gelijkeTokens, ToegangRepository, type Gebruiker, type Recht, type Rol } from '../db/repositories/toegang.js';

export const SESSIE_COOKIE = 'iwj_sessie';

export type Principal =
  | { readonly soort: 'kanaal'; readonly id: number; readonly naam: string; readonly rechten: readonly Recht[] }
  | { readonly soort: 'gebruiker'; readonly gebruiker: Gebruiker; readonly csrf: string };

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

/** `gebruiker:12` / `kanaal:vecozo`: who, for the audit log and logs (never a name of a person). */
export function wie(p: Principal): string {
  return p.soort === 'kanaal' ? `kanaal:${p.naam}` : `gebruiker:${p.gebruiker.id}`;
}

function sleutelUit(request: FastifyRequest): string | undefined {
  const auth = request.headers['authorization'];
  if (typeof auth === 'string' && auth.startsWith('Bearer ')) return auth.slice(7).trim();
  const key = request.headers['x-api-key'];
  return typeof key === 'string' ? key.trim() : undefined;
}

export async function principalVan(database: Database, request: FastifyRequest): Promise<Principal | undefined> {
  const toegang = new ToegangRepository(database.db);
  const sleutel = sleutelUit(request);
  if (sleutel) {
    const k = await toegang.kanaalVoorSleutel(sleutel);
    return k ? { soort: 'kanaal', ...k } : undefined;
  }
  const token = request.cookies?.[SESSIE_COOKIE];
  if (token) {
    const s = await toegang.sessie(token);
    return s ? { soort: 'gebruiker', gebruiker: s.gebruiker, csrf: s.csrf } : undefined;
  }
  return undefined;
}

const VEILIG = new Set(['GET', 'HEAD', 'OPTIONS']);

function csrfUit(request: FastifyRequest): string | undefined {
  const h = request.headers['x-csrf-token'];
  if (typeof h === 'string') return h;
  const body = request.body as Record<string, unknown> | undefined;
  return body && typeof body['_csrf'] === 'string' ? body['_csrf'] : undefined;
}

/** The hook: sets `request.principal` or answers 401 (or 403 for a missing CSRF token). */
export function vereisAanmelding(database: Database) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const p = await principalVan(database, request);
    if (!p) {
      await reply.code(401).header('www-authenticate', 'Bearer realm="iwj"').send({ fout: 'niet-aangemeld', melding: 'Aanmelden is vereist: een geldige API-sleutel of sessie.' });
      return;
    }
    if (p.soort === 'gebruiker' && !VEILIG.has(request.method)) {
      const token = csrfUit(request);
      if (!token || !gelijkeTokens(token, p.csrf)) {
        await reply.code(403).send({ fout: 'csrf', melding: 'Het formulier is verlopen of niet van deze site; laad de pagina opnieuw.' });
        return;
      }
    }
    request.principal = p;
  };
}

/** A preHandler: the principal needs one of these rights (channel) or roles (user); beheerder may all. */
export function vereis(opts: { rechten?: readonly Recht[]; rollen?: readonly Rol[] }) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const p = request.principal;
    const mag =
      p?.soort === 'kanaal'
        ? (opts.rechten ?? []).some((r) => p.rechten.includes(r))
        : p?.soort === 'gebruiker'
          ? p.gebruiker.rollen.includes('beheerder') || (opts.rollen ?? []).some((r) => p.gebruiker.rollen.includes(r))
          : false;
    if (!mag) {
      await reply.code(403).send({ fout: 'geen-toegang', melding: 'U heeft geen toegang tot dit onderdeel.' });
    }
  };
}
