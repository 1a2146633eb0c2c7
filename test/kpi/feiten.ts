/**
 * A small hand-made set of facts for the KPI tests, with every figure worked out by hand in the
 * comments (peildatum 2025-06-30, day 181 of 2025). Gemeente 0983; aanbieder A1 on 45A01
 * (jeugd-ambulant, with a plafond), A2 on the whole categorie 45 and on 43V01 (jeugd-verblijf, with
 * an afspraak and agreed plekken), A3 without any contract, A4 with an agreement and no facts.
 *
 *   nr  aanbieder product  301 (datum / ingang / einde)          305 begin      307 einde (reden)   at 2025-06-30
 *   1   A1        45A01    2025-01-06 / 01-06 / 2025-12-31       2025-01-20     –                   lopend 162 d, wacht 14
 *   2   A1        45A01    2025-02-03 / 02-10 / 2025-05-31       2025-03-14     2025-05-31 (31)     79 d, wacht 32, op einde
 *   3   A1        45A01    2024-11-04 / 11-04 / 2025-10-31       2024-11-18     2025-03-15 (32)     118 d, voor einde
 *   4   A1        45A01    2025-05-01 / 05-01 / –                –              –                   wachtlijst 60 d
 *   5   A2        45 (–)   2025-06-02 / 06-16 / 2025-12-31       –              –                   wachtlijst 14 d
 *   6   A2        43V01    2025-01-10 / 01-10 / 2025-03-31, verlengd (04) 2025-03-20 tot 2025-09-30
 *                                                                 2025-01-10     –                   lopend 172 d, wacht 0
 *   7   A2        43V01    2025-02-01 / 01-15 / 2025-12-31       2025-01-20; 2025-04-01   2025-02-28 (20)
 *                                                                                                   lopend 162 d, wacht −12 → 0
 *   8   A2        43V01    2025-01-02 / 01-02 / 2025-04-30       2025-01-09     – (toewijzing over) 112 d, geen-307, wacht 7
 *   9   A1        45A01    2025-03-01, verwijderd (13) 2025-03-05  2025-03-10    –                   not counted
 *   10  A1        45A01    2025-04-01 / 04-01 / 2025-12-31       rejected 04-08, deleted 04-05       wachtlijst 90 d
 *   11  A1        45A01    2025-06-01, tegengehouden             –              –                   not counted
 *   12  A1        45A01    2025-07-15 (after the peildatum)      –              –                   not counted
 *   13  A1        45A01    2025-01-06 / 01-06 / 2025-12-31       2025-02-03     2025-07-31 (later)  lopend 148 d, wacht 28
 *   14  A3        45A01    2025-03-03 / 03-03 / –                –              –                   wachtlijst 119 d, segment onbekend
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../src/db/client.js';
import {
  bericht,
  budgetafspraak,
  contract,
  declaratie,
  prestatie,
  startProduct,
  stopProduct,
  toewijzing,
} from '../../src/db/schema/index.js';

export const PEILDATUM = '2025-06-30';
export const G = '0983';
export const A1 = '11111111';
export const A2 = '22222222';
export const A3 = '33333333';
export const A4 = '44444444';

interface T {
  nr: number;
  agb: string;
  cat: string;
  code: string | null;
  datum: string;
  ingang: string;
  einde: string | null;
  reden?: string;
  status?: string;
}

export async function laadKpiFeiten(db: Executor): Promise<void> {
  const [b] = await db
    .insert(bericht)
    .values({ richting: 'uit', raw: new Uint8Array([0]), sha256: 'kpi-test', grootte: 1, status: 'gereed', fase: 'beslist' })
    .returning({ id: bericht.id });
  const berichtId = b!.id;

  await db.insert(contract).values([
    { standaard: 'iJw', agb: A1, gemeentecode: G, productcategorie: '45', productcode: '45A01', ingangsdatum: '2024-01-01', einddatum: '2024-12-31', tarief: 7000, eenheid: '04', bekostiging: 'inspanningsgericht', perceel: 'lokaal', segment: 'oud-segment' },
    { standaard: 'iJw', agb: A1, gemeentecode: G, productcategorie: '45', productcode: '45A01', ingangsdatum: '2025-01-01', tarief: 7300, eenheid: '04', bekostiging: 'inspanningsgericht', perceel: 'regionaal', segment: 'jeugd-ambulant' },
    { standaard: 'iJw', agb: A2, gemeentecode: G, productcategorie: '45', productcode: null, ingangsdatum: '2025-01-01', tarief: 7300, eenheid: '04', bekostiging: 'inspanningsgericht', perceel: 'regionaal', segment: 'jeugd-ambulant' },
    { standaard: 'iJw', agb: A2, gemeentecode: G, productcategorie: '43', productcode: '43V01', ingangsdatum: '2025-01-01', tarief: 25000, eenheid: '14', bekostiging: 'inspanningsgericht', perceel: 'lokaal', segment: 'jeugd-verblijf' },
  ]);

  await db.insert(budgetafspraak).values([
    { agb: A1, gemeentecode: G, segment: 'jeugd-ambulant', jaar: 2025, soort: 'plafond', bedrag: 2_000_000 },
    { agb: A2, gemeentecode: G, segment: 'jeugd-verblijf', jaar: 2025, soort: 'afspraak', bedrag: 3_650_000, bandbreedte: '5', voorschot: 3_000_000, plekken: '4' },
    { agb: A4, gemeentecode: G, segment: 'wmo-huishouden', jaar: 2025, soort: 'afspraak', bedrag: 100_000 },
    { agb: A1, gemeentecode: G, segment: 'jeugd-ambulant', jaar: 2024, soort: 'plafond', bedrag: 1 },
  ]);

  const trajecten: T[] = [
    { nr: 1, agb: A1, cat: '45', code: '45A01', datum: '2025-01-06', ingang: '2025-01-06', einde: '2025-12-31' },
    { nr: 2, agb: A1, cat: '45', code: '45A01', datum: '2025-02-03', ingang: '2025-02-10', einde: '2025-05-31' },
    { nr: 3, agb: A1, cat: '45', code: '45A01', datum: '2024-11-04', ingang: '2024-11-04', einde: '2025-10-31' },
    { nr: 4, agb: A1, cat: '45', code: '45A01', datum: '2025-05-01', ingang: '2025-05-01', einde: null },
    { nr: 5, agb: A2, cat: '45', code: null, datum: '2025-06-02', ingang: '2025-06-16', einde: '2025-12-31' },
    { nr: 6, agb: A2, cat: '43', code: '43V01', datum: '2025-01-10', ingang: '2025-01-10', einde: '2025-03-31' },
    { nr: 6, agb: A2, cat: '43', code: '43V01', datum: '2025-03-20', ingang: '2025-01-10', einde: '2025-09-30', reden: '04' },
    { nr: 7, agb: A2, cat: '43', code: '43V01', datum: '2025-02-01', ingang: '2025-01-15', einde: '2025-12-31' },
    { nr: 8, agb: A2, cat: '43', code: '43V01', datum: '2025-01-02', ingang: '2025-01-02', einde: '2025-04-30' },
    { nr: 9, agb: A1, cat: '45', code: '45A01', datum: '2025-03-01', ingang: '2025-03-01', einde: '2025-12-31' },
    { nr: 9, agb: A1, cat: '45', code: '45A01', datum: '2025-03-05', ingang: '2025-03-01', einde: '2025-12-31', reden: '13' },
    { nr: 10, agb: A1, cat: '45', code: '45A01', datum: '2025-04-01', ingang: '2025-04-01', einde: '2025-12-31' },
    { nr: 11, agb: A1, cat: '45', code: '45A01', datum: '2025-06-01', ingang: '2025-06-01', einde: '2025-12-31', status: 'tegengehouden' },
    { nr: 12, agb: A1, cat: '45', code: '45A01', datum: '2025-07-15', ingang: '2025-07-15', einde: '2025-12-31' },
    { nr: 13, agb: A1, cat: '45', code: '45A01', datum: '2025-01-06', ingang: '2025-01-06', einde: '2025-12-31' },
    { nr: 14, agb: A3, cat: '45', code: '45A01', datum: '2025-03-03', ingang: '2025-03-03', einde: null },
  ];
  // One message per version (the version key includes the message).
  for (const t of trajecten) {
    const [m] = await db
      .insert(bericht)
      .values({ richting: 'uit', raw: new Uint8Array([t.nr]), sha256: `kpi-301-${t.nr}-${t.datum}`, grootte: 1, status: 'gereed', fase: 'beslist' })
      .returning({ id: bericht.id });
    await db.insert(toewijzing).values({
      berichtId: m!.id,
      standaard: 'iJw',
      gemeente: G,
      agb: t.agb,
      bsn: `99999${String(t.nr).padStart(4, '0')}`,
      toewijzingNummer: t.nr,
      productcategorie: t.cat,
      productcode: t.code,
      toewijzingsdatum: t.datum,
      toewijzingstijd: '10:00:00',
      ingangsdatum: t.ingang,
      einddatum: t.einde,
      redenWijziging: t.reden ?? null,
      pad: '/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]',
      actueel: false,
      status: t.status ?? 'verzonden',
    });
  }
  // `actueel` as the fact writer sets it: the latest version.
  await db.execute(sql`
    update toewijzing t set actueel = (t.id = (select id from toewijzing v where v.standaard = t.standaard and v.gemeente = t.gemeente
      and v.toewijzing_nummer = t.toewijzing_nummer order by v.toewijzingsdatum desc, v.toewijzingstijd desc, v.id desc limit 1))`);

  const zorg = (nr: number, agb: string, cat: string, code: string | null) => ({
    berichtId,
    standaard: 'iJw',
    gemeente: G,
    agb,
    bsn: `99999${String(nr).padStart(4, '0')}`,
    toewijzingNummer: nr,
    productcategorie: cat,
    productcode: code,
    statusAanlevering: '1',
    pad: '/Bericht/Client/StartProducten/StartProduct[1]',
  });
  await db.insert(startProduct).values([
    { ...zorg(1, A1, '45', '45A01'), begindatum: '2025-01-20', beoordeling: 'toegekend' },
    { ...zorg(2, A1, '45', '45A01'), begindatum: '2025-03-14', beoordeling: 'toegekend' },
    { ...zorg(3, A1, '45', '45A01'), begindatum: '2024-11-18', beoordeling: 'toegekend' },
    { ...zorg(6, A2, '43', '43V01'), begindatum: '2025-01-10', beoordeling: 'toegekend' },
    { ...zorg(7, A2, '43', '43V01'), begindatum: '2025-01-20', beoordeling: 'toegekend' },
    { ...zorg(7, A2, '43', '43V01'), begindatum: '2025-04-01', beoordeling: 'toegekend' },
    { ...zorg(8, A2, '43', '43V01'), begindatum: '2025-01-09', beoordeling: 'toegekend' },
    { ...zorg(9, A1, '45', '45A01'), begindatum: '2025-03-10', beoordeling: 'toegekend' },
    { ...zorg(10, A1, '45', '45A01'), begindatum: '2025-04-08', beoordeling: 'afgewezen' },
    { ...zorg(10, A1, '45', '45A01'), begindatum: '2025-04-05', beoordeling: 'toegekend', verwijderd: true },
    { ...zorg(13, A1, '45', '45A01'), begindatum: '2025-02-03', beoordeling: 'toegekend' },
  ]);
  await db.insert(stopProduct).values([
    { ...zorg(2, A1, '45', '45A01'), begindatum: '2025-03-14', einddatum: '2025-05-31', redenBeeindiging: '31', beoordeling: 'toegekend' },
    { ...zorg(3, A1, '45', '45A01'), begindatum: '2024-11-18', einddatum: '2025-03-15', redenBeeindiging: '32', beoordeling: 'toegekend' },
    { ...zorg(7, A2, '43', '43V01'), begindatum: '2025-01-20', einddatum: '2025-02-28', redenBeeindiging: '20', beoordeling: 'toegekend' },
    { ...zorg(13, A1, '45', '45A01'), begindatum: '2025-02-03', einddatum: '2025-07-31', redenBeeindiging: '31', beoordeling: 'toegekend' },
  ]);

  // Prestaties: A1 on 45A01 300.000 cents a month Jan–Jun 2025 (a credit of 20.000 in March, one
  // rejected, one in onderzoek, one duplicate) and 250.000 a month Jul–Dec 2024; A2 on 43V01 150.000
  // a month Jan–Jun 2025, nothing in 2024.
  const [d] = await db
    .insert(declaratie)
    .values({ berichtId, standaard: 'iJw', gemeente: G, agb: A1, declaratieNummer: 'D1', periodeBegin: '2024-07-01', periodeEind: '2025-06-30', declaratieDagtekening: '2025-07-05', totaalIngediend: 0 })
    .returning({ id: declaratie.id });
  let ref = 0;
  const p = (agb: string, code: string, maand: string, bedrag: number, extra: Partial<typeof prestatie.$inferInsert> = {}) => ({
    declaratieId: d!.id,
    berichtId,
    standaard: 'iJw',
    gemeente: G,
    agb,
    bsn: '999990001',
    referentieNummer: `R${++ref}`,
    toewijzingNummer: 1,
    productcategorie: code.slice(0, 2),
    productcode: code,
    periodeBegin: `${maand}-01`,
    periodeEind: `${maand}-28`,
    geleverdVolume: 1,
    eenheid: '04',
    bedrag,
    debetCredit: 'D',
    status: 'toegekend',
    toegekendBedrag: bedrag,
    pad: '/Bericht/Client/Prestaties/Prestatie[1]',
    ...extra,
  });
  const rijen = [];
  for (const m of ['01', '02', '03', '04', '05', '06']) rijen.push(p(A1, '45A01', `2025-${m}`, 300_000), p(A2, '43V01', `2025-${m}`, 150_000));
  for (const m of ['07', '08', '09', '10', '11', '12']) rijen.push(p(A1, '45A01', `2024-${m}`, 250_000));
  rijen.push(
    p(A1, '45A01', '2025-03', 20_000, { debetCredit: 'C' }),
    p(A1, '45A01', '2025-04', 99_000, { status: 'afgewezen', toegekendBedrag: 0 }),
    p(A1, '45A01', '2025-05', 5_000, { status: 'in-onderzoek', toegekendBedrag: 0 }),
    p(A1, '45A01', '2025-05', 77_000, { dubbel: true, status: 'afgewezen', toegekendBedrag: 0 }),
    p(A1, '45A01', '2023-12', 1_000_000),
  );
  await db.insert(prestatie).values(rijen);
}
