/**
 * One KPI answer as the API serves it (`GET /api/v1/kpi/{kengetal}`): the question read from query
 * parameters, the figure computed from the snapshots, its columns with Dutch headings. The API route
 * and the backoffice's dashboard both answer with this, so the dashboard shows exactly the API's
 * figures. Throws `KpiVraagFout` (a wrong question) and `GeenSnapshot` (nothing to answer from).
 */
import type { Database } from '../db/client.js';
import { KpiRepository } from '../db/repositories/kpi.js';
import { RegisterRepository } from '../db/repositories/registers.js';
import { kpiFiguur, type KpiRij } from '../kpi/figuren.js';
import { kolommenVoor, type Kolom } from '../kpi/kolommen.js';
import { FIGUUR_OMSCHRIJVING, leesVraag, type Figuur, type RuweVraag } from '../kpi/vraag.js';

export interface KpiApiAntwoord {
  readonly figuur: Figuur;
  readonly omschrijving: string;
  /** The peildata the rows are of, oldest first. */
  readonly peildata: readonly string[];
  readonly per: readonly string[];
  readonly kolommen: readonly Kolom[];
  readonly rijen: readonly KpiRij[];
}

export async function kpiAntwoord(database: Database, figuur: string, ruw: RuweVraag): Promise<KpiApiAntwoord> {
  const vraag = leesVraag(figuur, ruw);
  const a = await kpiFiguur(new KpiRepository(database.db), vraag, new RegisterRepository(database.db));
  return {
    figuur: a.figuur,
    omschrijving: FIGUUR_OMSCHRIJVING[a.figuur],
    peildata: a.peildata,
    per: a.per,
    kolommen: kolommenVoor(a.figuur, a.per),
    rijen: a.rijen,
  };
}
