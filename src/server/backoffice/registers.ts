/**
 * Registers (`/registers`): view (contractmanager, beheerder) and upload a CSV (beheerder) for
 * contracten, aanbieders, woonplaats, gemeenten, productcodes and budgetafspraken. An upload is
 * validated whole with the registers' own rules (`src/registers/`); a file with any bad row changes
 * nothing and every bad row is shown; a good file replaces the register in one transaction
 * (`RegisterRepository.replace`) and is audited. Lists never show a BSN in clear.
 */
import { createHash } from 'node:crypto';
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { RegisterOverzichtRepository, registerKolommen } from '../../db/repositories/register-overzicht.js';
import { RegisterRepository } from '../../db/repositories/registers.js';
import { ToegangRepository } from '../../db/repositories/toegang.js';
import { isRegisterName, parseRegister, type RegisterName } from '../../registers/index.js';
import { formatRegisterError } from '../../registers/register-error.js';
import { aantal, datum, euro, maskeerBsn, tijdstip } from './formaat.js';
import { html, type Html } from './html.js';
import { pagina } from './layout.js';
import type { BackofficeOpties } from './opties.js';
import { aangemeld, paginaToegang, stuurPagina, type PaginaGebruiker } from './toegang.js';

const TITELS: Record<RegisterName, string> = {
  contracten: 'Contracten',
  aanbieders: 'Aanbieders',
  woonplaats: 'Woonplaatsregister',
  gemeenten: 'Gemeenten',
  productcodes: 'Productcodes',
  budgetafspraken: 'Budgetafspraken',
};

const VOLGORDE: readonly RegisterName[] = ['contracten', 'aanbieders', 'woonplaats', 'gemeenten', 'productcodes', 'budgetafspraken'];
const BEDRAGEN = new Set(['tarief', 'bedrag', 'voorschot']);
const DATA = new Set(['ingangsdatum', 'einddatum']);
const MAX_BESTAND = 200 * 1024 * 1024;

function waarde(kolom: string, v: string | null): string {
  if (v === null) return '–';
  if (kolom === 'bsn') return maskeerBsn(v);
  if (BEDRAGEN.has(kolom)) return euro(Number(v));
  if (DATA.has(kolom)) return datum(v);
  if (kolom === 'bandbreedte' || kolom === 'plekken') return v.replace('.', ',');
  return v;
}

async function registerPagina(
  o: BackofficeOpties,
  g: PaginaGebruiker,
  register: RegisterName,
  na: number,
  melding?: { soort: 'goed' | 'fout' | 'info'; tekst: string | Html },
): Promise<string> {
  const overzicht = new RegisterOverzichtRepository(o.database.db);
  const [rijen, totaal, imports] = await Promise.all([
    overzicht.rijen(register, { na, max: 100 }),
    overzicht.aantal(register),
    new RegisterRepository(o.database.db).imports(register),
  ]);
  const kolommen = registerKolommen(register);
  const beheerder = g.gebruiker.rollen.includes('beheerder');
  const laatste = rijen[rijen.length - 1];
  const inhoud = html`<nav aria-label="Registers"><ul class="tabs">${VOLGORDE.map(
    (r) => html`<li><a href="/registers/${r}"${r === register ? html` aria-current="page"` : ''}>${TITELS[r]}</a></li>`,
  )}</ul></nav>
<p><strong>${aantal(totaal)}</strong> ${totaal === 1 ? 'rij' : 'rijen'}${register === 'woonplaats' ? ' — burgerservicenummers worden gemaskeerd getoond' : ''}.</p>
${beheerder
  ? html`<details class="bulk"${melding?.soort === 'fout' ? html` open` : ''}><summary>${TITELS[register]} vervangen door een CSV-bestand</summary>
  <form method="post" action="/registers/${register}" enctype="multipart/form-data" class="formulier">
    <input type="hidden" name="_csrf" value="${g.csrf}">
    <p><label for="bestand">CSV-bestand</label><input id="bestand" name="bestand" type="file" accept=".csv,text/csv" required aria-describedby="bestand-uitleg">
    <span id="bestand-uitleg" class="uitleg">Kolommen: ${registerKolommen(register).join(', ')}. Het hele bestand wordt eerst gecontroleerd; bij een fout verandert er niets.</span></p>
    <p><button type="submit">Controleren en vervangen</button></p>
  </form></details>`
  : ''}
<div class="tabel-houder"><table class="lijst" id="register-tabel"><caption class="sr-only">${TITELS[register]}</caption>
  <thead><tr>${kolommen.map((k) => html`<th scope="col"${BEDRAGEN.has(k) ? html` class="getal"` : ''}>${k}</th>`)}</tr></thead>
  <tbody>${rijen.map((r) => html`<tr>${r.waarden.map((v, i) => html`<td${BEDRAGEN.has(kolommen[i]!) ? html` class="getal"` : ''}>${waarde(kolommen[i]!, v)}</td>`)}</tr>`)}</tbody>
</table></div>
<nav class="paginering" aria-label="Pagina's">${na > 0 ? html`<a href="/registers/${register}">Eerste pagina</a>` : ''}${laatste && rijen.length === 100 ? html`<a href="/registers/${register}?na=${laatste.id}" rel="next">Volgende pagina</a>` : ''}</nav>
<h2>Imports</h2>
${imports.length === 0
  ? html`<p>Nog niet geïmporteerd.</p>`
  : html`<table class="lijst"><thead><tr><th scope="col">Wanneer</th><th scope="col">Bestand</th><th scope="col" class="getal">Rijen</th><th scope="col">Door</th></tr></thead>
  <tbody>${imports.slice(0, 20).map((i) => html`<tr><td>${tijdstip(i.geimporteerdOp)}</td><td>${i.bestand}</td><td class="getal">${aantal(i.rijen)}</td><td>${i.door}</td></tr>`)}</tbody></table>`}`;
  return pagina({ titel: `Registers: ${TITELS[register]}`, gebruiker: g.gebruiker, csrf: g.csrf, actief: '/registers', ...(melding ? { melding } : {}), inhoud });
}

export async function registerRoutes(app: FastifyInstance, o: BackofficeOpties): Promise<void> {
  const bekijken = paginaToegang(o, ['contractmanager']);
  app.get('/registers', { preHandler: bekijken }, async (_request, reply) => reply.redirect('/registers/contracten', 303));
  app.get('/registers/:register', { preHandler: bekijken }, async (request, reply) => {
    const g = aangemeld(request);
    const register = (request.params as { register: string }).register;
    if (!isRegisterName(register)) return stuurPagina(reply, 404, pagina({ titel: 'Niet gevonden', gebruiker: g.gebruiker, csrf: g.csrf, inhoud: html`<p>Dit register bestaat niet.</p>` }));
    const na = Number((request.query as Record<string, string | undefined>)['na'] ?? 0);
    return stuurPagina(reply, 200, await registerPagina(o, g, register, Number.isSafeInteger(na) && na > 0 ? na : 0));
  });

  // Uploads: multipart only in this scope, fields attached to the body so the CSRF check sees `_csrf`.
  await app.register(async (upload) => {
    await upload.register(multipart, { attachFieldsToBody: 'keyValues', limits: { fileSize: MAX_BESTAND, files: 1, fields: 5 } });
    upload.post('/registers/:register', { preHandler: paginaToegang(o, ['beheerder']) }, async (request, reply) => {
      const g = aangemeld(request);
      const register = (request.params as { register: string }).register;
      if (!isRegisterName(register)) return stuurPagina(reply, 404, pagina({ titel: 'Niet gevonden', gebruiker: g.gebruiker, csrf: g.csrf, inhoud: html`<p>Dit register bestaat niet.</p>` }));
      const body = (request.body ?? {}) as Record<string, unknown>;
      const bestand = body['bestand'];
      if (!(bestand instanceof Buffer) || bestand.length === 0) {
        return stuurPagina(reply, 400, await registerPagina(o, g, register, 0, { soort: 'fout', tekst: 'Kies een CSV-bestand om te uploaden.' }));
      }
      const parsed = parseRegister(register, bestand);
      if (!parsed.ok) {
        const n = parsed.errors.length;
        return stuurPagina(
          reply,
          400,
          await registerPagina(o, g, register, 0, {
            soort: 'fout',
            tekst: html`Het bestand heeft ${aantal(n)} ${n === 1 ? 'fout' : 'fouten'}; er is niets geïmporteerd, het register is ongewijzigd.
            <ul>${parsed.errors.slice(0, 100).map((e) => html`<li>${formatRegisterError(e)}</li>`)}</ul>${n > 100 ? html`<p>… en nog ${aantal(n - 100)}.</p>` : ''}`,
          }),
        );
      }
      const sha256 = createHash('sha256').update(bestand).digest('hex');
      const r = await new RegisterRepository(o.database.db).replace(parsed.content, { bestand: `upload-${register}.csv`, sha256, door: `gebruiker:${g.gebruiker.id}` });
      await new ToegangRepository(o.database.db).audit({
        wie: `gebruiker:${g.gebruiker.id}`,
        actie: 'geimporteerd',
        onderwerp: 'register',
        onderwerpId: register,
        details: { rijen: r.rijen, vervangen: r.vervangen, sha256, importId: r.importId },
      });
      return stuurPagina(reply, 200, await registerPagina(o, g, register, 0, { soort: 'goed', tekst: `${aantal(r.rijen)} rijen geïmporteerd; ${aantal(r.vervangen)} vervangen.` }));
    });
  });
}

