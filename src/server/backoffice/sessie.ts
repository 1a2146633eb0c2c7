/**
 * Logging in and out, changing the password, and the start page. A login creates a session (the
 * token in an HttpOnly, SameSite=Strict cookie; Secure behind https) with its own CSRF token; failed
 * logins are throttled per account and per address; every login and refusal is audited (by account
 * id, never by a name that was typed).
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { gelijkeTokens, ToegangRepository } from '../../db/repositories/toegang.js';
import { SESSIE_COOKIE } from '../auth.js';
import { AanmeldRem } from './aanmeld-rem.js';
import { html } from './html.js';
import { magRol, NAVIGATIE, pagina } from './layout.js';
import type { BackofficeOpties } from './opties.js';
import { aangemeld, paginaToegang, stuurPagina } from './toegang.js';
import { wachtwoordProbleem } from './wachtwoord.js';

const AANMELD_COOKIE = 'iwj_aanmeld';

/** Only a path on this site: no scheme, no `//host`. */
function veiligTerug(t: unknown): string {
  return typeof t === 'string' && /^\/(?![/\\])/.test(t) && !t.startsWith('/aanmelden') ? t : '/';
}

function aanmeldFormulier(o: { token: string; terug: string; fout?: string; naam?: string }): string {
  return pagina({
    titel: 'Aanmelden',
    ...(o.fout ? { melding: { soort: 'fout' as const, tekst: o.fout } } : {}),
    inhoud: html`<form method="post" action="/aanmelden" class="formulier smal">
  <input type="hidden" name="_aanmeld" value="${o.token}">
  <input type="hidden" name="terug" value="${o.terug}">
  <p><label for="gebruikersnaam">Gebruikersnaam</label>
  <input id="gebruikersnaam" name="gebruikersnaam" autocomplete="username" required value="${o.naam ?? ''}"></p>
  <p><label for="wachtwoord">Wachtwoord</label>
  <input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required></p>
  <p><button type="submit">Aanmelden</button></p>
</form>`,
  });
}

export async function sessieRoutes(app: FastifyInstance, o: BackofficeOpties): Promise<void> {
  const rem = new AanmeldRem(o.aanmeldRem);
  const secure = o.veiligeCookies ?? true;
  const cookieOpties = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure };

  const nieuwFormulier = (reply: FastifyReply, code: number, terug: string, fout?: string, naam?: string) => {
    const token = randomBytes(18).toString('base64url');
    reply.setCookie(AANMELD_COOKIE, token, { ...cookieOpties, path: '/aanmelden', maxAge: 3600 });
    return stuurPagina(reply, code, aanmeldFormulier({ token, terug, ...(fout ? { fout } : {}), ...(naam ? { naam } : {}) }));
  };

  app.get('/aanmelden', async (request, reply) => nieuwFormulier(reply, 200, veiligTerug((request.query as Record<string, unknown>)['terug'])));

  app.post('/aanmelden', async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const terug = veiligTerug(body['terug']);
    const naam = typeof body['gebruikersnaam'] === 'string' ? body['gebruikersnaam'].trim().slice(0, 200) : '';
    const ww = typeof body['wachtwoord'] === 'string' ? body['wachtwoord'] : '';
    const cookie = request.cookies[AANMELD_COOKIE];
    const formToken = typeof body['_aanmeld'] === 'string' ? body['_aanmeld'] : '';
    if (!cookie || !formToken || !gelijkeTokens(cookie, formToken)) {
      return nieuwFormulier(reply, 403, terug, 'Het aanmeldformulier is verlopen; probeer het opnieuw.');
    }
    const wacht = rem.wachttijd(naam, request.ip);
    if (wacht > 0) {
      const minuten = Math.ceil(wacht / 60000);
      return nieuwFormulier(reply, 429, terug, `Te veel mislukte pogingen. Probeer het over ${minuten} ${minuten === 1 ? 'minuut' : 'minuten'} opnieuw.`, naam);
    }
    const toegang = new ToegangRepository(o.database.db);
    const g = naam && ww ? await toegang.controleerWachtwoord(naam, ww) : undefined;
    if (!g) {
      rem.registreerMislukt(naam, request.ip);
      await toegang.audit({ wie: 'onbekend', actie: 'aanmelden-mislukt', onderwerp: 'sessie', details: { adres: request.ip } });
      return nieuwFormulier(reply, 401, terug, 'Gebruikersnaam of wachtwoord klopt niet.', naam);
    }
    rem.registreerGelukt(naam);
    const s = await toegang.maakSessie(g.id);
    await toegang.audit({ wie: `gebruiker:${g.id}`, actie: 'aangemeld', onderwerp: 'sessie', details: { adres: request.ip } });
    reply.clearCookie(AANMELD_COOKIE, { path: '/aanmelden' });
    reply.setCookie(SESSIE_COOKIE, s.token, { ...cookieOpties, expires: s.verlooptOp });
    return reply.redirect(g.moetWachtwoordWijzigen ? '/wachtwoord' : terug, 303);
  });

  app.post('/afmelden', { preHandler: paginaToegang(o, 'iedereen', { wachtwoordPagina: true }) }, async (request, reply) => {
    const g = aangemeld(request);
    const toegang = new ToegangRepository(o.database.db);
    await toegang.beeindigSessie(g.token);
    await toegang.audit({ wie: `gebruiker:${g.gebruiker.id}`, actie: 'afgemeld', onderwerp: 'sessie' });
    reply.clearCookie(SESSIE_COOKIE, { path: '/' });
    return reply.redirect('/aanmelden', 303);
  });

  const wachtwoordPagina = (g: ReturnType<typeof aangemeld>, fout?: string) =>
    pagina({
      titel: 'Wachtwoord wijzigen',
      gebruiker: g.gebruiker,
      csrf: g.csrf,
      ...(fout ? { melding: { soort: 'fout' as const, tekst: fout } } : g.gebruiker.moetWachtwoordWijzigen ? { melding: { soort: 'info' as const, tekst: 'U bent aangemeld met een eenmalig wachtwoord. Kies nu een eigen wachtwoord.' } } : {}),
      inhoud: html`<form method="post" action="/wachtwoord" class="formulier smal">
  <input type="hidden" name="_csrf" value="${g.csrf}">
  <p><label for="huidig">Huidig wachtwoord</label><input id="huidig" name="huidig" type="password" autocomplete="current-password" required></p>
  <p><label for="nieuw">Nieuw wachtwoord</label><input id="nieuw" name="nieuw" type="password" autocomplete="new-password" required minlength="12" aria-describedby="nieuw-uitleg">
  <span id="nieuw-uitleg" class="uitleg">Minstens 12 tekens, niet uw gebruikersnaam.</span></p>
  <p><label for="herhaal">Nieuw wachtwoord (herhaal)</label><input id="herhaal" name="herhaal" type="password" autocomplete="new-password" required></p>
  <p><button type="submit">Wachtwoord opslaan</button></p>
</form>`,
    });

  app.get('/wachtwoord', { preHandler: paginaToegang(o, 'iedereen', { wachtwoordPagina: true }) }, async (request, reply) =>
    stuurPagina(reply, 200, wachtwoordPagina(aangemeld(request))),
  );

  app.post('/wachtwoord', { preHandler: paginaToegang(o, 'iedereen', { wachtwoordPagina: true }) }, async (request, reply) => {
    const g = aangemeld(request);
    const body = (request.body ?? {}) as Record<string, string | undefined>;
    const toegang = new ToegangRepository(o.database.db);
    const nieuw = body['nieuw'] ?? '';
    if (!(await toegang.controleerWachtwoord(g.gebruiker.gebruikersnaam, body['huidig'] ?? ''))) {
      return stuurPagina(reply, 400, wachtwoordPagina(g, 'Het huidige wachtwoord klopt niet.'));
    }
    if (nieuw !== body['herhaal']) return stuurPagina(reply, 400, wachtwoordPagina(g, 'De twee nieuwe wachtwoorden zijn niet gelijk.'));
    if (nieuw === body['huidig']) return stuurPagina(reply, 400, wachtwoordPagina(g, 'Kies een ander wachtwoord dan het huidige.'));
    const probleem = wachtwoordProbleem(nieuw, g.gebruiker.gebruikersnaam);
    if (probleem) return stuurPagina(reply, 400, wachtwoordPagina(g, probleem));
    await toegang.zetWachtwoord(g.gebruiker.id, nieuw, false);
    await toegang.audit({ wie: `gebruiker:${g.gebruiker.id}`, actie: 'wachtwoord-gewijzigd', onderwerp: 'gebruiker', onderwerpId: g.gebruiker.id });
    return reply.redirect('/', 303);
  });

  app.get('/', { preHandler: paginaToegang(o, 'iedereen') }, async (request, reply) => {
    const g = aangemeld(request);
    const uitleg: Record<string, string> = {
      '/afkeuren': 'Afgekeurde, tegengehouden en in onderzoek gezette berichten en prestaties beoordelen.',
      '/verkeer': 'Volumes per dag, acceptatie per aanbieder, retourtermijnen en mislukte aanleveringen.',
      '/kpi': 'Wachttijd, wachtlijst, in- en uitstroom, bezetting en budget.',
      '/registers': 'Contracten, aanbieders, woonplaatsregister en andere registers bekijken en bijwerken.',
      '/beheer': 'Gebruikers, API-sleutels en het auditlog.',
    };
    return stuurPagina(
      reply,
      200,
      pagina({
        titel: 'Startpagina',
        gebruiker: g.gebruiker,
        csrf: g.csrf,
        inhoud: html`<ul class="tegels">${NAVIGATIE.filter((n) => magRol(g.gebruiker, n.rollen)).map(
          (n) => html`<li><a href="${n.pad}"><strong>${n.tekst}</strong><span>${uitleg[n.pad] ?? ''}</span></a></li>`,
        )}</ul>`,
      }),
    );
  });
}
