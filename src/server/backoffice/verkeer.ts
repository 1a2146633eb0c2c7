/**
 * Berichtenverkeer (`/verkeer`, roles medewerker and contractmanager): volumes per day per message
 * type, acceptance per aanbieder, retours due and overdue against the standard's deadlines (3
 * working days; 10 for a 325: `retourtermijnWerkdagen`, `uitersteDatum`), and failed deliveries
 * (technically rejected messages, refused parts of batches).
 */
import type { FastifyInstance } from 'fastify';
import { RegisterRepository } from '../../db/repositories/registers.js';
import { VerkeerRepository } from '../../db/repositories/verkeer.js';
import { vandaagInNederland } from '../../pipeline/config.js';
import { uitersteRetourdatum } from '../../retour/termijn.js';
import { aantal, datum, tijdstip } from './formaat.js';
import { staafGrafiek } from './grafiek.js';
import { html } from './html.js';
import { pagina } from './layout.js';
import type { BackofficeOpties } from './opties.js';
import { aangemeld, paginaToegang, stuurPagina } from './toegang.js';

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

function plusDagen(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function dagen(van: string, tot: string): string[] {
  const uit: string[] = [];
  for (let d = van; d <= tot && uit.length < 400; d = plusDagen(d, 1)) uit.push(d);
  return uit;
}

const procent = (deel: number, geheel: number): string => (geheel === 0 ? '–' : `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format((deel * 100) / geheel)}%`);

/** The last day a retour on this message may be sent. */
export function termijnVan(type: string, ontvangen: Date, vrijeDagen?: ReadonlySet<string>): string | undefined {
  return uitersteRetourdatum(type, vandaagInNederland(ontvangen), vrijeDagen);
}

export async function verkeerRoutes(app: FastifyInstance, o: BackofficeOpties): Promise<void> {
  app.get('/verkeer', { preHandler: paginaToegang(o, ['medewerker', 'contractmanager']) }, async (request, reply) => {
    const g = aangemeld(request);
    const q = request.query as Record<string, string | undefined>;
    const vandaag = (o.vandaag ?? (() => vandaagInNederland()))();
    const tot = q['tot'] && DATUM.test(q['tot']) ? q['tot'] : vandaag;
    const van = q['van'] && DATUM.test(q['van']) && q['van'] <= tot ? q['van'] : plusDagen(tot, -29);
    const repo = new VerkeerRepository(o.database.db);
    const [volumes, acceptatie, wachtend, beantwoord, mislukt, aanbieders] = await Promise.all([
      repo.volumes(van, tot),
      repo.acceptatie(van, tot),
      repo.wachtOpRetour(),
      repo.beantwoord(van, tot),
      repo.mislukt(van, tot),
      new RegisterRepository(o.database.db).aanbieders(),
    ]);
    const namen = new Map(aanbieders.map((a) => [a.agb, a.naam]));

    // Volumes: received messages per day, stacked by type.
    const ontvangen = volumes.filter((v) => v.richting === 'in');
    const typen = [...new Set(ontvangen.map((v) => v.berichttype))].sort();
    const dagLijst = dagen(van, tot);
    const telling = new Map(ontvangen.map((v) => [`${v.dag}|${v.berichttype}`, v.aantal]));
    const volumeGrafiek = staafGrafiek({
      id: 'volumes',
      titel: 'Ontvangen berichten per dag per berichttype',
      beschrijving: `Gestapelde staven per dag van ${datum(van)} tot en met ${datum(tot)}; de tabel ernaast geeft de aantallen.`,
      labels: dagLijst.map((d) => datum(d).replace(/-\d{4}$/, '')),
      reeksen: typen.map((t) => ({ naam: t, waarden: dagLijst.map((d) => telling.get(`${d}|${t}`) ?? 0) })),
      gestapeld: true,
    });
    const verstuurd = volumes.filter((v) => v.richting === 'uit').reduce((s, v) => s + v.aantal, 0);
    const perType = typen.map((t) => [t, ontvangen.filter((v) => v.berichttype === t).reduce((s, v) => s + v.aantal, 0)] as const);

    // Retours: waiting (due / overdue) and answered in the period (on time / late).
    const wacht = wachtend.map((w) => ({ ...w, uiterst: termijnVan(w.berichttype, w.ontvangenOp, o.vrijeDagen) }));
    const overTijd = wacht.filter((w) => w.uiterst && w.uiterst < vandaag);
    const teLaat = beantwoord.filter((b) => {
      const u = termijnVan(b.berichttype, b.ontvangenOp, o.vrijeDagen);
      return u !== undefined && b.retourDagtekening > u;
    });

    const inhoud = html`<form method="get" action="/verkeer" class="filters" aria-label="Periode">
  <div class="filter-rij">
    <p><label for="v-van">Van</label><input id="v-van" name="van" type="date" value="${van}"></p>
    <p><label for="v-tot">Tot en met</label><input id="v-tot" name="tot" type="date" value="${tot}"></p>
  </div>
  <p class="knoppen"><button type="submit">Toon periode</button></p>
</form>

<section class="kpi-blok" aria-labelledby="kop-volumes"><h2 id="kop-volumes">Volumes per dag</h2>
  <ul class="kpi-samenvatting">
    <li><strong>${aantal(ontvangen.reduce((s, v) => s + v.aantal, 0))}</strong> ontvangen</li>
    <li><strong>${aantal(verstuurd)}</strong> verstuurd (retours en toewijzingen)</li>
  </ul>
  <div class="kpi-inhoud"><div>${volumeGrafiek.svg}${volumeGrafiek.legenda}</div>
  <div class="kpi-tabel"><table class="lijst"><caption class="sr-only">Ontvangen per berichttype</caption>
    <thead><tr><th scope="col">Berichttype</th><th scope="col" class="getal">Ontvangen</th></tr></thead>
    <tbody>${perType.map(([t, n]) => html`<tr><th scope="row">${t}</th><td class="getal">${aantal(n)}</td></tr>`)}</tbody></table></div></div>
</section>

<section class="kpi-blok" aria-labelledby="kop-acceptatie"><h2 id="kop-acceptatie">Acceptatie per aanbieder</h2>
  <p class="uitleg">Heenberichten (305, 307, 315, 317, 323) ontvangen in de periode. Deels afgekeurd: een of meer prestaties of regels afgewezen. Buiten berichtenverkeer: in onderzoek geweest en door een medewerker afgehandeld buiten het berichtenverkeer (zonder retour).</p>
  <div class="tabel-houder"><table class="lijst" id="acceptatie"><thead><tr><th scope="col">Aanbieder</th><th scope="col" class="getal">Berichten</th><th scope="col" class="getal">Geaccepteerd</th>
    <th scope="col" class="getal">Deels afgekeurd</th><th scope="col" class="getal">Afgekeurd</th><th scope="col" class="getal">In onderzoek</th><th scope="col" class="getal">Buiten berichtenverkeer</th><th scope="col" class="getal">Acceptatiegraad</th></tr></thead>
  <tbody>${acceptatie.map(
    (a) => html`<tr><th scope="row">${a.agb ?? 'onbekend (niet te lezen)'}${a.agb && namen.get(a.agb) ? html` <span class="klein">${namen.get(a.agb)}</span>` : ''}</th>
    <td class="getal">${aantal(a.totaal)}</td><td class="getal">${aantal(a.geaccepteerd)}</td><td class="getal">${aantal(a.deels)}</td>
    <td class="getal">${aantal(a.afgekeurd)}</td><td class="getal">${aantal(a.inOnderzoek)}</td><td class="getal">${aantal(a.afgehandeld)}</td><td class="getal">${procent(a.geaccepteerd, a.totaal)}</td></tr>`,
  )}</tbody></table></div>
</section>

<section class="kpi-blok" aria-labelledby="kop-termijnen"><h2 id="kop-termijnen">Retourtermijnen</h2>
  <p class="uitleg">Een retour moet binnen 3 werkdagen na ontvangst worden verstuurd, een 325 binnen 10 werkdagen (ook als alles is toegekend).</p>
  <ul class="kpi-samenvatting">
    <li><strong>${aantal(wacht.length)}</strong> wachten op een retour</li>
    <li><strong>${aantal(overTijd.length)}</strong> daarvan over de termijn</li>
    <li><strong>${aantal(beantwoord.length - teLaat.length)}</strong> op tijd beantwoord in de periode</li>
    <li><strong>${aantal(teLaat.length)}</strong> te laat beantwoord</li>
  </ul>
  ${wacht.length === 0
    ? html`<p>Er wacht geen bericht op een retour.</p>`
    : html`<div class="tabel-houder kpi-tabel"><table class="lijst" id="wachtend"><thead><tr><th scope="col">Bericht</th><th scope="col">Afzender</th><th scope="col">Ontvangen</th><th scope="col">Status</th><th scope="col">Uiterlijk</th><th scope="col">Termijn</th></tr></thead>
    <tbody>${wacht.map(
      (w) => html`<tr><td><a href="/berichten/${w.id}">${w.berichttype} #${w.id}</a></td><td>${w.afzender ?? '–'}</td><td>${tijdstip(w.ontvangenOp)}</td><td>${w.status}</td>
      <td>${datum(w.uiterst)}</td><td>${w.uiterst && w.uiterst < vandaag ? html`<span class="status status-afgekeurd">verstreken</span>` : html`<span class="status status-toegekend">loopt</span>`}</td></tr>`,
    )}</tbody></table></div>`}
</section>

<section class="kpi-blok" aria-labelledby="kop-mislukt"><h2 id="kop-mislukt">Mislukte aanleveringen</h2>
  ${mislukt.length === 0
    ? html`<p>Geen technisch afgekeurde berichten of geweigerde onderdelen in de periode.</p>`
    : html`<div class="tabel-houder"><table class="lijst" id="mislukt"><thead><tr><th scope="col">Wanneer</th><th scope="col">Soort</th><th scope="col">Bestand</th><th scope="col">Reden</th></tr></thead>
    <tbody>${mislukt.map(
      (m) => html`<tr><td>${tijdstip(m.op)}</td><td>${m.soort === 'geweigerd' ? `Geweigerd deel van aanlevering ${m.id}` : html`<a href="/berichten/${m.id}">Technisch afgekeurd #${m.id}</a>`}</td><td>${m.naam ?? '–'}</td><td>${m.reden}</td></tr>`,
    )}</tbody></table></div>`}
</section>`;
    return stuurPagina(reply, 200, pagina({ titel: 'Berichtenverkeer', gebruiker: g.gebruiker, csrf: g.csrf, actief: '/verkeer', inhoud }));
  });
}
