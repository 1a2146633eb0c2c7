import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runUser } from '../../src/cli/user.js';
import { BerichtRepository } from '../../src/db/repositories/berichten.js';
import { ToegangRepository } from '../../src/db/repositories/toegang.js';
import { buildApp } from '../../src/server/app.js';
import { backoffice } from '../../src/server/backoffice/index.js';
import { euro } from '../../src/server/backoffice/formaat.js';
import { kpiRoutes } from '../../src/server/kpi-routes.js';
import { createTestDatabase } from '../db/database.js';
import { maakOmgeving, WACHTWOORD, type BackofficeOmgeving } from './server.js';
import { backofficeSessies, cookiesUit, csrfUit, formulier } from './sessies.js';

describe('the backoffice pages (inject, real PostgreSQL, a processed region)', () => {
  let o: BackofficeOmgeving;
  const { meldAan, sessie, get, post } = backofficeSessies(() => o.app);
  const rows = async <T = Record<string, unknown>>(q: string): Promise<T[]> => (await o.t.db.execute(sql.raw(q)) as unknown as { rows: T[] }).rows;

  beforeAll(async () => {
    o = await maakOmgeving('backoffice_pages');
  }, 300_000);
  afterAll(async () => {
    await o?.sluit();
  });

  it('sends a visitor without a session to the login page, and logs in with a session cookie that scripts cannot read', async () => {
    const r = await o.app.inject({ method: 'GET', url: '/afkeuren?status=afgewezen' });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe('/aanmelden?terug=%2Fafkeuren%3Fstatus%3Dafgewezen');
    const login = await o.app.inject({ method: 'GET', url: '/aanmelden' });
    expect(login.body).toContain('<html lang="nl">');
    expect(login.body).toMatch(/<label for="gebruikersnaam">/);
    const ok = await meldAan('medewerker');
    expect(ok.statusCode).toBe(303);
    const c = ok.cookies.find((x) => x.name === 'iwj_sessie')!;
    expect(c).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(c.secure).toBeFalsy();
    const [n] = await rows<{ n: number }>(`select count(*)::int as n from audit where actie = 'aangemeld' and wie = 'gebruiker:${o.gebruikers.medewerker}'`);
    expect(n!.n).toBeGreaterThan(0);
  });

  it('marks the session cookie Secure when the site is served over https', async () => {
    const app = await buildApp({ database: o.t, root: [backoffice({ database: o.t, veiligeCookies: true })] });
    try {
      const g = await app.inject({ method: 'GET', url: '/aanmelden' });
      const token = /name="_aanmeld" value="([^"]+)"/.exec(g.body)![1]!;
      const r = await app.inject({
        method: 'POST',
        url: '/aanmelden',
        cookies: cookiesUit(g),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: formulier({ _aanmeld: token, gebruikersnaam: 'beheerder', wachtwoord: WACHTWOORD }),
      });
      expect(r.cookies.find((x) => x.name === 'iwj_sessie')?.secure).toBe(true);
    } finally {
      await app.close();
    }
  });

  it('refuses a wrong password and throttles guessing: after five failures even the right password waits', async () => {
    await new ToegangRepository(o.t.db).maakGebruiker({ gebruikersnaam: 'doelwit', naam: 'Doelwit', wachtwoord: WACHTWOORD, rollen: ['medewerker'] });
    const adres = '10.9.8.7';
    for (let i = 0; i < 5; i++) expect((await meldAan('doelwit', 'fout-wachtwoord-123', adres)).statusCode).toBe(401);
    // From another address too: the count is per account.
    const geblokkeerd = await meldAan('doelwit', WACHTWOORD, '10.9.8.6');
    expect(geblokkeerd.statusCode).toBe(429);
    expect(geblokkeerd.body).toContain('Te veel mislukte pogingen');
    const [n] = await rows<{ n: number }>(`select count(*)::int as n from audit where actie = 'aanmelden-mislukt'`);
    expect(n!.n).toBeGreaterThanOrEqual(5);
  });

  it('checks the role on every page: 403 for the wrong role, and the audit log records the refusal', async () => {
    const gevallen: [string, string, number][] = [
      ['contractmanager', '/afkeuren', 403],
      ['contractmanager', '/berichten/1', 403],
      ['medewerker', '/kpi', 403],
      ['medewerker', '/registers/contracten', 403],
      ['medewerker', '/beheer/gebruikers', 403],
      ['contractmanager', '/beheer/api-sleutels', 403],
      ['medewerker', '/afkeuren', 200],
      ['medewerker', '/verkeer', 200],
      ['contractmanager', '/verkeer', 200],
      ['contractmanager', '/kpi', 200],
      ['contractmanager', '/registers/contracten', 200],
      ['beheerder', '/afkeuren', 200],
      ['beheerder', '/beheer/audit', 200],
    ];
    for (const [wie, url, code] of gevallen) expect((await get(wie, url)).statusCode, `${wie} ${url}`).toBe(code);
    const geweigerd = await get('medewerker', '/kpi');
    expect(geweigerd.body).toContain('U heeft geen toegang tot deze pagina');
    const [n] = await rows<{ n: number }>(`select count(*)::int as n from audit where actie = 'geweigerd' and wie = 'gebruiker:${o.gebruikers.medewerker}'`);
    expect(n!.n).toBeGreaterThan(0);
    // The contractmanager's menu does not offer the review pages.
    expect((await get('contractmanager', '/')).body).not.toContain('href="/afkeuren"');
  });

  it('refuses a form without the CSRF token of the session', async () => {
    const [p] = await rows<{ id: string }>(`select id from prestatie where status = 'afgewezen' order by id limit 1`);
    const r = await post('medewerker', `/prestaties/${p!.id}/beslissing`, { besluit: 'toekennen', reden: 'zonder token' }, false);
    expect(r.statusCode).toBe(403);
    const fout = await post('medewerker', `/prestaties/${p!.id}/beslissing`, { _csrf: 'niet-het-token', besluit: 'toekennen', reden: 'verkeerd token' }, false);
    expect(fout.statusCode).toBe(403);
    expect((await rows(`select 1 from beslissing where prestatie_id = ${p!.id} and door <> 'systeem'`)).length).toBe(0);
  });

  it('lists the queue with masked BSNs, filters it, and pages it', async () => {
    const r = await get('medewerker', '/afkeuren');
    expect(r.statusCode).toBe(200);
    const bsns = await rows<{ bsn: string }>(`select distinct bsn from prestatie`);
    for (const { bsn } of bsns) {
      expect(r.body).not.toContain(bsn);
    }
    expect(r.body).toMatch(/\*{5}\d{4}/);
    expect(r.body).toContain('<th scope="col">Retourcodes</th>');
    const gefilterd = await get('medewerker', '/afkeuren?status=in-onderzoek');
    expect(gefilterd.body).toContain('In onderzoek');
    expect(gefilterd.body).not.toContain('Technisch afgekeurd</span>');
    const klein = await get('medewerker', '/afkeuren?sortering=oud&soort=bericht');
    expect(klein.body).toContain('value="oud" selected');
  });

  it('shows a message with its retourcodes and their official meaning, the highlighted XML and the timeline, and audits the view', async () => {
    const [p] = await rows<{ bericht_id: string; bsn: string }>(`select bericht_id, bsn from prestatie where status = 'afgewezen' order by id limit 1`);
    const r = await get('medewerker', `/berichten/${p!.bericht_id}`);
    expect(r.statusCode).toBe(200);
    expect(r.body).toContain('Het ingediende volume overschrijdt het toegewezen volume.');
    expect(r.body).toMatch(/class="xml-regel xml-fout"/);
    expect(r.body).toContain('Tijdlijn van de cliënt');
    expect(r.body).toMatch(/href="\/berichten\/\d+">(WMO|JW)301</);
    const audit = await new ToegangRepository(o.t.db).auditLog({ onderwerp: 'bericht', onderwerpId: p!.bericht_id });
    expect(audit.some((a) => a.actie === 'bekeken' && a.wie === `gebruiker:${o.gebruikers.medewerker}`)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(p!.bsn);
    expect((await get('medewerker', '/berichten/99999999')).statusCode).toBe(404);
  });

  it('overrides a prestatie in onderzoek with a reason through the form; the 325 is then made and the page says so', async () => {
    const [p] = await rows<{ id: string; bericht_id: string }>(
      `select p.id, p.bericht_id from prestatie p where p.status = 'in-onderzoek' and (select count(*) from prestatie q where q.bericht_id = p.bericht_id and q.status = 'in-onderzoek') = 1 order by p.id limit 1`,
    );
    const zonder = await post('medewerker', `/prestaties/${p!.id}/beslissing`, { besluit: 'toekennen', reden: '' });
    expect(zonder.statusCode).toBe(400);
    expect(zonder.body).toContain('Geef een reden op');
    const r = await post('medewerker', `/prestaties/${p!.id}/beslissing`, { besluit: 'toekennen', reden: 'BRP-uittreksel bevestigt de woonplaats' });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`/berichten/${p!.bericht_id}?gedaan=toekennen&retour=1#prestatie-${p!.id}`);
    expect(o.naBeslissing).toContain(Number(p!.bericht_id));
    const pagina = await get('medewerker', r.headers.location as string);
    expect(pagina.body).toContain('de 325 is gemaakt');
    expect(pagina.body).toMatch(/id="retour-link">(WMO|JW)325/);
    expect(pagina.body).toContain('BRP-uittreksel bevestigt de woonplaats');
    expect((await new BerichtRepository(o.t.db).retourVan(Number(p!.bericht_id)))?.berichttype).toMatch(/325$/);
  });

  it('acts on a filtered selection in bulk only after a confirmation step, one audit entry per item', async () => {
    const voor = await rows<{ id: string }>(`select id from bericht where status = 'technisch-afgekeurd'`);
    const stap1 = await post('medewerker', '/afkeuren/bulk', { status: 'technisch-afgekeurd', besluit: 'bevestigen' });
    expect(stap1.statusCode).toBe(200);
    expect(stap1.body).toContain(`<strong>${voor.length}</strong>`);
    expect((await rows(`select 1 from audit where actie = 'bevestigd'`)).length).toBe(0);
    const stap2 = await post('medewerker', '/afkeuren/bulk', { status: 'technisch-afgekeurd', besluit: 'bevestigen', stap: 'uitvoeren' });
    expect(stap2.body).toContain(`${voor.length} onderdelen behandeld`);
    const audit = await rows<{ onderwerp_id: string }>(`select onderwerp_id from audit where actie = 'bevestigd' and onderwerp = 'bericht'`);
    expect(audit.map((a) => a.onderwerp_id).sort()).toEqual(voor.map((v) => v.id).sort());
    // Handled now: the open filter no longer lists them.
    expect((await get('medewerker', '/afkeuren?status=technisch-afgekeurd&behandeling=open')).body).toContain('Geen afkeuringen');
  });

  it('draws the KPI dashboard from the KPI API’s own figures: charts, tables, and the API’s CSV for Excel', async () => {
    const peildatum = o.peildata[o.peildata.length - 1]!;
    const r = await get('contractmanager', `/kpi?peildatum=${peildatum}&gemeente=0983`);
    expect(r.statusCode).toBe(200);
    expect((r.body.match(/<svg class="grafiek"/g) ?? []).length).toBe(8);
    expect(r.body).toContain('<title id="g-budget-titel">');
    // The budget per month as the API answers it for this choice: every month's cumulative forecast is in the table.
    const api = await get('contractmanager', `/api/v1/kpi/budget?peildatum=${peildatum}&gemeente=0983&per=maand`);
    expect(api.statusCode).toBe(200);
    const maanden = (api.json() as { rijen: { prognoseCumulatiefCent: number | null }[] }).rijen;
    expect(maanden).toHaveLength(12);
    for (const m of maanden) expect(r.body).toContain(euro(m.prognoseCumulatiefCent!));
    // Each table links to the API's CSV of the same question.
    const links = [...r.body.matchAll(/<a class="download" href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(links).toHaveLength(8);
    for (const l of links) expect(l).toMatch(/^\/api\/v1\/kpi\/[a-z]+\?.*gemeente=0983.*&formaat=csv&komma=true$/);
    const budgetCsv = links.find((l) => l.startsWith('/api/v1/kpi/budget?') && l.includes('per=maand'))!;
    const csv = await get('contractmanager', budgetCsv);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.startsWith('\uFEFFMaand;Jaar;Realisatie (€);')).toBe(true);
    expect(csv.body.trim().split('\r\n')).toHaveLength(13);
    // One audit entry for the page view, with the choice.
    const [audit] = await rows<{ details: Record<string, string> }>(`select details from audit where onderwerp = 'kpi' and actie = 'bekeken' and onderwerp_id is null order by id desc limit 1`);
    expect(audit!.details).toEqual({ peildatum, gemeente: '0983' });
  });

  it('says so when there is no KPI snapshot yet', async () => {
    const leeg = await createTestDatabase('backoffice_kpi_leeg');
    const app = await buildApp({ database: leeg, api: [kpiRoutes(leeg)], root: [backoffice({ database: leeg, veiligeCookies: false })] });
    try {
      await new ToegangRepository(leeg.db).maakGebruiker({ gebruikersnaam: 'cm', naam: 'Test cm', wachtwoord: WACHTWOORD, rollen: ['contractmanager'] });
      const g = await app.inject({ method: 'GET', url: '/aanmelden' });
      const login = await app.inject({
        method: 'POST',
        url: '/aanmelden',
        cookies: cookiesUit(g),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: formulier({ _aanmeld: /name="_aanmeld" value="([^"]+)"/.exec(g.body)![1]!, gebruikersnaam: 'cm', wachtwoord: WACHTWOORD, terug: '/' }),
      });
      const r = await app.inject({ method: 'GET', url: '/kpi', cookies: { iwj_sessie: cookiesUit(login)['iwj_sessie']! } });
      expect(r.statusCode).toBe(200);
      expect(r.body).toContain('Er is nog geen momentopname van de kengetallen');
      expect(r.body).not.toContain('<svg class="grafiek"');
    } finally {
      await app.close();
      await leeg.drop();
    }
  });

  it('shows the woonplaats register without BSNs in clear, and replaces a register from a CSV only when every row is right', async () => {
    const w = await get('beheerder', '/registers/woonplaats');
    const [eerste] = await rows<{ bsn: string }>(`select bsn from woonplaats order by id limit 1`);
    expect(w.body).not.toContain(eerste!.bsn);
    expect(w.body).toContain(`*****${eerste!.bsn.slice(-4)}`);

    const upload = async (naam: string, csv: string) => {
      const s = await sessie(naam);
      const grens = '----iwjgrens';
      const payload =
        `--${grens}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${s.csrf}\r\n` +
        `--${grens}\r\nContent-Disposition: form-data; name="bestand"; filename="aanbieders.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${grens}--\r\n`;
      return o.app.inject({ method: 'POST', url: '/registers/aanbieders', cookies: s.cookies, headers: { 'content-type': `multipart/form-data; boundary=${grens}` }, payload });
    };
    const voor = await rows<{ n: number }>(`select count(*)::int as n from aanbieder`);
    const fout = await upload('beheerder', 'agb,naam\n12345678,Goed\nabc,Fout\n');
    expect(fout.statusCode).toBe(400);
    expect(fout.body).toContain('er is niets geïmporteerd');
    expect(await rows<{ n: number }>(`select count(*)::int as n from aanbieder`)).toEqual(voor);
    expect((await upload('contractmanager', 'agb,naam\n12345678,Goed\n')).statusCode).toBe(403);
    const alle = await rows<{ agb: string; naam: string }>(`select agb, naam from aanbieder order by id`);
    const goed = await upload('beheerder', `agb,naam\n${alle.map((a) => `${a.agb},"${a.naam}"`).join('\n')}\n12345678,Nieuwe Aanbieder\n`);
    expect(goed.statusCode).toBe(200);
    expect(goed.body).toContain(`${alle.length + 1} rijen geïmporteerd`);
    expect((await rows(`select 1 from audit where actie = 'geimporteerd' and onderwerp = 'register' and onderwerp_id = 'aanbieders'`)).length).toBe(1);
  });

  it('lets a beheerder make an API key that is shown once and revoke it, and make an account with a one-time password', async () => {
    const r = await post('beheerder', '/beheer/api-sleutels', { naam: 'suite-venlo', rechten: ['aanleveren', 'lezen'] });
    const sleutel = /id="nieuwe-sleutel">(iwj_[^<]+)</.exec(r.body)?.[1];
    expect(sleutel).toBeTruthy();
    expect((await o.app.inject({ method: 'GET', url: '/api/v1/wie', headers: { authorization: `Bearer ${sleutel}` } })).statusCode).toBe(200);
    const lijst = await get('beheerder', '/beheer/api-sleutels');
    expect(lijst.body).not.toContain(sleutel!);
    const [k] = await rows<{ id: string }>(`select id from api_key where naam = 'suite-venlo'`);
    await post('beheerder', `/beheer/api-sleutels/${k!.id}/intrekken`, {});
    expect((await o.app.inject({ method: 'GET', url: '/api/v1/wie', headers: { authorization: `Bearer ${sleutel}` } })).statusCode).toBe(401);

    const u = await post('beheerder', '/beheer/gebruikers', { gebruikersnaam: 'nieuwe.collega', naam: 'Nieuwe Collega', rollen: ['medewerker'] });
    const eenmalig = /class="eenmalig">([^<]+)</.exec(u.body)![1]!;
    const login = await meldAan('nieuwe.collega', eenmalig);
    expect(login.headers.location).toBe('/wachtwoord');
    const cookies = { iwj_sessie: cookiesUit(login)['iwj_sessie']! };
    // Until the password is changed, every page leads to the password page.
    expect((await o.app.inject({ method: 'GET', url: '/afkeuren', cookies })).headers.location).toBe('/wachtwoord');
    const ww = await o.app.inject({ method: 'GET', url: '/wachtwoord', cookies });
    const wijzig = await o.app.inject({
      method: 'POST',
      url: '/wachtwoord',
      cookies,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: formulier({ _csrf: csrfUit(ww.body), huidig: eenmalig, nieuw: 'mijn-eigen-geheim-2025', herhaal: 'mijn-eigen-geheim-2025' }),
    });
    expect(wijzig.statusCode).toBe(303);
    expect((await o.app.inject({ method: 'GET', url: '/afkeuren', cookies })).statusCode).toBe(200);
  });

  it('makes the first administrator from the command line with a one-time password', async () => {
    let uit = '';
    let err = '';
    const out = { write: (s: string) => ((uit += s), true) } as unknown as NodeJS.WritableStream;
    const fout = { write: (s: string) => ((err += s), true) } as unknown as NodeJS.WritableStream;
    expect(await runUser('add', 'admin', { rollen: ['beheerder'], naam: 'Eerste Beheerder' }, { out, err: fout, database: o.t })).toBe(0);
    const wachtwoord = /eenmalig wachtwoord: (\S+)/.exec(uit)![1]!;
    const g = await new ToegangRepository(o.t.db).controleerWachtwoord('admin', wachtwoord);
    expect(g).toMatchObject({ rollen: ['beheerder'], moetWachtwoordWijzigen: true, naam: 'Eerste Beheerder' });
    expect(await runUser('add', 'admin', { rollen: ['beheerder'] }, { out, err: fout, database: o.t })).toBe(1);
    expect(await runUser('add', 'iemand', { rollen: ['koning'] }, { out, err: fout, database: o.t })).toBe(2);
    expect(err).toContain('onbekende rol koning');
  });
});
