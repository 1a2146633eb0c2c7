import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KpiRepository, type VerversUitkomst } from '../../src/db/repositories/kpi.js';
import { RegisterRepository } from '../../src/db/repositories/registers.js';
import { kpiFiguur, type KpiRij } from '../../src/kpi/figuren.js';
import { kolommenVoor } from '../../src/kpi/kolommen.js';
import { FIGUREN, leesVraag, type RuweVraag } from '../../src/kpi/vraag.js';
import { A1, A2, A3, A4, G, laadKpiFeiten, PEILDATUM } from '../kpi/feiten.js';
import { createTestDatabase, type TestDatabase } from './database.js';

/** Every figure of the hand-made facts in `test/kpi/feiten.ts`, worked out by hand. */
describe('KPI refresh and figures against PostgreSQL', () => {
  let t: TestDatabase;
  let kpi: KpiRepository;
  let eerste: VerversUitkomst;

  const figuur = async (naam: string, ruw: RuweVraag = {}): Promise<readonly KpiRij[]> =>
    (await kpiFiguur(kpi, leesVraag(naam, ruw), new RegisterRepository(t.db))).rijen;

  beforeAll(async () => {
    t = await createTestDatabase('kpi');
    await laadKpiFeiten(t.db);
    kpi = new KpiRepository(t.db);
    eerste = await kpi.ververs({ peildatum: PEILDATUM, door: 'test' });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('records the refresh: peildatum, rows per table, trajecten and prestaties read', async () => {
    // Trajecten 1–8, 10, 13 and 14: not 9 (verwijderd), 11 (tegengehouden), 12 (after the peildatum).
    expect(eerste).toMatchObject({ peildatum: PEILDATUM, trajecten: 11, opgeruimd: [] });
    // 12 prestaties in 2025, 6 in 2024, a credit, a rejected one and one in onderzoek; not the duplicate, not 2023.
    expect(eerste.prestaties).toBe(21);
    expect(eerste.rijen).toBe(Object.values(eerste.rijenPerTabel).reduce((s, n) => s + n, 0));
    const [log] = await kpi.refreshes(1);
    expect(log).toMatchObject({ id: eerste.refreshId, peildatum: PEILDATUM, status: 'klaar', door: 'test', rijen: eerste.rijen, trajecten: 11, prestaties: 21 });
    expect(log!.duurMs).toBeGreaterThanOrEqual(0);
    expect(await kpi.peildata()).toEqual([PEILDATUM]);
  });

  it('wachttijd: the trajecten started in 2025 waited 14, 32, 0, −12 (→ 0), 7 and 28 days', async () => {
    expect(await figuur('wachttijd')).toEqual([
      // classes: 0, 0, 7 | 14 | 28 | 32
      { aantal: 6, gemiddeldDagen: 13.5, mediaanDagen: 10.5, p90Dagen: 30, aantalBoven28: 1, aandeelBoven28Pct: 16.7, gestartVoorToewijzing: 1, dagen0tot7: 3, dagen8tot14: 1, dagen15tot28: 1, dagen29tot56: 1, dagen57tot91: 0, dagen92plus: 0 },
    ]);
    expect(await figuur('wachttijd', { per: 'aanbieder' })).toEqual([
      // 14, 28, 32: mean 24,7; p90 at h = 1,8: 28 + 0,8 × 4
      { aanbieder: A1, aanbiederNaam: null, aantal: 3, gemiddeldDagen: 24.7, mediaanDagen: 28, p90Dagen: 31.2, aantalBoven28: 1, aandeelBoven28Pct: 33.3, gestartVoorToewijzing: 0, dagen0tot7: 0, dagen8tot14: 1, dagen15tot28: 1, dagen29tot56: 1, dagen57tot91: 0, dagen92plus: 0 },
      // 0 (−12), 0, 7: p90 at h = 1,8: 0 + 0,8 × 7
      { aanbieder: A2, aanbiederNaam: null, aantal: 3, gemiddeldDagen: 2.3, mediaanDagen: 0, p90Dagen: 5.6, aantalBoven28: 0, aandeelBoven28Pct: 0, gestartVoorToewijzing: 1, dagen0tot7: 3, dagen8tot14: 0, dagen15tot28: 0, dagen29tot56: 0, dagen57tot91: 0, dagen92plus: 0 },
    ]);
  });

  it('takes its percentiles the way PostgreSQL percentile_cont does', async () => {
    const r = await t.db.execute(sql`select percentile_cont(array[0.5, 0.9]) within group (order by x) as p from unnest(array[0, 0, 7, 14, 28, 32]) as x`);
    expect((r as unknown as { rows: { p: number[] }[] }).rows[0]!.p).toEqual([10.5, 30]);
  });

  it('wachtlijst: trajecten 4 (60 days), 5 (14, from its later Ingangsdatum), 10 (90: its start was rejected) and 14 (119)', async () => {
    expect(await figuur('wachtlijst')).toEqual([
      {
        aantal: 4,
        gemiddeldDagen: 70.8,
        mediaanDagen: 75,
        langsteDagen: 119,
        aantalBoven28: 3,
        aandeelBoven28Pct: 75,
        dagen0tot7: 0,
        dagen8tot14: 1,
        dagen15tot28: 0,
        dagen29tot56: 0,
        dagen57tot91: 2,
        dagen92plus: 1,
      },
    ]);
    expect((await figuur('wachtlijst', { per: 'segment' })).map((r) => [r['segment'], r['aantal']])).toEqual([
      ['jeugd-ambulant', 3],
      ['onbekend', 1],
    ]);
  });

  it('wachtlijst-langst: the longest waits, identified by ToewijzingNummer only', async () => {
    const rijen = await figuur('wachtlijst-langst', { limiet: '3' });
    expect(rijen.map((r) => [r['toewijzingNummer'], r['dagen'], r['wachtSinds']])).toEqual([
      [14, 119, '2025-03-03'],
      [10, 90, '2025-04-01'],
      [4, 60, '2025-05-01'],
    ]);
    expect(rijen[0]).toMatchObject({ gemeente: G, aanbieder: A3, segment: 'onbekend', perceel: 'onbekend', productcode: '45A01', standaard: 'iJw' });
    expect(JSON.stringify(rijen)).not.toMatch(/99999/);
    const a2 = await figuur('wachtlijst-langst', { aanbieder: A2 });
    expect(a2).toEqual([
      { peildatum: PEILDATUM, gemeente: G, aanbieder: A2, segment: 'jeugd-ambulant', perceel: 'regionaal', productcategorie: '45', productcode: null, standaard: 'iJw', toewijzingNummer: 5, wachtSinds: '2025-06-16', dagen: 14 },
    ]);
  });

  it('doorlooptijd: closed trajecten 2 (79 days), 3 (118) and 8 (112, no 307); open ones 1, 6, 7 and 13', async () => {
    expect(await figuur('doorlooptijd')).toEqual([
      // weeks 12, 16, 17; 309 days / 3
      { soort: 'afgesloten', aantal: 3, gemiddeldDagen: 103, gemiddeldWeken: 14.7, mediaanWeken: 16, p90Weken: 16.8 },
      // ages 162, 172, 162, 148 days: weeks 24, 25, 24, 22; 644 / 4
      { soort: 'lopend', aantal: 4, gemiddeldDagen: 161, gemiddeldWeken: 23, mediaanWeken: 24, p90Weken: 24.7 },
    ]);
    const perReden = await figuur('doorlooptijd', { per: 'reden' });
    expect(perReden.filter((r) => r['soort'] === 'afgesloten').map((r) => [r['reden'], r['redenOmschrijving'], r['aantal'], r['gemiddeldDagen']])).toEqual([
      ['31', 'Levering is volgens plan beeindigd.', 1, 79],
      ['32', 'Voortijdig afgesloten: eenzijdig door de client.', 1, 118],
      ['geen-307', 'Einddatum toewijzing verstreken zonder stopbericht (307)', 1, 112],
    ]);
  });

  it('stroom: instroom by first start, uitstroom by end, every month up to the peildatum', async () => {
    const rijen = await figuur('stroom');
    expect(rijen.map((r) => [r['maand'], r['instroom'], r['uitstroom'], r['eindeVoor'], r['eindeOp']])).toEqual([
      ['2025-01', 4, 0, 0, 0],
      ['2025-02', 1, 0, 0, 0],
      ['2025-03', 1, 1, 1, 0],
      ['2025-04', 0, 1, 0, 1],
      ['2025-05', 0, 1, 0, 1],
      ['2025-06', 0, 0, 0, 0],
    ]);
    expect(await figuur('stroom', { per: 'totaal' })).toEqual([
      { instroom: 6, uitstroom: 3, netto: 3, eindeVoor: 1, eindeOp: 2, eindeNa: 0, eindeOpen: 0, aandeelVoorPct: 33.3, aandeelOpPct: 66.7, aandeelNaPct: 0, aandeelOpenPct: 0 },
    ]);
  });

  it('bezetting: care days in 2025 up to 30 June against the agreed plekken', async () => {
    expect(await figuur('bezetting')).toEqual([
      {
        aanbieder: A1,
        aanbiederNaam: null,
        gemeente: G,
        gemeenteNaam: null,
        segment: 'jeugd-ambulant',
        jaar: 2025,
        // trajecten 1 (162 days), 2 (79), 3 (74 in 2025), 13 (148)
        trajecten: 4,
        zorgdagen: 463,
        plekkenBezet: 2.56,
        plekkenJaar: 1.27,
        gemiddeldeBezettingPct: 31.7,
        clientenPerPlek: 1.56,
        afgesprokenPlekken: null,
        onbezettePlekken: null,
        bezettingsgraadPct: null,
        terugbetalingCent: null,
      },
      {
        aanbieder: A2,
        aanbiederNaam: null,
        gemeente: G,
        gemeenteNaam: null,
        segment: 'jeugd-verblijf',
        jaar: 2025,
        // trajecten 6 (172 days), 7 (40 + 91 around its pause), 8 (112, up to its toewijzing's end)
        trajecten: 3,
        zorgdagen: 415,
        plekkenBezet: 2.29,
        plekkenJaar: 1.14,
        gemiddeldeBezettingPct: 37.9,
        clientenPerPlek: 1.31,
        afgesprokenPlekken: 4,
        // 4 − 415/181 = 309/181 plekken at € 9.125 each (€ 36.500 / 4) = € 15.578,04
        onbezettePlekken: 1.71,
        bezettingsgraadPct: 57.3,
        terugbetalingCent: 1_557_804,
      },
    ]);
    // Per productcode the agreements (per segment) cannot be split.
    expect((await figuur('bezetting', { per: 'productcode' })).map((r) => [r['productcode'], r['zorgdagen'], r['afgesprokenPlekken']])).toEqual([
      ['43V01', 415, null],
      ['45A01', 463, null],
    ]);
  });

  it('budget: realisation, forecasts and the expected settlement per agreement', async () => {
    const rijen = await figuur('budget');
    expect(rijen).toHaveLength(3);
    expect(rijen[0]).toEqual({
      aanbieder: A1,
      aanbiederNaam: null,
      gemeente: G,
      gemeenteNaam: null,
      segment: 'jeugd-ambulant',
      jaar: 2025,
      // 6 × 300.000 − a credit of 20.000
      realisatieCent: 1_780_000,
      inOnderzoekCent: 5_000,
      basisMaanden: 6,
      prognoseLineairCent: 3_560_000,
      // + Jul–Dec 2024, 6 × 250.000
      prognoseSeizoenCent: 3_280_000,
      prognoseCent: 3_280_000,
      prognoseMethode: 'seizoen',
      soort: 'plafond',
      bedragCent: 2_000_000,
      bandbreedtePct: null,
      voorschotCent: null,
      uitputtingPct: 89,
      verwachteAfwijkingCent: 1_280_000,
      verwachteAfwijkingPct: 64,
      binnenBand: false,
      afrekenwijze: 'buiten-band',
      verwachteVerrekeningCent: 0,
      verwachteVergoedingCent: 2_000_000,
      verwachteOverschrijdingCent: 1_280_000,
      verwachteAfrekeningCent: -2_000_000,
    });
    expect(rijen[1]).toMatchObject({
      aanbieder: A2,
      segment: 'jeugd-verblijf',
      realisatieCent: 900_000,
      prognoseSeizoenCent: null,
      prognoseCent: 1_800_000,
      prognoseMethode: 'lineair',
      soort: 'afspraak',
      bandbreedtePct: 5,
      uitputtingPct: 24.7,
      verwachteAfwijkingCent: -1_850_000,
      verwachteAfwijkingPct: -50.7,
      binnenBand: false,
      // band 3.467.500 – 3.832.500: only the part below it is settled
      verwachteVerrekeningCent: -1_667_500,
      verwachteVergoedingCent: 1_982_500,
      verwachteAfrekeningCent: 1_017_500,
    });
    expect(rijen[2]).toMatchObject({ aanbieder: A4, segment: 'wmo-huishouden', realisatieCent: 0, prognoseCent: 0, bedragCent: 100_000, verwachteAfwijkingPct: -100, verwachteAfrekeningCent: 0 });

    const geheel = await figuur('budget', { aanbieder: A2, afrekening: 'geheel' });
    expect(geheel[0]).toMatchObject({ afrekenwijze: 'geheel', verwachteVerrekeningCent: -1_850_000, verwachteVergoedingCent: 1_800_000, verwachteAfrekeningCent: 1_200_000 });

    expect(await figuur('budget', { per: 'totaal' })).toEqual([
      expect.objectContaining({
        realisatieCent: 2_680_000,
        prognoseCent: 5_080_000,
        prognoseSeizoenCent: null,
        prognoseLineairCent: 5_360_000,
        bedragCent: 5_750_000,
        verwachteAfwijkingCent: -670_000,
        verwachteAfwijkingPct: -11.7,
        uitputtingPct: 46.6,
        verwachteAfrekeningCent: -982_500,
      }),
    ]);
  });

  it('budget per month: the realisation and the forecast spread over the months, adding up to the year figure', async () => {
    const rijen = await figuur('budget', { per: 'maand' });
    expect(rijen.map((r) => r['maand'])).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2025-${m}`));
    // A1 300.000 a month (March: − the credit of 20.000) + A2 150.000 a month; in onderzoek 5.000 in May
    expect(rijen.slice(0, 6).map((r) => [r['realisatieCent'], r['inOnderzoekCent'], r['prognoseCent']])).toEqual([
      [450_000, 0, 450_000],
      [450_000, 0, 450_000],
      [430_000, 0, 430_000],
      [450_000, 0, 450_000],
      [450_000, 5_000, 450_000],
      [450_000, 0, 450_000],
    ]);
    // After June: A1 seasonal (its months of 2024, 250.000) + A2 linear ((1.800.000 − 900.000) / 6 = 150.000)
    expect(rijen.slice(6).map((r) => [r['realisatieCent'], r['realisatieCumulatiefCent'], r['prognoseCent']])).toEqual(Array(6).fill([null, null, 400_000]));
    expect(rijen[5]).toMatchObject({ realisatieCumulatiefCent: 2_680_000, prognoseCumulatiefCent: 2_680_000, prognoseMethode: null });
    // The year figure's realisation and forecast (per=totaal: 2.680.000 and 5.080.000)
    expect(rijen[11]).toMatchObject({ jaar: 2025, prognoseCumulatiefCent: 5_080_000 });
    expect(Object.keys(rijen[0]!).sort()).toEqual(kolommenVoor('budget', ['maand']).map((k) => k.sleutel).sort());

    const a2 = await figuur('budget', { per: 'aanbieder,maand', aanbieder: A2 });
    expect(a2).toHaveLength(12);
    expect(a2[11]).toMatchObject({ aanbieder: A2, maand: '2025-12', prognoseCumulatiefCent: 1_800_000, prognoseMethode: 'lineair' });
    const a1 = await figuur('budget', { per: 'maand', aanbieder: A1 });
    expect(a1[11]).toMatchObject({ prognoseCumulatiefCent: 3_280_000, prognoseMethode: 'seizoen' });
  });

  it('filters and groups: per gemeente and aanbieder, with names from the registers', async () => {
    await new RegisterRepository(t.db).replace(
      {
        register: 'aanbieders',
        rows: [
          { agb: A1, naam: 'Jeugdhulp Eén' },
          { agb: A2, naam: 'Verblijf Twee' },
        ],
      },
      { bestand: 'a.csv', sha256: 'x', door: 'test' },
    );
    const rijen = await figuur('wachtlijst', { per: 'gemeente,aanbieder', aanbieder: [A1, A2] });
    expect(rijen.map((r) => [r['gemeente'], r['aanbieder'], r['aanbiederNaam'], r['aantal']])).toEqual([
      [G, A1, 'Jeugdhulp Eén', 2],
      [G, A2, 'Verblijf Twee', 1],
    ]);
    expect(await figuur('wachtlijst', { gemeente: '0999' })).toEqual([expect.objectContaining({ aantal: 0, gemiddeldDagen: null })]);
  });

  it('makes rows with exactly the columns of the export', async () => {
    for (const f of FIGUREN) {
      for (const per of f === 'wachtlijst-langst' ? [''] : ['', 'aanbieder,gemeente', 'peildatum']) {
        const a = await kpiFiguur(kpi, leesVraag(f, per ? { per } : {}), new RegisterRepository(t.db));
        const sleutels = kolommenVoor(a.figuur, a.per).map((k) => k.sleutel).sort();
        for (const r of a.rijen) expect(Object.keys(r).sort(), `${f} per ${per}`).toEqual(sleutels);
      }
    }
    const reden = await kpiFiguur(kpi, leesVraag('doorlooptijd', { per: 'reden' }));
    expect(Object.keys(reden.rijen[0]!).sort()).toEqual(kolommenVoor('doorlooptijd', ['reden']).map((k) => k.sleutel).sort());
  });

  it('replaces the snapshot of a peildatum refreshed again, and keeps other peildata for trends', async () => {
    const tweede = await kpi.ververs({ peildatum: PEILDATUM, door: 'test' });
    expect(tweede.rijen).toBe(eerste.rijen);
    const r = await t.db.execute(sql`select count(*)::int as n from kpi_wachtlijst where peildatum = ${PEILDATUM}`);
    expect((r as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(eerste.rijenPerTabel['kpi_wachtlijst']);
    const log = await kpi.refreshes(5);
    expect(log.find((x) => x.id === eerste.refreshId)?.status).toBe('vervangen');

    // 31 March: 4, 5 and 10 were not issued yet, the others had started but 14 (28 days).
    await kpi.ververs({ peildatum: '2025-03-31', door: 'test' });
    const trend = await figuur('wachtlijst', { per: 'peildatum', van: '2025-01-01', tot: '2025-12-31' });
    expect(trend.map((x) => [x['peildatum'], x['aantal'], x['langsteDagen']])).toEqual([
      ['2025-03-31', 1, 28],
      [PEILDATUM, 4, 119],
    ]);
    expect(await figuur('wachtlijst', { peildatum: '2025-03-31' })).toEqual([expect.objectContaining({ aantal: 1, aantalBoven28: 0 })]);

    // 31 October 2024: no toewijzing issued yet, so nobody waits and nobody started — a 0 in the trend, not a gap.
    await kpi.ververs({ peildatum: '2024-10-31', door: 'test' });
    const langer = await figuur('wachtlijst', { per: 'peildatum', van: '2024-01-01', tot: '2025-12-31' });
    expect(langer.map((x) => [x['peildatum'], x['aantal'], x['langsteDagen']])).toEqual([
      ['2024-10-31', 0, null],
      ['2025-03-31', 1, 28],
      [PEILDATUM, 4, 119],
    ]);
    expect((await figuur('wachttijd', { per: 'peildatum', van: '2024-01-01', tot: '2024-12-31' })).map((x) => [x['peildatum'], x['aantal'], x['dagen0tot7']])).toEqual([['2024-10-31', 0, 0]]);
  });

  it('keeps daily snapshots for the retention period and the last of each month before it', async () => {
    for (const p of ['2025-04-10', '2025-04-20', '2025-05-15']) await kpi.ververs({ peildatum: p, door: 'test', bewaarDagen: 365 });
    const r = await kpi.ververs({ peildatum: PEILDATUM, door: 'test', bewaarDagen: 30 });
    // before 31 May: 31 March and 20 April are the last of their month, 10 April goes; 15 May is the last of May.
    expect(r.opgeruimd).toEqual(['2025-04-10']);
    expect(await kpi.peildata()).toEqual([PEILDATUM, '2025-05-15', '2025-04-20', '2025-03-31', '2024-10-31']);
    const n = await t.db.execute(sql`select count(*)::int as n from kpi_stroom where peildatum = '2025-04-10'`);
    expect((n as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });

  it('records a failed refresh as mislukt and leaves the snapshots as they were', async () => {
    await expect(kpi.ververs({ peildatum: '2025-02-30', door: 'test' })).rejects.toThrow(/geen geldige datum/);
    await t.db.execute(sql`alter table kpi_bezetting add constraint kpi_test_breuk check (jaar < 2000) not valid`);
    try {
      await expect(kpi.ververs({ peildatum: PEILDATUM, door: 'test' })).rejects.toThrow();
    } finally {
      await t.db.execute(sql`alter table kpi_bezetting drop constraint kpi_test_breuk`);
    }
    const [log] = await kpi.refreshes(1);
    expect(log).toMatchObject({ status: 'mislukt', peildatum: PEILDATUM });
    expect(log!.fout).toBeTruthy();
    expect(await figuur('wachtlijst')).toEqual([expect.objectContaining({ aantal: 4 })]);
    const werk = await t.db.execute(sql`select count(*)::int as n from pg_tables where tablename like 'kpi_werk_%'`);
    expect((werk as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });
});
