/**
 * One message in the backoffice (`/berichten/:id`, role medewerker): its header fields, every
 * finding with the retourcode's official meaning and our Dutch explanation, the prestaties of a 323
 * with their decisions (history kept) and the actions on them, rejected start/stop lines, the XML
 * pretty-printed with the offending elements highlighted, the retour, the client's timeline with
 * links, and the audit entries. Viewing is audited (who looked at a client's messages).
 */
import type { FastifyInstance } from 'fastify';
import { AfkeurRepository } from '../../db/repositories/afkeuren.js';
import { BerichtRepository, type BerichtRij } from '../../db/repositories/berichten.js';
import { BeslissingRepository, type BeslissingRij } from '../../db/repositories/beslissingen.js';
import { FeitenRepository } from '../../db/repositories/feiten.js';
import { RegisterRepository } from '../../db/repositories/registers.js';
import { TijdlijnRepository, type TijdlijnRegel } from '../../db/repositories/tijdlijn.js';
import { ToegangRepository } from '../../db/repositories/toegang.js';
import type { PrestatieRij } from '../../db/schema/index.js';
import { AFGEHANDELD_BUITEN_BERICHTENVERKEER, beslisPrestatie, bevestigAfkeuring, BeslisFout, handelBerichtAf, type Besluit } from '../../decide/backoffice.js';
import type { Finding } from '../../finding.js';
import { retourtermijnWerkdagen, uitersteDatum } from '../../retour/termijn.js';
import { berichttype } from '../../standard/catalogue.js';
import { betekenis } from '../../standard/codes.js';
import { vandaagInNederland } from '../../pipeline/config.js';
import { afwijsKeuzes, codeMetBetekenis, STATUS_TEKST } from './afkeuren.js';
import { datum, euro, maskeerBsn, tijdstip } from './formaat.js';
import { html, type Html } from './html.js';
import { pagina } from './layout.js';
import type { BackofficeOpties } from './opties.js';
import { aangemeld, paginaToegang, stuurPagina, type PaginaGebruiker } from './toegang.js';
import { xmlWeergave } from './xml-weergave.js';
import { parseBericht } from '../../xml/parse.js';
import type { Bericht319, Bericht325 } from '../../standard/berichten.generated.js';
import { auditTabel, wieTekst } from './audit-details.js';

const FASE_TEKST: Record<string, string> = { xml: 'XML', xsd: 'Schema (XSD)', regels: 'Regels in het bericht', controle: 'Controles' };

const decoder = new TextDecoder();

function bsnsIn(xml: string): string[] {
  return [...new Set([...xml.matchAll(/<(?:[\w.-]+:)?Bsn>\s*(\d{9})\s*</g)].map((m) => m[1]!))];
}

const dagNL = (d: Date): string => vandaagInNederland(d);

function std(rij: BerichtRij): 'iJw' | 'iWmo' {
  return rij.standaard === 'iWmo' ? 'iWmo' : 'iJw';
}

function kopTabel(rij: BerichtRij, namen: ReadonlyMap<string, string>): Html {
  const t = rij.berichttype ? berichttype(rij.berichttype) : undefined;
  const veld = (k: string, v: Html | string | null | undefined) => html`<tr><th scope="row">${k}</th><td>${v ?? '–'}</td></tr>`;
  const partij = (code: string | null) => (code ? html`${code}${namen.get(code) ? ` (${namen.get(code)})` : ''}` : '–');
  return html`<table class="velden"><caption>Kopgegevens</caption><tbody>
  ${veld('Berichttype', t ? `${t.naam} — ${t.omschrijving}` : (rij.berichttype ?? 'onbekend (niet te lezen)'))}
  ${veld('Standaard', rij.standaard ? `${rij.standaard} ${rij.release ?? ''}` : null)}
  ${veld('Richting', rij.richting === 'in' ? 'Ontvangen' : 'Verstuurd door de gemeente')}
  ${veld('Afzender', partij(rij.afzender))}
  ${veld('Ontvanger', partij(rij.ontvanger))}
  ${veld('Identificatie', rij.identificatie)}
  ${veld('Dagtekening', datum(rij.dagtekening))}
  ${veld(rij.richting === 'in' ? 'Ontvangen op' : 'Gemaakt op', tijdstip(rij.ontvangenOp))}
  ${veld('Bestand', rij.bestandsnaam)}
  ${veld('Status', html`<span class="status status-${rij.status}">${STATUS_TEKST[rij.status] ?? rij.status}</span>`)}
  ${rij.dubbelVan ? veld('Dubbel van', html`<a href="/berichten/${rij.dubbelVan}">bericht ${rij.dubbelVan}</a>`) : ''}
  ${rij.antwoordOp ? veld('Antwoord op', html`<a href="/berichten/${rij.antwoordOp}">bericht ${rij.antwoordOp}</a>`) : ''}
  </tbody></table>`;
}

function bevindingenTabel(perFase: readonly (readonly [string, Finding[]])[], s: 'iJw' | 'iWmo'): Html {
  const alle = perFase.flatMap(([fase, fs]) => fs.map((f) => ({ fase, f })));
  if (alle.length === 0) return html`<p>Geen bevindingen: het bericht voldoet aan alle controles.</p>`;
  return html`<div class="tabel-houder"><table class="lijst" id="bevindingen">
  <caption class="sr-only">Bevindingen</caption>
  <thead><tr><th scope="col">Fase</th><th scope="col">Regel</th><th scope="col">Retourcode</th><th scope="col">Officiële betekenis</th><th scope="col">Uitleg</th><th scope="col">Element</th><th scope="col" class="getal">Regel&shy;nummer</th></tr></thead>
  <tbody>${alle.map(
    ({ fase, f }) => html`<tr>
    <td>${FASE_TEKST[fase] ?? fase}</td><td>${f.rule}</td>
    <td>${f.retourcode ?? '–'}</td>
    <td>${f.retourcode ? (betekenis('RetourCode', s, f.retourcode) ?? 'onbekende code') : html`<span class="klein">geen retourcode (eigen controle of technisch)</span>`}</td>
    <td>${f.message}</td>
    <td><code class="pad">${f.path}</code></td>
    <td class="getal">${f.line ?? '–'}</td>
  </tr>`,
  )}</tbody></table></div>`;
}

function geschiedenis(rijen: readonly BeslissingRij[]): Html {
  return html`<details class="geschiedenis"><summary>Beslissingen (${rijen.length})</summary><ol>
  ${rijen.map(
    (b) => html`<li><span class="status status-${b.status}">${STATUS_TEKST[b.status] ?? b.status}</span>
      ${b.retourcodes.length > 0 ? `(${b.retourcodes.join(', ')})` : ''} — ${b.door === 'systeem' ? 'systeem' : b.door}, ${tijdstip(b.createdAt)}
      ${b.correctie ? html` <strong class="correctie">correctie na de 325</strong>` : ''}
      ${b.reden ? html`<br><span class="reden">Reden: ${b.reden}</span>` : ''}</li>`,
  )}</ol></details>`;
}

function besluitFormulieren(p: PrestatieRij, g: PaginaGebruiker, na325: boolean): Html {
  const actie = `/prestaties/${p.id}/beslissing`;
  const id = (s: string) => `p${p.id}-${s}`;
  const kop = (b: Besluit) => html`<input type="hidden" name="_csrf" value="${g.csrf}"><input type="hidden" name="besluit" value="${b}">`;
  const correctie = na325 ? html`<p class="uitleg">De 325 is al gemaakt: dit besluit wordt vastgelegd als <strong>correctie</strong>; de verstuurde 325 verandert niet.</p>` : '';
  const vormen: Html[] = [];
  if (p.status === 'afgewezen') {
    vormen.push(html`<form method="post" action="${actie}" class="besluit">${kop('bevestigen')}
      <p><label for="${id('bev')}">Toelichting (optioneel)</label><input id="${id('bev')}" name="reden"></p>
      <p><button type="submit">Afwijzing bevestigen</button></p></form>`);
  }
  if (p.status !== 'toegekend' && !p.dubbel) {
    vormen.push(html`<form method="post" action="${actie}" class="besluit">${kop('toekennen')}
      <p><label for="${id('toe')}">Reden om toe te kennen (verplicht)</label><textarea id="${id('toe')}" name="reden" rows="2" required></textarea></p>
      <p><button type="submit">${p.status === 'afgewezen' ? 'Afwijzing overschrijven: toekennen' : 'Toekennen'}</button></p></form>`);
  }
  if (p.status !== 'afgewezen') {
    vormen.push(html`<form method="post" action="${actie}" class="besluit">${kop('afwijzen')}
      <p><label for="${id('code')}">Retourcode</label><select id="${id('code')}" name="retourcode" required><option value="">Kies…</option>
      ${afwijsKeuzes().map(([c, t]) => html`<option value="${c}">${t}</option>`)}</select></p>
      <p><label for="${id('af')}">Reden om af te wijzen (verplicht)</label><textarea id="${id('af')}" name="reden" rows="2" required></textarea></p>
      <p><button type="submit">Afwijzen</button></p></form>`);
  }
  if (p.status === 'toegekend') {
    return html`<details class="geschiedenis"><summary>Besluit corrigeren</summary><div class="besluiten">${correctie}${vormen}</div></details>`;
  }
  return html`<div class="besluiten">${correctie}${vormen}</div>`;
}

async function prestatiesSectie(o: BackofficeOpties, rij: BerichtRij, g: PaginaGebruiker, na325: boolean): Promise<Html> {
  const d = await new FeitenRepository(o.database.db).declaratieVanBericht(rij.id);
  if (!d) return html``;
  const repo = new BeslissingRepository(o.database.db);
  const decl = await repo.declaratie(d.id);
  const s = std(rij);
  const rijen = await Promise.all(d.prestaties.map(async (p) => ({ p, hist: await repo.geschiedenis(p.id) })));
  return html`<section aria-labelledby="kop-prestaties"><h2 id="kop-prestaties">Prestaties</h2>
  <p>Declaratie ${decl?.declaratieNummer ?? ''}: ingediend ${euro(decl?.totaalIngediend ?? 0)}, toegekend
  ${decl?.totaalToegekend === null || decl?.totaalToegekend === undefined ? html`<em>nog niet bepaald (er wacht nog een prestatie op onderzoek)</em>` : euro(decl.totaalToegekend)}.</p>
  <div class="prestaties">${rijen.map(
    ({ p, hist }) => html`<article class="prestatie status-rand-${p.status}" id="prestatie-${p.id}" aria-labelledby="prestatie-${p.id}-kop">
    <h3 id="prestatie-${p.id}-kop">Prestatie ${p.referentieNummer} <span class="status status-${p.status}">${STATUS_TEKST[p.status] ?? p.status}</span>${p.dubbel ? html` <span class="status status-afgewezen">dubbel (TR314)</span>` : ''}</h3>
    <table class="velden"><tbody>
      <tr><th scope="row">Cliënt</th><td>${maskeerBsn(p.bsn)}</td></tr>
      <tr><th scope="row">Product</th><td>${p.productcategorie} ${p.productcode}, toewijzing ${p.toewijzingNummer}</td></tr>
      <tr><th scope="row">Periode</th><td>${datum(p.periodeBegin)} t/m ${datum(p.periodeEind)}</td></tr>
      <tr><th scope="row">Volume</th><td>${p.geleverdVolume} (eenheid ${p.eenheid})${p.productTarief !== null ? `, tarief ${euro(p.productTarief)}` : ''}</td></tr>
      <tr><th scope="row">Bedrag</th><td>${euro(p.bedrag)} ${p.debetCredit === 'C' ? 'credit' : 'debet'}; toegekend ${euro(p.toegekendBedrag)}</td></tr>
      <tr><th scope="row">Retourcodes</th><td>${p.retourcodes.length > 0 ? p.retourcodes.map((c) => html`${codeMetBetekenis(c, s)} ${betekenis('RetourCode', s, c) ?? ''}<br>`) : '–'}</td></tr>
      <tr><th scope="row">Element</th><td><code class="pad">${p.pad}</code></td></tr>
    </tbody></table>
    ${geschiedenis(hist)}
    ${besluitFormulieren(p, g, na325)}
  </article>`,
  )}</div></section>`;
}

async function regelsSectie(o: BackofficeOpties, rij: BerichtRij, g: PaginaGebruiker): Promise<Html> {
  const regels = await new AfkeurRepository(o.database.db).afgewezenRegels(rij.id);
  if (regels.length === 0) return html``;
  const s = std(rij);
  return html`<section aria-labelledby="kop-regels"><h2 id="kop-regels">Afgewezen regels</h2>
  <table class="lijst"><thead><tr><th scope="col">Regel</th><th scope="col">Cliënt</th><th scope="col">Product</th><th scope="col">Begindatum</th><th scope="col">Retourcodes</th><th scope="col">Actie</th></tr></thead>
  <tbody>${regels.map(
    (r) => html`<tr id="${r.soort}-${r.id}"><td>${r.soort === 'start' ? 'Start' : 'Stop'} ${r.id}</td><td>${maskeerBsn(r.bsn)}</td><td>${r.product}</td><td>${datum(r.begindatum)}</td>
    <td>${r.retourcodes.map((c) => html`${codeMetBetekenis(c, s)} `)}</td>
    <td>${r.bevestigd ? 'Bevestigd' : html`<form method="post" action="/regels/${r.soort}/${r.id}/bevestig"><input type="hidden" name="_csrf" value="${g.csrf}"><input type="hidden" name="bericht" value="${rij.id}"><button type="submit">Afwijzing bevestigen</button></form>`}</td></tr>`,
  )}</tbody></table></section>`;
}

function tijdlijnSectie(regels: readonly TijdlijnRegel[], huidig: number): Html {
  if (regels.length === 0) return html``;
  return html`<section aria-labelledby="kop-tijdlijn"><h2 id="kop-tijdlijn">Tijdlijn van de cliënt</h2>
  <ol class="tijdlijn">${regels.map(
    (r) => html`<li${r.berichtId === huidig ? html` class="huidig" aria-current="true"` : ''}>
      <a href="/berichten/${r.berichtId}">${r.berichttype ?? 'bericht'}</a>
      <span class="klein">${datum(r.dagtekening)}${r.antwoordOp ? html` · antwoord op <a href="/berichten/${r.antwoordOp}">${r.antwoordOp}</a>` : ''}</span>
      <span class="status status-${r.status}">${STATUS_TEKST[r.status] ?? r.status}</span></li>`,
  )}</ol></section>`;
}

async function retourSectie(o: BackofficeOpties, rij: BerichtRij): Promise<Html> {
  const t = rij.berichttype ? berichttype(rij.berichttype) : undefined;
  // Only the messages aanbieders send get a retour from us (a 301 is ours; its 302 comes from the aanbieder).
  if (!t?.retour || rij.richting !== 'in' || t.richting !== 'aanbieder-gemeente') return html``;
  const berichten = new BerichtRepository(o.database.db);
  const r = await berichten.retourVan(rij.id);
  if (r) {
    const antwoorden = (await berichten.antwoordenOp(rij.id)).filter((a) => a.id !== r.id);
    return html`<section aria-labelledby="kop-retour"><h2 id="kop-retour">Retour</h2>
    <p><a href="/berichten/${r.id}" id="retour-link">${r.berichttype} ${r.identificatie}</a>, dagtekening ${datum(r.dagtekening)}, ${tijdstip(r.createdAt)}.</p>
    ${antwoorden.length > 0
      ? html`<p>Ook beantwoord met een antwoordbericht:</p><ul id="antwoorden">${antwoorden.map(
          (a) => html`<li><a href="/berichten/${a.id}">${a.berichttype} ${a.identificatie}</a>, dagtekening ${datum(a.dagtekening)}</li>`,
        )}</ul>`
      : ''}</section>`;
  }
  if (rij.status === 'afgehandeld') {
    return html`<section aria-labelledby="kop-retour"><h2 id="kop-retour">Retour</h2><p>Geen retour: het bericht is afgehandeld buiten het berichtenverkeer.</p></section>`;
  }
  if (rij.status === 'technisch-afgekeurd') {
    return html`<section aria-labelledby="kop-retour"><h2 id="kop-retour">Retour</h2><p>Geen retour: het bericht is technisch afgekeurd; meld dit de afzender buiten het berichtenverkeer om.</p></section>`;
  }
  const termijn = retourtermijnWerkdagen[t.retour];
  const uiterst = termijn ? uitersteDatum(dagNL(rij.ontvangenOp), termijn, o.vrijeDagen) : undefined;
  const vandaag = (o.vandaag ?? (() => vandaagInNederland()))();
  return html`<section aria-labelledby="kop-retour"><h2 id="kop-retour">Retour</h2>
  <p>Nog geen ${t.standaard.berichtPrefix}${t.retour}${uiterst ? html`; uiterlijk te versturen op <strong>${datum(uiterst)}</strong>${uiterst < vandaag ? html` <span class="status status-afgekeurd">termijn verstreken</span>` : ''}` : ''}.
  ${rij.status === 'in-onderzoek' ? 'De retour wacht op de beslissing over de onderdelen in onderzoek.' : ''}</p></section>`;
}

async function auditSectie(o: BackofficeOpties, rij: BerichtRij): Promise<Html> {
  const toegang = new ToegangRepository(o.database.db);
  const d = await new FeitenRepository(o.database.db).declaratieVanBericht(rij.id);
  const lijsten = await Promise.all([
    toegang.auditLog({ onderwerp: 'bericht', onderwerpId: String(rij.id), limit: 50 }),
    ...(d?.prestaties ?? []).map((p) => toegang.auditLog({ onderwerp: 'prestatie', onderwerpId: String(p.id), limit: 50 })),
  ]);
  const regels = lijsten.flat().sort((a, b) => b.id - a.id);
  return html`<section aria-labelledby="kop-audit"><h2 id="kop-audit">Auditlog</h2>
  ${auditTabel(regels)}</section>`;
}

/** What a 319 antwoordbericht says: the answer, the reason and, for the woonplaatsbeginsel, the responsible gemeente by name. */
async function antwoord319Sectie(o: BackofficeOpties, rij: BerichtRij, xml: string): Promise<Html> {
  const t = rij.berichttype ? berichttype(rij.berichttype) : undefined;
  if (t?.nummer !== '319') return html``;
  let b: Bericht319;
  try {
    b = parseBericht(xml, t.standaard, '319');
  } catch {
    return html``;
  }
  const a = b.Antwoord;
  const s = std(rij);
  const gemeente = a.Woonplaatsbeginsel?.Gemeente;
  const naam = gemeente ? (await new RegisterRepository(o.database.db).gemeenten()).find((g) => g.gemeentecode === gemeente)?.naam : undefined;
  return html`<section aria-labelledby="kop-antwoord"><h2 id="kop-antwoord">Wat dit antwoordbericht zegt</h2>
  <p id="antwoord-samenvatting">Verzoek ${a.ReferentieAanbieder}: ${betekenis('VerzoekAntwoord', s, a.VerzoekAntwoord) ?? a.VerzoekAntwoord}${
    a.RedenAfwijzingVerzoek ? html`; reden ${a.RedenAfwijzingVerzoek} (${betekenis('RedenAfwijzingVerzoek', s, a.RedenAfwijzingVerzoek) ?? 'onbekend'})` : ''
  }${gemeente ? html`; verantwoordelijke gemeente <strong>${gemeente}${naam ? ` (${naam})` : ''}</strong>` : ''}.</p></section>`;
}

/** What a 325 we made says: the totals, and each prestatie it returns with its retourcodes. */
function antwoordSectie(rij: BerichtRij, xml: string): Html {
  const t = rij.berichttype ? berichttype(rij.berichttype) : undefined;
  if (t?.nummer !== '325') return html``;
  let b: Bericht325;
  try {
    b = parseBericht(xml, t.standaard, '325');
  } catch {
    return html``;
  }
  const s = std(rij);
  const totaal = (x: { TotaalBedrag: number; DebetCredit: string }) => euro(x.DebetCredit === 'C' ? -x.TotaalBedrag : x.TotaalBedrag);
  const a = b.DeclaratieAntwoord;
  const codes = (c: readonly string[]) => c.map((x, i) => html`${i > 0 ? ', ' : ''}${codeMetBetekenis(x, s)} ${betekenis('RetourCode', s, x) ?? ''}`);
  if (!a) {
    return html`<section aria-labelledby="kop-antwoord"><h2 id="kop-antwoord">Wat deze 325 zegt</h2><p id="antwoord-samenvatting">De declaratie is als geheel afgekeurd: ${codes(b.Header.RetourCodes.RetourCode)}</p></section>`;
  }
  const prestaties = (a.Clienten ?? []).flatMap((c) => c.Prestaties.map((p) => ({ c, p })));
  return html`<section aria-labelledby="kop-antwoord"><h2 id="kop-antwoord">Wat deze 325 zegt</h2>
  <p id="antwoord-samenvatting">Declaratie ${a.DeclaratieNummer}: ingediend ${totaal(a.TotaalIngediendBedrag)}, toegekend <strong>${totaal(a.TotaalToegekendBedrag)}</strong>; ${codes(a.RetourCodes.RetourCode)}</p>
  ${prestaties.length === 0
    ? html`<p>Geen prestatie teruggestuurd: alles is toegekend.</p>`
    : html`<table class="lijst" id="antwoord-prestaties"><caption>Teruggestuurde (afgewezen) prestaties</caption><thead><tr><th scope="col">Referentie</th><th scope="col">Cliënt</th><th scope="col">Periode</th><th scope="col" class="getal">Bedrag</th><th scope="col">Retourcodes</th></tr></thead>
    <tbody>${prestaties.map(
      ({ c, p }) => html`<tr><td>${p.ProductReferentie.ReferentieNummer}</td><td>${maskeerBsn(c.Bsn)}</td><td>${datum(p.ProductPeriode.Begindatum)} t/m ${datum(p.ProductPeriode.Einddatum)}</td>
      <td class="getal">${euro(p.IngediendBedrag.Bedrag)} ${p.IngediendBedrag.DebetCredit}</td><td>${codes(p.RetourCodes.RetourCode)}</td></tr>`,
    )}</tbody></table>`}
  </section>`;
}

/** Confirming the rejection of a message as a whole (its parts are decided one by one). */
async function bevestigSectie(o: BackofficeOpties, rij: BerichtRij, g: PaginaGebruiker, perFase: readonly (readonly [string, Finding[]])[]): Promise<Html> {
  if (rij.richting !== 'in') return html``;
  const heeftCodes = perFase.some(([, fs]) => fs.some((f) => f.retourcode !== undefined));
  const geheel = ['afgekeurd', 'technisch-afgekeurd', 'tegengehouden'].includes(rij.status) || (rij.status === 'beantwoord' && heeftCodes);
  if (!geheel) return html``;
  const delen =
    (await new FeitenRepository(o.database.db).declaratieVanBericht(rij.id)) !== undefined || (await new AfkeurRepository(o.database.db).afgewezenRegels(rij.id)).length > 0;
  if (delen && rij.status === 'beantwoord') return html``;
  const eerder = (await new ToegangRepository(o.database.db).auditLog({ onderwerp: 'bericht', onderwerpId: String(rij.id), limit: 200 })).find((a) => a.actie === 'bevestigd');
  if (eerder) return html`<p class="melding melding-info">Afkeuring bevestigd door ${wieTekst(eerder)} op ${tijdstip(eerder.op)}.</p>`;
  return html`<form method="post" action="/berichten/${rij.id}/bevestig" class="formulier"><input type="hidden" name="_csrf" value="${g.csrf}">
      <p><label for="bericht-reden">Toelichting (optioneel)</label><input id="bericht-reden" name="reden"></p>
      <p><button type="submit">Afkeuring van het bericht bevestigen</button></p></form>`;
}

/**
 * Ending a received message that waits in onderzoek as a whole (no prestaties): "afgehandeld buiten
 * het berichtenverkeer", with a mandatory reason. Once ended, who did it and why.
 */
async function afhandelSectie(o: BackofficeOpties, rij: BerichtRij, g: PaginaGebruiker): Promise<Html> {
  if (rij.richting !== 'in') return html``;
  if (rij.status === 'afgehandeld') {
    const a = (await new ToegangRepository(o.database.db).auditLog({ onderwerp: 'bericht', onderwerpId: String(rij.id), limit: 200 })).find((x) => x.actie === 'afgehandeld');
    const reden = (a?.details as { reden?: unknown } | undefined)?.reden;
    return html`<p class="melding melding-info" id="afgehandeld">${AFGEHANDELD_BUITEN_BERICHTENVERKEER}${a ? html` door ${wieTekst(a)} op ${tijdstip(a.op)}` : ''}.${
      typeof reden === 'string' ? html`<br><span class="reden">Reden: ${reden}</span>` : ''
    }</p>`;
  }
  if (rij.status !== 'in-onderzoek') return html``;
  if ((await new FeitenRepository(o.database.db).declaratieVanBericht(rij.id)) !== undefined) return html``;
  return html`<form method="post" action="/berichten/${rij.id}/afhandelen" class="formulier" id="afhandelen"><input type="hidden" name="_csrf" value="${g.csrf}">
      <p>Dit bericht wacht als geheel op onderzoek en krijgt pas een retour na een beslissing. Is het buiten het berichtenverkeer om afgehandeld
      (doorgestuurd, of de aanbieder ingelicht), sluit het dan hier af: er volgt geen retour.</p>
      <p><label for="afhandel-reden">Reden (verplicht)</label><textarea id="afhandel-reden" name="reden" rows="2" required></textarea></p>
      <p><button type="submit">${AFGEHANDELD_BUITEN_BERICHTENVERKEER}</button></p></form>`;
}

export async function berichtPagina(o: BackofficeOpties, g: PaginaGebruiker, id: number, melding?: { soort: 'goed' | 'fout' | 'info'; tekst: string }): Promise<string | undefined> {
  const berichten = new BerichtRepository(o.database.db);
  const rij = await berichten.get(id);
  if (!rij) return undefined;
  const s = std(rij);
  const perFase: [string, Finding[]][] = [];
  for (const fase of ['xml', 'xsd', 'regels', 'controle']) {
    const f = await berichten.bevindingen(id, [fase]);
    if (f.length > 0) perFase.push([fase, f]);
  }
  const xml = decoder.decode(rij.raw);
  const namen = new Map((await new RegisterRepository(o.database.db).aanbieders([rij.afzender, rij.ontvanger].filter((x): x is string => !!x))).map((a) => [a.agb, a.naam]));
  const na325 = rij.richting === 'in' && (await berichten.retourVan(id)) !== undefined;
  const tijdlijn = await new TijdlijnRepository(o.database.db).vanClienten(bsnsIn(xml));
  const markeringen = perFase.flatMap(([, fs]) => fs.map((f) => ({ pad: f.path, ...(f.line ? { regel: f.line } : {}), label: f.retourcode ? `${f.rule} ${f.retourcode}` : f.rule })));
  await new ToegangRepository(o.database.db).audit({ wie: `gebruiker:${g.gebruiker.id}`, actie: 'bekeken', onderwerp: 'bericht', onderwerpId: id });
  return pagina({
    titel: `${rij.berichttype ?? 'Bericht'} #${id}`,
    gebruiker: g.gebruiker,
    csrf: g.csrf,
    actief: '/afkeuren',
    ...(melding ? { melding } : {}),
    inhoud: html`<p><a href="/afkeuren">← Terug naar de afkeuringen</a></p>
<div class="twee-kolommen">
  <div>${kopTabel(rij, namen)}
  ${await bevestigSectie(o, rij, g, perFase)}
  ${await afhandelSectie(o, rij, g)}</div>
  <div>${await retourSectie(o, rij)}${tijdlijnSectie(tijdlijn, id)}</div>
</div>
${antwoordSectie(rij, xml)}
${await antwoord319Sectie(o, rij, xml)}
<section aria-labelledby="kop-bevindingen"><h2 id="kop-bevindingen">Bevindingen</h2>${bevindingenTabel(perFase, s)}</section>
${await prestatiesSectie(o, rij, g, na325)}
${await regelsSectie(o, rij, g)}
<section aria-labelledby="kop-xml"><h2 id="kop-xml">Het bericht</h2>
<p class="uitleg">Gemarkeerde regels zijn de elementen waar een bevinding over gaat; het getal ervoor is het regelnummer in het ontvangen bestand.</p>
${xmlWeergave(xml, markeringen)}</section>
${await auditSectie(o, rij)}`,
  });
}

const GEDAAN: Record<string, string> = {
  bevestigen: 'De afwijzing is bevestigd.',
  toekennen: 'De prestatie is toegekend.',
  afwijzen: 'De prestatie is afgewezen.',
  bericht: 'De afkeuring is bevestigd.',
  afgehandeld: 'Het bericht is afgehandeld buiten het berichtenverkeer.',
};

export async function berichtRoutes(app: FastifyInstance, o: BackofficeOpties): Promise<void> {
  const toegang = paginaToegang(o, ['medewerker']);
  const idVan = (p: unknown): number | undefined => {
    const n = Number((p as { id?: string }).id);
    return Number.isSafeInteger(n) && n > 0 ? n : undefined;
  };

  app.get('/berichten/:id', { preHandler: toegang }, async (request, reply) => {
    const g = aangemeld(request);
    const id = idVan(request.params);
    const q = request.query as Record<string, string | undefined>;
    const gedaan = q['gedaan'] ? GEDAAN[q['gedaan']] : undefined;
    const extra = q['retour'] === '1' ? ' Er wacht niets meer op onderzoek: de 325 is gemaakt.' : q['correctie'] === '1' ? ' Vastgelegd als correctie: de 325 was al gemaakt.' : '';
    const body = id ? await berichtPagina(o, g, id, gedaan ? { soort: 'goed', tekst: gedaan + extra } : undefined) : undefined;
    if (!body) return stuurPagina(reply, 404, pagina({ titel: 'Niet gevonden', gebruiker: g.gebruiker, csrf: g.csrf, inhoud: html`<p>Dit bericht bestaat niet.</p>` }));
    return stuurPagina(reply, 200, body);
  });

  app.post('/prestaties/:id/beslissing', { preHandler: toegang }, async (request, reply) => {
    const g = aangemeld(request);
    const id = idVan(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const besluit = (['bevestigen', 'toekennen', 'afwijzen'] as const).find((b) => b === body['besluit']);
    const p = id ? await new BeslissingRepository(o.database.db).prestatie(id) : undefined;
    if (!p || !besluit) return stuurPagina(reply, 404, pagina({ titel: 'Niet gevonden', gebruiker: g.gebruiker, csrf: g.csrf, inhoud: html`<p>Deze prestatie bestaat niet.</p>` }));
    const reden = typeof body['reden'] === 'string' ? body['reden'] : undefined;
    const code = typeof body['retourcode'] === 'string' ? body['retourcode'] : '';
    try {
      const u = await beslisPrestatie({ database: o.database, ...(o.naBeslissing ? { naBeslissing: o.naBeslissing } : {}) }, `gebruiker:${g.gebruiker.id}`, {
        prestatieId: p.id,
        besluit,
        ...(reden !== undefined ? { reden } : {}),
        ...(code ? { retourcodes: [code] } : {}),
      });
      const q = new URLSearchParams({ gedaan: besluit, ...(u.retourGestart ? { retour: '1' } : {}), ...(u.correctie ? { correctie: '1' } : {}) });
      return reply.redirect(`/berichten/${p.berichtId}?${q}#prestatie-${p.id}`, 303);
    } catch (e) {
      if (!(e instanceof BeslisFout)) throw e;
      return stuurPagina(reply, e.code === 'onbekend' ? 404 : 400, (await berichtPagina(o, g, p.berichtId, { soort: 'fout', tekst: e.message }))!);
    }
  });

  app.post('/berichten/:id/bevestig', { preHandler: toegang }, async (request, reply) => {
    const g = aangemeld(request);
    const id = idVan(request.params);
    const rij = id ? await new BerichtRepository(o.database.db).get(id) : undefined;
    if (!rij) return stuurPagina(reply, 404, pagina({ titel: 'Niet gevonden', gebruiker: g.gebruiker, csrf: g.csrf, inhoud: html`<p>Dit bericht bestaat niet.</p>` }));
    const reden = (request.body as Record<string, unknown> | undefined)?.['reden'];
    await bevestigAfkeuring({ database: o.database }, `gebruiker:${g.gebruiker.id}`, 'bericht', rij.id, typeof reden === 'string' ? reden : undefined);
    return reply.redirect(`/berichten/${rij.id}?gedaan=bericht`, 303);
  });

  app.post('/berichten/:id/afhandelen', { preHandler: toegang }, async (request, reply) => {
    const g = aangemeld(request);
    const id = idVan(request.params);
    const rij = id ? await new BerichtRepository(o.database.db).get(id) : undefined;
    if (!rij) return stuurPagina(reply, 404, pagina({ titel: 'Niet gevonden', gebruiker: g.gebruiker, csrf: g.csrf, inhoud: html`<p>Dit bericht bestaat niet.</p>` }));
    const reden = (request.body as Record<string, unknown> | undefined)?.['reden'];
    try {
      await handelBerichtAf({ database: o.database }, `gebruiker:${g.gebruiker.id}`, rij.id, typeof reden === 'string' ? reden : undefined);
    } catch (e) {
      if (!(e instanceof BeslisFout)) throw e;
      return stuurPagina(reply, e.code === 'onbekend' ? 404 : 400, (await berichtPagina(o, g, rij.id, { soort: 'fout', tekst: e.message }))!);
    }
    return reply.redirect(`/berichten/${rij.id}?gedaan=afgehandeld`, 303);
  });

  app.post('/regels/:soort/:id/bevestig', { preHandler: toegang }, async (request, reply) => {
    const g = aangemeld(request);
    const id = idVan(request.params);
    const soort = (request.params as { soort?: string }).soort;
    const bericht = Number((request.body as Record<string, unknown> | undefined)?.['bericht']);
    if (!id || (soort !== 'start' && soort !== 'stop') || !Number.isSafeInteger(bericht)) {
      return stuurPagina(reply, 404, pagina({ titel: 'Niet gevonden', gebruiker: g.gebruiker, csrf: g.csrf, inhoud: html`<p>Deze regel bestaat niet.</p>` }));
    }
    await bevestigAfkeuring({ database: o.database }, `gebruiker:${g.gebruiker.id}`, soort === 'start' ? 'startregel' : 'stopregel', id);
    return reply.redirect(`/berichten/${bericht}?gedaan=bericht#${soort}-${id}`, 303);
  });
}
