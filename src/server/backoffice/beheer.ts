/**
 * Beheer (role beheerder): accounts (create with a one-time password shown once, reset, roles,
 * deactivate), API keys of sending channels (create — the key is shown once — and revoke), and the
 * audit log. Every change is audited.
 */
import type { FastifyInstance } from 'fastify';
import { RECHTEN, ROLLEN, ToegangRepository, type Recht, type Rol } from '../../db/repositories/toegang.js';
import { tijdstip } from './formaat.js';
import { html, type Html } from './html.js';
import { pagina } from './layout.js';
import type { BackofficeOpties } from './opties.js';
import { aangemeld, paginaToegang, stuurPagina, type PaginaGebruiker } from './toegang.js';
import { eenmaligWachtwoord } from './wachtwoord.js';
import { auditTabel } from './audit-details.js';

const NAAM = /^[a-z0-9][a-z0-9._-]{1,63}$/;

const tabs = (huidig: string, o: BackofficeOpties): Html => html`<nav aria-label="Beheer"><ul class="tabs">${[
  ['/beheer/gebruikers', 'Gebruikers'],
  ['/beheer/api-sleutels', 'API-sleutels'],
  ['/beheer/audit', 'Auditlog'],
  ...(o.wachtrijMonitorPad ? [[o.wachtrijMonitorPad, 'Wachtrijen']] : []),
].map(([p, t]) => html`<li><a href="${p}"${p === huidig ? html` aria-current="page"` : ''}>${t}</a></li>`)}</ul></nav>`;

const lijstUit = (body: Record<string, unknown>, k: string): string[] => {
  const v = body[k];
  return Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
};

type Melding = { soort: 'goed' | 'fout' | 'info'; tekst: string | Html };

async function gebruikersPagina(o: BackofficeOpties, g: PaginaGebruiker, melding?: Melding): Promise<string> {
  const lijst = await new ToegangRepository(o.database.db).gebruikers();
  const csrf = html`<input type="hidden" name="_csrf" value="${g.csrf}">`;
  return pagina({
    titel: 'Beheer: gebruikers',
    gebruiker: g.gebruiker,
    csrf: g.csrf,
    actief: '/beheer',
    ...(melding ? { melding } : {}),
    inhoud: html`${tabs('/beheer/gebruikers', o)}
<table class="lijst" id="gebruikers"><thead><tr><th scope="col">Gebruikersnaam</th><th scope="col">Naam</th><th scope="col">Rollen</th><th scope="col">Actief</th><th scope="col">Acties</th></tr></thead>
<tbody>${lijst.map(
  (u) => html`<tr><th scope="row">${u.gebruikersnaam}</th><td>${u.naam}</td>
  <td><form method="post" action="/beheer/gebruikers/${u.id}/rollen">${csrf}
    <fieldset><legend class="sr-only">Rollen van ${u.gebruikersnaam}</legend>${ROLLEN.map(
      (r) => html`<label class="keuze"><input type="checkbox" name="rollen" value="${r}"${u.rollen.includes(r) ? html` checked` : ''}> ${r}</label>`,
    )}<label class="keuze"><input type="checkbox" name="actief" value="ja"${u.actief ? html` checked` : ''}> actief</label></fieldset>
    <button type="submit">Opslaan</button></form></td>
  <td>${u.actief ? 'Ja' : 'Nee'}${u.moetWachtwoordWijzigen ? html`<br><span class="klein">eenmalig wachtwoord</span>` : ''}</td>
  <td><form method="post" action="/beheer/gebruikers/${u.id}/wachtwoord" data-bevestig="Een nieuw eenmalig wachtwoord maken voor ${u.gebruikersnaam}?">${csrf}<button type="submit">Nieuw eenmalig wachtwoord</button></form></td></tr>`,
)}</tbody></table>
<h2>Gebruiker toevoegen</h2>
<form method="post" action="/beheer/gebruikers" class="formulier smal">${csrf}
  <p><label for="g-naam">Gebruikersnaam</label><input id="g-naam" name="gebruikersnaam" required pattern="[a-z0-9][a-z0-9._\\-]{1,63}" aria-describedby="g-naam-uitleg">
  <span id="g-naam-uitleg" class="uitleg">Kleine letters, cijfers, punt, streepje of liggend streepje.</span></p>
  <p><label for="g-volledig">Naam</label><input id="g-volledig" name="naam" required></p>
  <fieldset><legend>Rollen</legend>${ROLLEN.map((r) => html`<label class="keuze"><input type="checkbox" name="rollen" value="${r}"> ${r}</label>`)}</fieldset>
  <p><button type="submit">Toevoegen</button></p>
</form>`,
  });
}

async function sleutelsPagina(o: BackofficeOpties, g: PaginaGebruiker, melding?: Melding): Promise<string> {
  const lijst = await new ToegangRepository(o.database.db).apiKeys();
  const csrf = html`<input type="hidden" name="_csrf" value="${g.csrf}">`;
  return pagina({
    titel: 'Beheer: API-sleutels',
    gebruiker: g.gebruiker,
    csrf: g.csrf,
    actief: '/beheer',
    ...(melding ? { melding } : {}),
    inhoud: html`${tabs('/beheer/api-sleutels', o)}
<table class="lijst" id="sleutels"><thead><tr><th scope="col">Kanaal</th><th scope="col">Sleutel begint met</th><th scope="col">Rechten</th><th scope="col">Aangemaakt</th><th scope="col">Laatst gebruikt</th><th scope="col">Status</th></tr></thead>
<tbody>${lijst.map(
  (k) => html`<tr><th scope="row">${k.naam}</th><td><code>${k.prefix}…</code></td><td>${k.rechten.join(', ')}</td><td>${tijdstip(k.createdAt)}</td><td>${tijdstip(k.laatstGebruiktOp)}</td>
  <td>${k.ingetrokkenOp ? html`Ingetrokken ${tijdstip(k.ingetrokkenOp)}` : html`<form method="post" action="/beheer/api-sleutels/${k.id}/intrekken" data-bevestig="Sleutel van ${k.naam} intrekken? Het kanaal kan daarna niet meer aanleveren met deze sleutel.">${csrf}<button type="submit">Intrekken</button></form>`}</td></tr>`,
)}</tbody></table>
<h2>Sleutel maken</h2>
<form method="post" action="/beheer/api-sleutels" class="formulier smal">${csrf}
  <p><label for="k-naam">Kanaal</label><input id="k-naam" name="naam" required pattern="[a-z0-9][a-z0-9._\\-]{1,63}" aria-describedby="k-naam-uitleg">
  <span id="k-naam-uitleg" class="uitleg">Bijvoorbeeld vecozo, ggk of suite-venlo.</span></p>
  <fieldset><legend>Rechten</legend>${RECHTEN.map((r) => html`<label class="keuze"><input type="checkbox" name="rechten" value="${r}"${r === 'aanleveren' || r === 'lezen' ? html` checked` : ''}> ${r}</label>`)}</fieldset>
  <p><button type="submit">Sleutel maken</button></p>
</form>`,
  });
}

export async function beheerRoutes(app: FastifyInstance, o: BackofficeOpties): Promise<void> {
  const toegang = paginaToegang(o, ['beheerder']);
  const wie = (g: PaginaGebruiker) => `gebruiker:${g.gebruiker.id}`;

  app.get('/beheer', { preHandler: toegang }, async (_request, reply) => reply.redirect('/beheer/gebruikers', 303));
  app.get('/beheer/gebruikers', { preHandler: toegang }, async (request, reply) => stuurPagina(reply, 200, await gebruikersPagina(o, aangemeld(request))));

  app.post('/beheer/gebruikers', { preHandler: toegang }, async (request, reply) => {
    const g = aangemeld(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const naam = String(body['gebruikersnaam'] ?? '').trim().toLowerCase();
    const volledig = String(body['naam'] ?? '').trim().slice(0, 200);
    const rollen = lijstUit(body, 'rollen').filter((r): r is Rol => (ROLLEN as readonly string[]).includes(r));
    if (!NAAM.test(naam) || !volledig || rollen.length === 0) {
      return stuurPagina(reply, 400, await gebruikersPagina(o, g, { soort: 'fout', tekst: 'Geef een geldige gebruikersnaam, een naam en minstens één rol op.' }));
    }
    const toegangRepo = new ToegangRepository(o.database.db);
    if ((await toegangRepo.gebruikers()).some((u) => u.gebruikersnaam === naam)) {
      return stuurPagina(reply, 400, await gebruikersPagina(o, g, { soort: 'fout', tekst: `Gebruikersnaam ${naam} bestaat al.` }));
    }
    const wachtwoord = eenmaligWachtwoord();
    const nieuw = await toegangRepo.maakGebruiker({ gebruikersnaam: naam, naam: volledig, wachtwoord, rollen, eenmalig: true });
    await toegangRepo.audit({ wie: wie(g), actie: 'aangemaakt', onderwerp: 'gebruiker', onderwerpId: nieuw.id, details: { rollen } });
    return stuurPagina(
      reply,
      200,
      await gebruikersPagina(o, g, {
        soort: 'goed',
        tekst: html`Gebruiker ${naam} is aangemaakt. Eenmalig wachtwoord (wordt maar één keer getoond): <span class="eenmalig">${wachtwoord}</span>`,
      }),
    );
  });

  app.post('/beheer/gebruikers/:id/rollen', { preHandler: toegang }, async (request, reply) => {
    const g = aangemeld(request);
    const id = Number((request.params as { id: string }).id);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const rollen = lijstUit(body, 'rollen').filter((r): r is Rol => (ROLLEN as readonly string[]).includes(r));
    const actief = body['actief'] === 'ja';
    if (id === g.gebruiker.id && (!actief || !rollen.includes('beheerder'))) {
      return stuurPagina(reply, 400, await gebruikersPagina(o, g, { soort: 'fout', tekst: 'U kunt uzelf de rol beheerder niet afnemen en uzelf niet uitschakelen.' }));
    }
    const repo = new ToegangRepository(o.database.db);
    await repo.zetRollen(id, rollen, actief);
    await repo.audit({ wie: wie(g), actie: 'gewijzigd', onderwerp: 'gebruiker', onderwerpId: id, details: { rollen, actief } });
    return stuurPagina(reply, 200, await gebruikersPagina(o, g, { soort: 'goed', tekst: 'De rollen zijn opgeslagen.' }));
  });

  app.post('/beheer/gebruikers/:id/wachtwoord', { preHandler: toegang }, async (request, reply) => {
    const g = aangemeld(request);
    const id = Number((request.params as { id: string }).id);
    const repo = new ToegangRepository(o.database.db);
    const u = (await repo.gebruikers()).find((x) => x.id === id);
    if (!u) return stuurPagina(reply, 404, await gebruikersPagina(o, g, { soort: 'fout', tekst: 'Deze gebruiker bestaat niet.' }));
    const wachtwoord = eenmaligWachtwoord();
    await repo.zetWachtwoord(id, wachtwoord, true);
    await repo.audit({ wie: wie(g), actie: 'wachtwoord-hersteld', onderwerp: 'gebruiker', onderwerpId: id });
    return stuurPagina(reply, 200, await gebruikersPagina(o, g, { soort: 'goed', tekst: html`Nieuw eenmalig wachtwoord voor ${u.gebruikersnaam}: <span class="eenmalig">${wachtwoord}</span>` }));
  });

  app.get('/beheer/api-sleutels', { preHandler: toegang }, async (request, reply) => stuurPagina(reply, 200, await sleutelsPagina(o, aangemeld(request))));

  app.post('/beheer/api-sleutels', { preHandler: toegang }, async (request, reply) => {
    const g = aangemeld(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const naam = String(body['naam'] ?? '').trim().toLowerCase();
    const rechten = lijstUit(body, 'rechten').filter((r): r is Recht => (RECHTEN as readonly string[]).includes(r));
    if (!NAAM.test(naam) || rechten.length === 0) {
      return stuurPagina(reply, 400, await sleutelsPagina(o, g, { soort: 'fout', tekst: 'Geef een geldige kanaalnaam en minstens één recht op.' }));
    }
    const repo = new ToegangRepository(o.database.db);
    const k = await repo.maakApiKey(naam, rechten);
    await repo.audit({ wie: wie(g), actie: 'aangemaakt', onderwerp: 'api_key', onderwerpId: k.id, details: { naam, rechten } });
    return stuurPagina(
      reply,
      200,
      await sleutelsPagina(o, g, { soort: 'goed', tekst: html`Sleutel voor ${naam} gemaakt. Kopieer hem nu, hij wordt maar één keer getoond: <span class="eenmalig" id="nieuwe-sleutel">${k.sleutel}</span>` }),
    );
  });

  app.post('/beheer/api-sleutels/:id/intrekken', { preHandler: toegang }, async (request, reply) => {
    const g = aangemeld(request);
    const id = Number((request.params as { id: string }).id);
    const repo = new ToegangRepository(o.database.db);
    const ok = Number.isSafeInteger(id) && (await repo.trekApiKeyIn(id));
    if (ok) await repo.audit({ wie: wie(g), actie: 'ingetrokken', onderwerp: 'api_key', onderwerpId: id });
    return stuurPagina(reply, ok ? 200 : 404, await sleutelsPagina(o, g, ok ? { soort: 'goed', tekst: 'De sleutel is ingetrokken.' } : { soort: 'fout', tekst: 'Deze sleutel bestaat niet of was al ingetrokken.' }));
  });

  app.get('/beheer/audit', { preHandler: toegang }, async (request, reply) => {
    const g = aangemeld(request);
    const q = request.query as Record<string, string | undefined>;
    const onderwerp = q['onderwerp']?.trim() || undefined;
    const onderwerpId = q['id']?.trim() || undefined;
    const regels = await new ToegangRepository(o.database.db).auditLog({ ...(onderwerp ? { onderwerp } : {}), ...(onderwerpId ? { onderwerpId } : {}), limit: 500 });
    return stuurPagina(
      reply,
      200,
      pagina({
        titel: 'Beheer: auditlog',
        gebruiker: g.gebruiker,
        csrf: g.csrf,
        actief: '/beheer',
        inhoud: html`${tabs('/beheer/audit', o)}
<form method="get" action="/beheer/audit" class="filters"><div class="filter-rij">
  <p><label for="a-onderwerp">Onderwerp</label><input id="a-onderwerp" name="onderwerp" value="${onderwerp ?? ''}" aria-describedby="a-uitleg"></p>
  <p><label for="a-id">Id</label><input id="a-id" name="id" value="${onderwerpId ?? ''}"></p></div>
  <p id="a-uitleg" class="uitleg">Bijvoorbeeld bericht, prestatie, gebruiker, api_key, register, kpi, sessie.</p>
  <p class="knoppen"><button type="submit">Filteren</button></p></form>
<div class="tabel-houder">${auditTabel(regels)}</div>`,
      }),
    );
  });
}
