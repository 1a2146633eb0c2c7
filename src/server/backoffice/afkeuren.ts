/**
 * The rejections queue (`/afkeuren`, role medewerker): filter, sort, keyset pages; and bulk actions
 * on the filtered selection with a confirmation step (one decision and one audit entry per item).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  AFKEUR_SORTERINGEN,
  AFKEUR_SOORTEN,
  AFKEUR_STATUSSEN,
  AfkeurRepository,
  type AfkeurCursor,
  type AfkeurFilter,
  type AfkeurItem,
  type AfkeurSortering,
} from '../../db/repositories/afkeuren.js';
import { beslisPrestatie, bevestigAfkeuring, BeslisFout, type Besluit } from '../../decide/backoffice.js';
import { berichttypen } from '../../standard/catalogue.js';
import { betekenis, codes } from '../../standard/codes.js';
import { aantal, datum, euro, maskeerBsn, tijdstip } from './formaat.js';
import { html, type Html } from './html.js';
import { pagina } from './layout.js';
import type { BackofficeOpties } from './opties.js';
import { aangemeld, paginaToegang, stuurPagina } from './toegang.js';

export const STATUS_TEKST: Record<string, string> = {
  afgekeurd: 'Afgekeurd',
  'technisch-afgekeurd': 'Technisch afgekeurd',
  tegengehouden: 'Tegengehouden',
  'in-onderzoek': 'In onderzoek',
  afgehandeld: 'Afgehandeld buiten het berichtenverkeer',
  afgewezen: 'Afgewezen',
  toegekend: 'Toegekend',
  beantwoord: 'Beantwoord',
  beslist: 'Beslist',
  gereed: 'Gereed',
  ontvangen: 'Ontvangen',
  gevalideerd: 'Gevalideerd',
  verwerkt: 'Verwerkt',
};

const SOORT_TEKST: Record<string, string> = { bericht: 'Bericht', prestatie: 'Prestatie', start: 'Startregel', stop: 'Stopregel' };
const SORTERING_TEKST: Record<AfkeurSortering, string> = { nieuw: 'Nieuwste eerst', oud: 'Oudste eerst', aanbieder: 'Aanbieder', gemeente: 'Gemeente' };

const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[0-9A-Z]{4}$/;
const AGB = /^\d{8}$/;
const GEMEENTE = /^\d{4}$/;

export interface QueueVraag {
  readonly filter: AfkeurFilter;
  readonly sortering: AfkeurSortering;
  readonly na?: AfkeurCursor;
}

const str = (q: Record<string, unknown>, k: string): string | undefined => {
  const v = q[k];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
};

/** The filter from a query string or form body; values that do not fit are ignored. */
export function leesVraag(q: Record<string, unknown>): QueueVraag {
  const f: Record<string, string> = {};
  const gemeente = str(q, 'gemeente');
  if (gemeente && GEMEENTE.test(gemeente)) f['gemeente'] = gemeente;
  const agb = str(q, 'aanbieder');
  if (agb && AGB.test(agb)) f['agb'] = agb;
  const type = str(q, 'berichttype');
  if (type && berichttypen.some((t) => t.naam === type)) f['berichttype'] = type;
  const code = str(q, 'retourcode');
  if (code && CODE.test(code)) f['retourcode'] = code;
  const van = str(q, 'van');
  if (van && DATUM.test(van)) f['van'] = van;
  const tot = str(q, 'tot');
  if (tot && DATUM.test(tot)) f['tot'] = tot;
  const status = str(q, 'status');
  if (status && (AFKEUR_STATUSSEN as readonly string[]).includes(status)) f['status'] = status;
  const soort = str(q, 'soort');
  if (soort && (AFKEUR_SOORTEN as readonly string[]).includes(soort)) f['soort'] = soort;
  const behandeling = str(q, 'behandeling');
  if (behandeling === 'open' || behandeling === 'behandeld') f['behandeling'] = behandeling;
  const s = str(q, 'sortering');
  const sortering = s && (AFKEUR_SORTERINGEN as readonly string[]).includes(s) ? (s as AfkeurSortering) : 'nieuw';
  const na = leesCursor(str(q, 'na'));
  return { filter: f as AfkeurFilter, sortering, ...(na ? { na } : {}) };
}

export function schrijfCursor(c: AfkeurCursor): string {
  return Buffer.from(JSON.stringify([c.sleutel, c.berichtId, c.rang, c.id])).toString('base64url');
}

function leesCursor(s: string | undefined): AfkeurCursor | undefined {
  if (!s) return undefined;
  try {
    const [sleutel, berichtId, rang, id] = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown[];
    if (typeof sleutel !== 'string' || ![berichtId, rang, id].every((n) => Number.isSafeInteger(n))) return undefined;
    return { sleutel, berichtId: berichtId as number, rang: rang as number, id: id as number };
  } catch {
    return undefined;
  }
}

/** The filter as query parameters (for links and hidden fields). */
export function vraagParameters(v: QueueVraag, extra: Record<string, string> = {}): URLSearchParams {
  const p = new URLSearchParams();
  const f = v.filter;
  if (f.gemeente) p.set('gemeente', f.gemeente);
  if (f.agb) p.set('aanbieder', f.agb);
  if (f.berichttype) p.set('berichttype', f.berichttype);
  if (f.retourcode) p.set('retourcode', f.retourcode);
  if (f.van) p.set('van', f.van);
  if (f.tot) p.set('tot', f.tot);
  if (f.status) p.set('status', f.status);
  if (f.soort) p.set('soort', f.soort);
  if (f.behandeling) p.set('behandeling', f.behandeling);
  if (v.sortering !== 'nieuw') p.set('sortering', v.sortering);
  for (const [k, val] of Object.entries(extra)) p.set(k, val);
  return p;
}

function verborgenFilter(v: QueueVraag): Html {
  return html`${[...vraagParameters(v)].map(([k, val]) => html`<input type="hidden" name="${k}" value="${val}">`)}`;
}

/** A retourcode with its official meaning as a tooltip and for screen readers. */
export function codeMetBetekenis(code: string, standaard: string | null): Html {
  const b = betekenis('RetourCode', standaard === 'iWmo' ? 'iWmo' : 'iJw', code) ?? 'onbekende code';
  return html`<abbr class="code" title="${b}">${code}<span class="sr-only"> (${b})</span></abbr>`;
}

const standaardVan = (type: string | null): string | null => (type?.startsWith('WMO') ? 'iWmo' : type?.startsWith('JW') ? 'iJw' : null);

function keuze(naam: string, label: string, waarden: readonly (readonly [string, string])[], gekozen: string | undefined): Html {
  return html`<p><label for="f-${naam}">${label}</label>
  <select id="f-${naam}" name="${naam}">
    <option value="">Alle</option>
    ${waarden.map(([w, t]) => html`<option value="${w}"${w === gekozen ? html` selected` : ''}>${t}</option>`)}
  </select></p>`;
}

function itemLink(i: AfkeurItem): string {
  return i.soort === 'bericht' ? `/berichten/${i.berichtId}` : i.soort === 'prestatie' ? `/berichten/${i.berichtId}#prestatie-${i.id}` : `/berichten/${i.berichtId}#${i.soort}-${i.id}`;
}

function tabel(items: readonly AfkeurItem[], namen: ReadonlyMap<string, string>): Html {
  if (items.length === 0) return html`<p class="leeg">Geen afkeuringen die aan dit filter voldoen.</p>`;
  return html`<div class="tabel-houder"><table class="lijst" id="afkeuren-tabel">
  <caption class="sr-only">Afkeuringen</caption>
  <thead><tr>
    <th scope="col">Ontvangen</th><th scope="col">Soort</th><th scope="col">Bericht</th><th scope="col">Gemeente</th>
    <th scope="col">Aanbieder</th><th scope="col">Cliënt</th><th scope="col">Product / periode</th>
    <th scope="col" class="getal">Bedrag</th><th scope="col">Status</th><th scope="col">Retourcodes</th><th scope="col">Behandeld</th>
  </tr></thead>
  <tbody>
  ${items.map(
    (i) => html`<tr>
    <td>${tijdstip(i.ontvangenOp)}</td>
    <td>${SOORT_TEKST[i.soort]}</td>
    <td><a href="${itemLink(i)}">${i.berichttype ?? 'onbekend type'} #${i.berichtId}${i.soort !== 'bericht' ? html` · ${SOORT_TEKST[i.soort]!.toLowerCase()} ${i.id}` : ''}</a></td>
    <td>${i.gemeente ?? '–'}</td>
    <td>${i.agb ? html`${i.agb}${namen.get(i.agb) ? html`<br><span class="klein">${namen.get(i.agb)}</span>` : ''}` : '–'}</td>
    <td>${i.bsn ? maskeerBsn(i.bsn) : '–'}</td>
    <td>${i.product ?? ''}${i.periode ? html`<br><span class="klein">${i.periode.split(' t/m ').map(datum).join(' t/m ')}</span>` : ''}</td>
    <td class="getal">${i.bedrag !== null ? `${euro(i.bedrag)}${i.debetCredit === 'C' ? ' C' : ''}` : ''}</td>
    <td><span class="status status-${i.status}">${STATUS_TEKST[i.status] ?? i.status}</span></td>
    <td>${i.retourcodes.length > 0 ? i.retourcodes.map((c, n) => html`${n > 0 ? ' ' : ''}${codeMetBetekenis(c, standaardVan(i.berichttype))}`) : '–'}</td>
    <td>${i.behandeld ? 'Ja' : 'Nee'}</td>
  </tr>`,
  )}
  </tbody></table></div>`;
}

/** The rejecting retourcodes a person may choose for a prestatie. */
export function afwijsKeuzes(): (readonly [string, string])[] {
  return codes('RetourCode', 'iJw')
    .filter(([c]) => !['0001', '0200', '0233', '8001'].includes(c))
    .map(([c, b]) => [c, `${c} — ${b}`] as const);
}

const BULK_TEKST: Record<Besluit, string> = {
  bevestigen: 'Afwijzing bevestigen',
  toekennen: 'Toekennen (overschrijven)',
  afwijzen: 'Afwijzen (in onderzoek)',
};

/** At most this many items in one bulk action: a larger selection must be narrowed first. */
export const BULK_MAX = 10_000;

async function bulkItems(repo: AfkeurRepository, v: QueueVraag, besluit: Besluit): Promise<{ doen: AfkeurItem[]; overslaan: number; teGroot: boolean }> {
  const alle = await repo.alle(v.filter, BULK_MAX + 1);
  if (alle.length > BULK_MAX) return { doen: [], overslaan: 0, teGroot: true };
  const doen = alle.filter((i) =>
    besluit === 'bevestigen'
      ? i.status !== 'in-onderzoek' && !i.behandeld && (i.soort !== 'prestatie' || i.status === 'afgewezen')
      : besluit === 'toekennen'
        ? i.soort === 'prestatie'
        : i.soort === 'prestatie' && i.status === 'in-onderzoek',
  );
  return { doen, overslaan: alle.length - doen.length, teGroot: false };
}

export async function afkeurRoutes(app: FastifyInstance, o: BackofficeOpties): Promise<void> {
  const toegang = paginaToegang(o, ['medewerker']);

  app.get('/afkeuren', { preHandler: toegang }, async (request, reply) => {
    const g = aangemeld(request);
    const v = leesVraag(request.query as Record<string, unknown>);
    const repo = new AfkeurRepository(o.database.db);
    const [p, totaal, waarden] = await Promise.all([repo.pagina(v.filter, { sortering: v.sortering, ...(v.na ? { na: v.na } : {}) }), repo.aantal(v.filter), repo.filterWaarden()]);
    const namen = new Map(waarden.aanbieders.map((a) => [a.agb, a.naam]));
    const f = v.filter;
    const filterVorm = html`<form method="get" action="/afkeuren" class="filters" aria-label="Filter de afkeuringen">
  <div class="filter-rij">
  ${keuze('gemeente', 'Gemeente', waarden.gemeenten.map((x) => [x, x] as const), f.gemeente)}
  ${keuze('aanbieder', 'Aanbieder', waarden.aanbieders.map((a) => [a.agb, `${a.agb} ${a.naam}`] as const), f.agb)}
  ${keuze('berichttype', 'Berichttype', berichttypen.filter((t) => t.richting === 'aanbieder-gemeente' || t.nummer === '301').map((t) => [t.naam, `${t.naam} ${t.omschrijving}`] as const), f.berichttype)}
  ${keuze('retourcode', 'Retourcode', afwijsKeuzes().concat([['0001', '0001 — technisch afgekeurd'] as const]).sort(), f.retourcode)}
  ${keuze('status', 'Status', AFKEUR_STATUSSEN.map((s) => [s, STATUS_TEKST[s]!] as const), f.status)}
  ${keuze('soort', 'Soort', AFKEUR_SOORTEN.map((s) => [s, SOORT_TEKST[s]!] as const), f.soort)}
  ${keuze('behandeling', 'Behandeling', [['open', 'Nog niet behandeld'], ['behandeld', 'Behandeld']], f.behandeling)}
  <p><label for="f-van">Ontvangen vanaf</label><input id="f-van" name="van" type="date" value="${f.van ?? ''}"></p>
  <p><label for="f-tot">Ontvangen tot en met</label><input id="f-tot" name="tot" type="date" value="${f.tot ?? ''}"></p>
  <p><label for="f-sortering">Sorteren op</label><select id="f-sortering" name="sortering">
    ${AFKEUR_SORTERINGEN.map((s) => html`<option value="${s}"${s === v.sortering ? html` selected` : ''}>${SORTERING_TEKST[s]}</option>`)}
  </select></p>
  </div>
  <p class="knoppen"><button type="submit">Filteren</button> <a href="/afkeuren">Filter wissen</a></p>
</form>`;
    const volgende = p.volgende ? `/afkeuren?${vraagParameters(v, { na: schrijfCursor(p.volgende) })}` : undefined;
    const bulk = html`<details class="bulk"><summary>Actie op de hele selectie (${aantal(totaal)})</summary>
<form method="post" action="/afkeuren/bulk" class="formulier">
  <input type="hidden" name="_csrf" value="${g.csrf}">${verborgenFilter({ ...v, na: undefined } as QueueVraag)}
  <fieldset><legend>Besluit</legend>
    ${(['bevestigen', 'toekennen', 'afwijzen'] as const).map(
      (b, n) => html`<label class="keuze"><input type="radio" name="besluit" value="${b}"${n === 0 ? html` checked` : ''}> ${BULK_TEKST[b]}</label>`,
    )}
  </fieldset>
  <p><label for="bulk-code">Retourcode (bij afwijzen)</label><select id="bulk-code" name="retourcode"><option value="">Kies…</option>
    ${afwijsKeuzes().map(([c, t]) => html`<option value="${c}">${t}</option>`)}</select></p>
  <p><label for="bulk-reden">Reden (verplicht bij toekennen en afwijzen)</label><textarea id="bulk-reden" name="reden" rows="2"></textarea></p>
  <p><button type="submit">Verder naar bevestigen</button></p>
</form></details>`;
    return stuurPagina(
      reply,
      200,
      pagina({
        titel: 'Afkeuren',
        gebruiker: g.gebruiker,
        csrf: g.csrf,
        actief: '/afkeuren',
        inhoud: html`${filterVorm}
<p class="telling" role="status"><strong>${aantal(totaal)}</strong> ${totaal === 1 ? 'afkeuring' : 'afkeuringen'}${v.na ? ' (vervolgpagina)' : ''}</p>
${bulk}
${tabel(p.items, namen)}
<nav class="paginering" aria-label="Pagina's">
  ${v.na ? html`<a href="/afkeuren?${vraagParameters(v)}">Eerste pagina</a>` : ''}
  ${volgende ? html`<a href="${volgende}" rel="next">Volgende pagina</a>` : ''}
</nav>`,
      }),
    );
  });

  app.post('/afkeuren/bulk', { preHandler: toegang }, async (request: FastifyRequest, reply) => {
    const g = aangemeld(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const v = leesVraag(body);
    const besluit = (['bevestigen', 'toekennen', 'afwijzen'] as const).find((b) => b === body['besluit']) ?? 'bevestigen';
    const reden = typeof body['reden'] === 'string' ? body['reden'].trim() : '';
    const retourcode = typeof body['retourcode'] === 'string' && CODE.test(body['retourcode']) ? body['retourcode'] : '';
    const repo = new AfkeurRepository(o.database.db);
    const { doen, overslaan, teGroot } = await bulkItems(repo, v, besluit);
    const terug = `/afkeuren?${vraagParameters(v)}`;
    const fout = (tekst: string) =>
      stuurPagina(reply, 400, pagina({ titel: 'Actie op de selectie', gebruiker: g.gebruiker, csrf: g.csrf, actief: '/afkeuren', melding: { soort: 'fout', tekst }, inhoud: html`<p><a href="${terug}">Terug naar de afkeuringen</a></p>` }));
    if (besluit !== 'bevestigen' && !reden) return fout('Geef een reden op: toekennen of afwijzen mag alleen met een reden.');
    if (besluit === 'afwijzen' && !retourcode) return fout('Kies de retourcode die de 325 bij de afwijzing geeft.');
    if (teGroot) return fout(`De selectie is groter dan ${aantal(BULK_MAX)} onderdelen; verfijn het filter en probeer het opnieuw.`);

    if (body['stap'] !== 'uitvoeren') {
      return stuurPagina(
        reply,
        200,
        pagina({
          titel: 'Actie op de selectie bevestigen',
          gebruiker: g.gebruiker,
          csrf: g.csrf,
          actief: '/afkeuren',
          inhoud: html`<p>U staat op het punt om <strong>${aantal(doen.length)}</strong> ${doen.length === 1 ? 'onderdeel' : 'onderdelen'} te behandelen met het besluit <strong>${BULK_TEKST[besluit]}</strong>${besluit === 'afwijzen' ? html` (retourcode ${retourcode})` : ''}.
${overslaan > 0 ? html` ${aantal(overslaan)} ${overslaan === 1 ? 'onderdeel' : 'onderdelen'} in de selectie ${overslaan === 1 ? 'past' : 'passen'} niet bij dit besluit en ${overslaan === 1 ? 'blijft' : 'blijven'} ongewijzigd.` : ''}</p>
${reden ? html`<p>Reden: <q>${reden}</q></p>` : ''}
<p>Elk onderdeel krijgt een eigen beslissing en een eigen regel in het auditlog.</p>
<form method="post" action="/afkeuren/bulk" class="formulier">
  <input type="hidden" name="_csrf" value="${g.csrf}">${verborgenFilter({ ...v, na: undefined } as QueueVraag)}
  <input type="hidden" name="besluit" value="${besluit}"><input type="hidden" name="reden" value="${reden}">
  <input type="hidden" name="retourcode" value="${retourcode}"><input type="hidden" name="stap" value="uitvoeren">
  <p><button type="submit"${doen.length === 0 ? html` disabled` : ''}>Ja, ${aantal(doen.length)} ${doen.length === 1 ? 'onderdeel' : 'onderdelen'} behandelen</button> <a href="${terug}">Annuleren</a></p>
</form>`,
        }),
      );
    }

    const door = `gebruiker:${g.gebruiker.id}`;
    const deps = { database: o.database, ...(o.naBeslissing ? { naBeslissing: o.naBeslissing } : {}) };
    let gelukt = 0;
    const mislukt: string[] = [];
    for (const i of doen) {
      try {
        if (i.soort === 'prestatie') {
          await beslisPrestatie(deps, door, { prestatieId: i.id, besluit, ...(reden ? { reden } : {}), ...(retourcode ? { retourcodes: [retourcode] } : {}) });
        } else {
          await bevestigAfkeuring(deps, door, i.soort === 'bericht' ? 'bericht' : i.soort === 'start' ? 'startregel' : 'stopregel', i.soort === 'bericht' ? i.berichtId : i.id, reden);
        }
        gelukt++;
      } catch (e) {
        if (!(e instanceof BeslisFout)) throw e;
        mislukt.push(`${SOORT_TEKST[i.soort]} ${i.id}: ${e.message}`);
      }
    }
    return stuurPagina(
      reply,
      200,
      pagina({
        titel: 'Actie op de selectie',
        gebruiker: g.gebruiker,
        csrf: g.csrf,
        actief: '/afkeuren',
        melding: { soort: mislukt.length > 0 ? 'fout' : 'goed', tekst: `${aantal(gelukt)} ${gelukt === 1 ? 'onderdeel' : 'onderdelen'} behandeld${mislukt.length > 0 ? `, ${mislukt.length} niet` : ''}.` },
        inhoud: html`${mislukt.length > 0 ? html`<ul>${mislukt.map((m) => html`<li>${m}</li>`)}</ul>` : ''}<p><a href="${terug}">Terug naar de afkeuringen</a></p>`,
      }),
    );
  });
}
