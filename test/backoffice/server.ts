/**
 * The backoffice on a test database with a processed region, accounts per role, and the region's
 * KPIs refreshed at every month end with budget agreements (`kpi-opzet.ts`) behind the real KPI API:
 * for route tests (inject) and browser tests (listening on 127.0.0.1).
 */
import { ToegangRepository, type Rol } from '../../src/db/repositories/toegang.js';
import { naBeslissingInProces } from '../../src/pipeline/na-beslissing.js';
import { buildApp, type App } from '../../src/server/app.js';
import { backoffice } from '../../src/server/backoffice/index.js';
import { kpiRoutes } from '../../src/server/kpi-routes.js';
import { createTestDatabase, type TestDatabase } from '../db/database.js';
import { maakKpis, maandeinden } from './kpi-opzet.js';
import { maakBackofficeRegio, type BackofficeRegio } from './regio.js';

export const WACHTWOORD = 'een-lang-test-wachtwoord';

export interface BackofficeOmgeving {
  readonly t: TestDatabase;
  readonly app: App;
  readonly regio: BackofficeRegio;
  readonly gebruikers: Record<'medewerker' | 'contractmanager' | 'beheerder', number>;
  /** Message ids passed to naBeslissing. */
  readonly naBeslissing: number[];
  /** The peildata with a KPI snapshot, oldest first. */
  readonly peildata: readonly string[];
  sluit(): Promise<void>;
}

export async function maakOmgeving(label: string): Promise<BackofficeOmgeving> {
  const t = await createTestDatabase(label);
  const regio = await maakBackofficeRegio(t);
  const toegang = new ToegangRepository(t.db);
  const gebruikers = {} as Record<'medewerker' | 'contractmanager' | 'beheerder', number>;
  for (const rol of ['medewerker', 'contractmanager', 'beheerder'] as const satisfies readonly Rol[]) {
    gebruikers[rol] = (await toegang.maakGebruiker({ gebruikersnaam: rol, naam: `Test ${rol}`, wachtwoord: WACHTWOORD, rollen: [rol] })).id;
  }
  const naBeslissing: number[] = [];
  // The region's messages run January to May 2025: a snapshot at every month end up to June.
  const peildata = maandeinden(2025, 6);
  await maakKpis(t, peildata);
  const app = await buildApp({
    database: t,
    api: [kpiRoutes(t)],
    root: [
      backoffice({
        database: t,
        veiligeCookies: false,
        vandaag: () => regio.deps.vandaag,
        // As the lead wires it: continue to the retour stage.
        naBeslissing: async (berichtId) => {
          naBeslissing.push(berichtId);
          await naBeslissingInProces(regio.deps)(berichtId);
        },
      }),
    ],
  });
  return {
    t,
    app,
    regio,
    gebruikers,
    naBeslissing,
    peildata,
    async sluit() {
      await app.close();
      await t.drop();
      regio.regio.opruimen();
    },
  };
}
