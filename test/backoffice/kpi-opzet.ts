/**
 * Real KPI data for the backoffice tests: the processed region's KPIs refreshed at every month end
 * of its year up to the last month with messages (snapshots for the trends), after budget
 * agreements were made for every aanbieder × gemeente × segment that declared — plafonds and
 * afspraken with a bandbreedte and plekken, their amounts set around the forecast so some run over
 * and some stay under.
 */
import type { Database } from '../../src/db/client.js';
import { KpiRepository } from '../../src/db/repositories/kpi.js';
import { RegisterRepository } from '../../src/db/repositories/registers.js';
import { kpiFiguur } from '../../src/kpi/figuren.js';
import { leesVraag } from '../../src/kpi/vraag.js';
import type { Budgetafspraak } from '../../src/registers/budgetafspraken.js';

/** The last day of each month of the year, January up to `totMaand`. */
export function maandeinden(jaar: number, totMaand: number): string[] {
  return Array.from({ length: totMaand }, (_, i) => new Date(Date.UTC(jaar, i + 1, 0)).toISOString().slice(0, 10));
}

export async function maakKpis(database: Database, peildata: readonly string[]): Promise<void> {
  const kpi = new KpiRepository(database.db);
  const laatste = peildata[peildata.length - 1]!;
  await kpi.ververs({ peildatum: laatste, door: 'test' });
  const jaar = Number(laatste.slice(0, 4));
  // Agreements around each part's forecast: the first a plafond 10% under it, then afspraken 5% over
  // and 20% under it (bandbreedte 5%), with plekken a little above what is occupied.
  const budget = await kpiFiguur(kpi, leesVraag('budget', { per: 'aanbieder,gemeente,segment' }));
  const bezetting = await kpiFiguur(kpi, leesVraag('bezetting', { per: 'aanbieder,gemeente,segment' }));
  const bezet = new Map(bezetting.rijen.map((r) => [`${r['aanbieder']}|${r['gemeente']}|${r['segment']}`, Number(r['plekkenBezet'] ?? 0)]));
  const afspraken: Budgetafspraak[] = budget.rijen
    .filter((r) => Number(r['prognoseCent'] ?? 0) > 0 && r['segment'] !== 'onbekend')
    .map((r, i) => {
      const prognose = Number(r['prognoseCent']);
      const plekken = bezet.get(`${r['aanbieder']}|${r['gemeente']}|${r['segment']}`) ?? 0;
      const soort = i % 3 === 0 ? 'plafond' : 'afspraak';
      return {
        agb: String(r['aanbieder']),
        gemeentecode: String(r['gemeente']),
        segment: String(r['segment']),
        jaar,
        soort,
        bedrag: Math.round((prognose * [90, 105, 80][i % 3]!) / 100),
        ...(soort === 'afspraak' ? { bandbreedte: '5', voorschot: Math.round((prognose * 3) / 4) } : {}),
        ...(plekken > 0 ? { plekken: (Math.ceil(plekken * 12) / 10).toFixed(1) } : {}),
      };
    });
  if (afspraken.length === 0) throw new Error('the region declared nothing: no budget agreements to make');
  await new RegisterRepository(database.db).replace({ register: 'budgetafspraken', rows: afspraken }, { bestand: 'budgetafspraken.csv', sha256: 'test', door: 'test' });
  for (const p of peildata) await kpi.ververs({ peildatum: p, door: 'test' });
}
