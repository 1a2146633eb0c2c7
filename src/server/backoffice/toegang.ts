/**
 * Who may see a page: every backoffice page is behind a session (cookie `iwj_sessie`, the same as
 * the API's) and a role. Without a session: to the login page. With the wrong role: a 403 page
 * (and an audit entry). An account with a one-time password goes to the password page first.
 * Unsafe requests (POST) must carry the session's CSRF token (`_csrf` field or `x-csrf-token`).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { gelijkeTokens, ToegangRepository, type Gebruiker, type Rol } from '../../db/repositories/toegang.js';
import { SESSIE_COOKIE } from '../auth.js';
import { html } from './html.js';
import { magRol, pagina } from './layout.js';
import type { BackofficeOpties } from './opties.js';

export interface PaginaGebruiker {
  readonly gebruiker: Gebruiker;
  readonly csrf: string;
  readonly token: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    backoffice?: PaginaGebruiker;
  }
}

/** The signed-in user of a page request (set by `paginaToegang`). */
export function aangemeld(request: FastifyRequest): PaginaGebruiker {
  const b = request.backoffice;
  if (!b) throw new Error('paginaToegang did not run for this route');
  return b;
}

function csrfUit(request: FastifyRequest): string | undefined {
  const h = request.headers['x-csrf-token'];
  if (typeof h === 'string') return h;
  const body = request.body as Record<string, unknown> | undefined;
  const v = body?.['_csrf'];
  return typeof v === 'string' ? v : undefined;
}

export function stuurPagina(reply: FastifyReply, code: number, body: string): FastifyReply {
  return reply.code(code).type('text/html; charset=utf-8').send(body);
}

export function geweigerdPagina(g: PaginaGebruiker): string {
  return pagina({
    titel: 'Geen toegang',
    gebruiker: g.gebruiker,
    csrf: g.csrf,
    inhoud: html`<p>U heeft geen toegang tot deze pagina. Vraag een beheerder om de rol die hiervoor nodig is.</p><p><a href="/">Naar de startpagina</a></p>`,
  });
}

export function paginaToegang(o: BackofficeOpties, rollen: readonly Rol[] | 'iedereen', opts: { wachtwoordPagina?: boolean } = {}) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const token = request.cookies?.[SESSIE_COOKIE];
    const toegang = new ToegangRepository(o.database.db);
    const s = token ? await toegang.sessie(token) : undefined;
    if (!s || !token) {
      if (request.method === 'GET') {
        await reply.redirect(`/aanmelden?terug=${encodeURIComponent(request.url)}`, 303);
      } else {
        await stuurPagina(reply, 401, pagina({ titel: 'Niet aangemeld', inhoud: html`<p>Uw sessie is verlopen. <a href="/aanmelden">Meld u opnieuw aan</a>.</p>` }));
      }
      return;
    }
    const g: PaginaGebruiker = { gebruiker: s.gebruiker, csrf: s.csrf, token };
    request.backoffice = g;
    request.principal = { soort: 'gebruiker', gebruiker: s.gebruiker, csrf: s.csrf };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const t = csrfUit(request);
      if (!t || !gelijkeTokens(t, s.csrf)) {
        await stuurPagina(
          reply,
          403,
          pagina({ titel: 'Formulier verlopen', gebruiker: g.gebruiker, csrf: g.csrf, inhoud: html`<p>Het formulier is verlopen of niet van deze site; laad de pagina opnieuw en probeer het nog eens.</p>` }),
        );
        return;
      }
    }
    if (s.gebruiker.moetWachtwoordWijzigen && !opts.wachtwoordPagina) {
      await reply.redirect('/wachtwoord', 303);
      return;
    }
    if (!magRol(s.gebruiker, rollen)) {
      await toegang.audit({ wie: `gebruiker:${s.gebruiker.id}`, actie: 'geweigerd', onderwerp: 'pagina', onderwerpId: request.routeOptions.url ?? request.url });
      await stuurPagina(reply, 403, geweigerdPagina(g));
    }
  };
}
