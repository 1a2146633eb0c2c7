/**
 * The backoffice in a real browser (Debian's Chromium through playwright-core): log in, filter the
 * queue, open a rejection, override with a reason, see the audit entry and the 325 it made, open
 * the KPI dashboard and see the charts drawn with data, and be refused as the wrong role.
 * Screenshots of every page go to test-output/screenshots/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maakOmgeving, WACHTWOORD, type BackofficeOmgeving } from './server.js';
import { ontvang, verwerk } from '../../src/pipeline/inline.js';
import { laadRegisterMap } from '../../src/pipeline/registers-laden.js';
import type { Bericht315 } from '../../src/standard/berichten.generated.js';
import { berichttypVan } from '../../src/standard/catalogue.js';
import { buildBericht } from '../../src/xml/build.js';
import { heen } from '../retour/heen.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SCHERMEN = path.resolve('test-output', 'screenshots');

describe('the backoffice in a browser', () => {
  let o: BackofficeOmgeving;
  let browser: Browser;
  let basis: string;
  const consoleFouten: string[] = [];

  const nieuwePagina = async (volgFouten = true): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
    if (!volgFouten) return page;
    page.on('console', (m) => {
      if (m.type() === 'error') consoleFouten.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => consoleFouten.push(`${page.url()}: ${e.message}`));
    return page;
  };
  const foto = (page: Page, naam: string) => page.screenshot({ path: path.join(SCHERMEN, `${naam}.png`), fullPage: true });
  const meldAan = async (page: Page, naam: string): Promise<void> => {
    await page.goto(`${basis}/`);
    await page.getByLabel('Gebruikersnaam').fill(naam);
    await page.getByLabel('Wachtwoord').fill(WACHTWOORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL(`${basis}/`);
  };
  const rows = async <T = Record<string, unknown>>(q: string): Promise<T[]> => (await o.t.db.execute(sql.raw(q)) as unknown as { rows: T[] }).rows;

  beforeAll(async () => {
    fs.mkdirSync(SCHERMEN, { recursive: true });
    o = await maakOmgeving('backoffice_browser');
    basis = await o.app.listen({ host: '127.0.0.1', port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await o?.sluit();
  });

  it('logs in, filters the queue, opens a rejection and overrides it with a reason; the audit entry and the 325 it made are shown', async () => {
    const page = await nieuwePagina();
    await page.goto(`${basis}/afkeuren`);
    await expect.poll(() => page.url()).toContain('/aanmelden');
    // Keyboard: the first Tab reaches the skip link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toBe('Naar de inhoud');
    await foto(page, '01-aanmelden');
    await page.getByLabel('Gebruikersnaam').fill('medewerker');
    await page.getByLabel('Wachtwoord').fill(WACHTWOORD);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL(/\/afkeuren$/);
    await expect.poll(() => page.locator('#afkeuren-tabel tbody tr').count()).toBeGreaterThan(5);
    await foto(page, '02-afkeuren');

    await page.getByLabel('Status').selectOption('in-onderzoek');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/status=in-onderzoek/);
    const statussen = await page.locator('#afkeuren-tabel tbody tr td:nth-child(9)').allTextContents();
    expect(statussen.length).toBeGreaterThan(0);
    expect(new Set(statussen.map((s) => s.trim()))).toEqual(new Set(['In onderzoek']));
    await foto(page, '03-afkeuren-gefilterd');

    // The prestatie that alone keeps its 323 waiting: deciding it lets the 325 be made.
    const [doel] = await rows<{ id: string; bericht_id: string }>(
      `select p.id, p.bericht_id from prestatie p where p.status = 'in-onderzoek'
         and (select count(*) from prestatie q where q.bericht_id = p.bericht_id and q.status = 'in-onderzoek') = 1 order by p.id limit 1`,
    );
    await page.locator(`a[href="/berichten/${doel!.bericht_id}#prestatie-${doel!.id}"]`).click();
    await page.waitForURL(new RegExp(`/berichten/${doel!.bericht_id}`));
    await expect.poll(() => page.locator('.xml-fout').count()).toBeGreaterThan(0);
    expect(await page.locator('#bevindingen').textContent()).toContain('woonplaatsregister');
    expect(await page.locator('.tijdlijn li').count()).toBeGreaterThan(2);
    await foto(page, '04-bericht-in-onderzoek');

    const kaart = page.locator(`#prestatie-${doel!.id}`);
    await kaart.getByLabel('Reden om toe te kennen (verplicht)').fill('Volgens het BRP-uittreksel woonde de cliënt hier; register was achter.');
    await kaart.getByRole('button', { name: 'Toekennen' }).click();
    await page.waitForURL(/gedaan=toekennen/);
    expect(await page.locator('.melding').textContent()).toContain('de 325 is gemaakt');
    expect(await kaart.locator('.status').first().textContent()).toBe('Toegekend');
    const audit = await page.locator('#auditlog tbody').textContent();
    expect(audit).toContain(`Test medewerker (gebruiker:${o.gebruikers.medewerker})`);
    expect(audit).toContain('besloten');
    await kaart.locator('summary', { hasText: 'Beslissingen' }).click();
    expect(await kaart.locator('.geschiedenis').first().textContent()).toContain('Volgens het BRP-uittreksel');
    await foto(page, '05-bericht-besloten');

    await page.locator('#retour-link').click();
    await page.waitForURL(/\/berichten\/\d+$/);
    const xml = await page.locator('pre.xml').textContent();
    expect(xml).toMatch(/325/);
    expect(await page.locator('h1').textContent()).toMatch(/325/);
    // The 325 says what was decided: every prestatie granted now, so the declaratie is granted in full.
    const samenvatting = await page.locator('#antwoord-samenvatting').textContent();
    expect(samenvatting).toContain('8001');
    expect(samenvatting).toContain('Declaratie is volledig toegewezen.');
    await foto(page, '06-retour-325');
  });

  it('shows the berichtenverkeer with volumes, acceptance, deadlines and failed deliveries', async () => {
    const page = await nieuwePagina();
    await meldAan(page, 'medewerker');
    await page.goto(`${basis}/verkeer`);
    await expect.poll(() => page.locator('#volumes-titel').count()).toBe(1);
    expect(await page.locator('#acceptatie tbody tr').count()).toBeGreaterThan(1);
    expect(await page.locator('#mislukt tbody tr').count()).toBeGreaterThan(0);
    await foto(page, '07-berichtenverkeer');
  });

  it('opens the KPI dashboard as contractmanager and draws every chart with the KPI API’s figures of the region, each with its table and the API’s CSV', async () => {
    const page = await nieuwePagina();
    await meldAan(page, 'contractmanager');
    const peildatum = o.peildata[o.peildata.length - 1]!;
    await page.goto(`${basis}/kpi`);
    // The newest snapshot by default.
    expect(await page.getByLabel('Peildatum (momentopname)').inputValue()).toBe(peildatum);
    const grafieken = page.locator('svg.grafiek');
    await expect.poll(() => grafieken.count()).toBe(8);
    for (let i = 0; i < 8; i++) {
      const g = grafieken.nth(i);
      // Data marks: bars (rect) or points (circle), each with its value as a tooltip title.
      const merken = await g.locator('rect > title, circle > title').count();
      expect(merken, `chart ${i}`).toBeGreaterThan(0);
      const box = await g.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(100);
    }
    const api = async (pad: string) => {
      const r = await page.request.get(`${basis}/api/v1/kpi/${pad}`);
      expect(r.status(), pad).toBe(200);
      return (await r.json()) as { rijen: Record<string, number | string | null>[]; kolommen: { sleutel: string; kop: string }[] };
    };
    const cellen = (id: string, kolom: number) => page.locator(`#${id} tbody tr > :nth-child(${kolom})`).allTextContents();
    const getal = (t: string) => Number(t.replace(/\./g, '').replace(',', '.').replace(/[^0-9.-]/g, ''));

    // Wachttijd: the distribution's bars and table are the API's class counts, and there were starts.
    const wachttijd = (await api(`wachttijd?peildatum=${peildatum}&per=totaal`)).rijen[0]!;
    const klassen = ['dagen0tot7', 'dagen8tot14', 'dagen15tot28', 'dagen29tot56', 'dagen57tot91', 'dagen92plus'].map((k) => Number(wachttijd[k]));
    expect(Number(wachttijd['aantal'])).toBeGreaterThan(0);
    expect((await cellen('wachttijd-verdeling', 2)).map(getal)).toEqual(klassen);
    expect(await page.locator('#wachttijd-verdeling svg.grafiek rect > title').count()).toBe(klassen.filter((n) => n !== 0).length + klassen.filter((n) => n === 0).length);
    // The trends: one point per month end with a snapshot.
    expect(await page.locator('#wachtlijst-trend tbody tr').count()).toBe(o.peildata.length);
    expect(await page.locator('#wachtlijst-trend svg.grafiek circle').count()).toBeGreaterThanOrEqual(o.peildata.length);
    const wachtlijst = (await api(`wachtlijst?per=peildatum&van=2024-07-01&tot=${peildatum}`)).rijen;
    expect((await cellen('wachtlijst-trend', 2)).map(getal)).toEqual(wachtlijst.map((r) => Number(r['aantal'])));
    // Instroom and uitstroom per month, as the API counts them.
    const stroom = (await api(`stroom?peildatum=${peildatum}&per=maand`)).rijen;
    expect((await cellen('instroom-uitstroom', 2)).map(getal)).toEqual(stroom.map((r) => Number(r['instroom'])));
    expect(stroom.reduce((s, r) => s + Number(r['instroom']), 0)).toBeGreaterThan(0);
    // Bezetting: one bar pair per aanbieder.
    const bezetting = (await api(`bezetting?peildatum=${peildatum}&per=aanbieder`)).rijen;
    expect(await page.locator('#bezetting tbody tr').count()).toBe(bezetting.length);
    // Budget: the burn per month against the agreements made, cumulative realisation and forecast.
    const budget = (await api(`budget?peildatum=${peildatum}&per=maand`)).rijen;
    const tot = (await api(`budget?peildatum=${peildatum}&per=totaal`)).rijen[0]!;
    expect(Number(tot['bedragCent'])).toBeGreaterThan(0);
    expect((await cellen('budget-verloop', 5)).map(getal)).toEqual(budget.map((r) => Number(r['prognoseCumulatiefCent']) / 100));
    expect(await page.locator('#budget-verloop svg.grafiek polyline').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('#budget-verloop svg.grafiek text', { hasText: /Plafond|Budget/ }).count()).toBeGreaterThan(0);

    // Every table's CSV is the API's, for Dutch Excel.
    const links = await page.locator('a.download').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toHaveLength(8);
    const csv = await page.request.get(`${basis}${links[links.length - 1]}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect((await csv.text()).startsWith('\uFEFF')).toBe(true);

    await foto(page, '08-kpi');
    for (const blok of ['wachttijd', 'wachtlijst', 'stroom', 'bezetting', 'budget']) {
      await page.locator(`#kop-${blok}`).locator('..').screenshot({ path: path.join(SCHERMEN, `09-kpi-${blok}.png`) });
    }

    // One gemeente: the figures change with the choice.
    await page.getByLabel('Gemeente').selectOption('0984');
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.waitForURL(/gemeente=0984/);
    await expect.poll(() => grafieken.count()).toBe(8);
    const stroom0984 = (await api(`stroom?peildatum=${peildatum}&per=maand&gemeente=0984`)).rijen;
    expect((await cellen('instroom-uitstroom', 2)).map(getal)).toEqual(stroom0984.map((r) => Number(r['instroom'])));
    await foto(page, '09-kpi-gemeente-0984');

    // One aanbieder with budget afspraken: its burn line against the afspraak and the bandbreedte.
    const [afspraak] = await rows<{ agb: string }>(
      `select agb from budgetafspraak where gemeentecode = '0984' group by agb having bool_and(soort = 'afspraak') order by agb limit 1`,
    );
    await page.locator('#k-aanbieder').selectOption(afspraak!.agb);
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.waitForURL(new RegExp(`aanbieder=${afspraak!.agb}`));
    const verloop = page.locator('#budget-verloop svg.grafiek');
    expect(await verloop.locator('polygon > title').textContent()).toBe('Bandbreedte ±5%');
    expect(await verloop.locator('text', { hasText: 'Budgetafspraak' }).count()).toBe(1);
    await page.locator('#kop-budget').locator('..').screenshot({ path: path.join(SCHERMEN, '09-kpi-budget-afspraak.png') });
  });

  it('refuses an unauthorised role', async () => {
    // (The 403 itself is reported on the console; this page's messages are not collected.)
    const page = await nieuwePagina(false);
    await meldAan(page, 'contractmanager');
    const r = await page.goto(`${basis}/afkeuren`);
    expect(r?.status()).toBe(403);
    expect(await page.locator('main').textContent()).toContain('U heeft geen toegang tot deze pagina');
    expect(await page.locator('nav.hoofdmenu').textContent()).not.toContain('Afkeuren');
    await foto(page, '10-geen-toegang');
  });

  it('shows registers and beheer to the beheerder', async () => {
    const page = await nieuwePagina();
    await meldAan(page, 'beheerder');
    await page.goto(`${basis}/registers/woonplaats`);
    expect(await page.locator('#register-tabel tbody tr').first().textContent()).toMatch(/\*{5}\d{4}/);
    await foto(page, '11-registers-woonplaats');
    await page.goto(`${basis}/registers/contracten`);
    await foto(page, '12-registers-contracten');
    await page.goto(`${basis}/beheer/api-sleutels`);
    await page.getByLabel('Kanaal').fill('vecozo');
    await page.getByRole('button', { name: 'Sleutel maken' }).click();
    expect(await page.locator('#nieuwe-sleutel').textContent()).toMatch(/^iwj_/);
    await foto(page, '13-beheer-api-sleutels');
    await page.goto(`${basis}/beheer/audit`);
    await foto(page, '14-beheer-audit');
  });

  it('ends a message that waits in onderzoek as a whole "afgehandeld buiten het berichtenverkeer", with a reason', async () => {
    // A 315 addressed to a gemeente this installation does not work for: HD001 holds it in onderzoek.
    const b: Bericht315 = heen('iJw', '315');
    b.Header.BerichtIdentificatie.Identificatie = 'BROWSER315';
    b.Header.Ontvanger = '0363';
    const { deps } = o.regio;
    // Amsterdam in the gemeenten register (as a full CBS list has it), so TR378 lets the code pass.
    const registers = path.join(o.regio.regio.dir, 'registers');
    const gemeentenCsv = path.join(fs.mkdtempSync(path.join(registers, 'extra-')), 'gemeenten.csv');
    fs.writeFileSync(gemeentenCsv, `${fs.readFileSync(path.join(registers, 'gemeenten.csv'), 'utf8').trimEnd()}\n0363,Amsterdam,2000-01-01,\n`);
    await laadRegisterMap(deps.database, path.dirname(gemeentenCsv), 'test');
    const ontvangen = await ontvang(deps, { bron: 'cli' }, [{ naam: 'niet-voor-ons.xml', bytes: Buffer.from(buildBericht(berichttypVan('iJw', '315').standaard, '315', b)) }]);
    const id = ontvangen.berichten[0]!.berichtId;
    await verwerk(deps, [id]);
    expect((await rows<{ status: string }>(`select status from bericht where id = ${id}`))[0]?.status).toBe('in-onderzoek');

    const page = await nieuwePagina();
    await meldAan(page, 'medewerker');
    await page.goto(`${basis}/berichten/${id}`);
    await page.getByLabel('Reden (verplicht)').fill('Doorgestuurd naar de gemeente Amsterdam; aanbieder per mail ingelicht.');
    await page.getByRole('button', { name: 'Afgehandeld buiten het berichtenverkeer' }).click();
    await expect.poll(async () => page.locator('#afgehandeld').count()).toBe(1);
    const melding = await page.locator('#afgehandeld').textContent();
    expect(melding).toContain(`Test medewerker (gebruiker:${o.gebruikers.medewerker})`);
    expect(melding).toContain('Doorgestuurd naar de gemeente Amsterdam');
    expect((await rows<{ status: string }>(`select status from bericht where id = ${id}`))[0]?.status).toBe('afgehandeld');
    await foto(page, '15-bericht-afgehandeld');
    await page.close();
  });

  it('ran without script errors or blocked resources (CSP) on any page', () => {
    expect(consoleFouten).toEqual([]);
  });
});
