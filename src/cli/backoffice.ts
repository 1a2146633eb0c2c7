/**
 * The first administrator: on a database without accounts (`npm start` on a fresh clone), an account
 * `beheerder` with a one-time password that must be changed at the first login.
 */
import type { Database } from '../db/client.js';
import { ToegangRepository } from '../db/repositories/toegang.js';
import { eenmaligWachtwoord } from '../server/backoffice/wachtwoord.js';

/** The one-time password of the administrator made now; undefined when accounts existed. */
export async function zorgVoorBeheerder(database: Database): Promise<string | undefined> {
  const toegang = new ToegangRepository(database.db);
  if ((await toegang.aantalGebruikers()) > 0) return undefined;
  const wachtwoord = eenmaligWachtwoord();
  const g = await toegang.maakGebruiker({ gebruikersnaam: 'beheerder', naam: 'Beheerder', wachtwoord, rollen: ['beheerder'], eenmalig: true });
  await toegang.audit({ wie: 'systeem:start', actie: 'aangemaakt', onderwerp: 'gebruiker', onderwerpId: g.id, details: { rollen: g.rollen } });
  return wachtwoord;
}
