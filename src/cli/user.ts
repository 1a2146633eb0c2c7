/**
 * `iwj user add <gebruikersnaam> --rol <rol> [--rol <rol>] [--naam <naam>]`: creates a backoffice
 * account with a one-time password, printed once; it must be changed at the first login. The first
 * administrator is made this way. `iwj user reset <gebruikersnaam>` gives an existing account a new
 * one-time password. Exit 0 done, 1 refused (exists, unknown), 2 usage.
 */
import type { Database } from '../db/client.js';
import { ROLLEN, ToegangRepository, type Rol } from '../db/repositories/toegang.js';
import { configFromEnv } from '../pipeline/config.js';
import { eenmaligWachtwoord } from '../server/backoffice/wachtwoord.js';
import { openConfiguredDatabase } from './ingest.js';

export interface UserCommandOptions {
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
  /** A database to use instead of the configured one (tests). */
  readonly database?: Database;
}

const NAAM = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export async function runUser(
  actie: string,
  gebruikersnaam: string,
  opties: { rollen: readonly string[]; naam?: string },
  o: UserCommandOptions,
): Promise<number> {
  const naam = gebruikersnaam.trim().toLowerCase();
  if (!NAAM.test(naam)) {
    o.err.write(`iwj user: '${gebruikersnaam}' is geen geldige gebruikersnaam (kleine letters, cijfers, . _ -; 2 tot 64 tekens)\n`);
    return 2;
  }
  const onbekend = opties.rollen.filter((r) => !(ROLLEN as readonly string[]).includes(r));
  if (onbekend.length > 0) {
    o.err.write(`iwj user: onbekende rol ${onbekend.join(', ')}; kies uit: ${ROLLEN.join(', ')}\n`);
    return 2;
  }
  if (actie === 'add' && opties.rollen.length === 0) {
    o.err.write(`iwj user add: geef minstens één --rol (${ROLLEN.join(', ')})\n`);
    return 2;
  }
  const database = o.database ?? (await openConfiguredDatabase(configFromEnv()));
  try {
    const toegang = new ToegangRepository(database.db);
    const bestaand = (await toegang.gebruikers()).find((g) => g.gebruikersnaam === naam);
    const wachtwoord = eenmaligWachtwoord();
    if (actie === 'add') {
      if (bestaand) {
        o.err.write(`iwj user add: gebruiker ${naam} bestaat al; gebruik 'iwj user reset ${naam}' voor een nieuw eenmalig wachtwoord\n`);
        return 1;
      }
      const g = await toegang.maakGebruiker({ gebruikersnaam: naam, naam: opties.naam?.trim() || naam, wachtwoord, rollen: opties.rollen as Rol[], eenmalig: true });
      await toegang.audit({ wie: 'systeem:cli', actie: 'aangemaakt', onderwerp: 'gebruiker', onderwerpId: g.id, details: { rollen: g.rollen } });
      o.out.write(`gebruiker ${naam} aangemaakt (${g.rollen.join(', ')})\neenmalig wachtwoord: ${wachtwoord}\nwijzig het bij de eerste aanmelding\n`);
      return 0;
    }
    if (!bestaand) {
      o.err.write(`iwj user reset: gebruiker ${naam} bestaat niet\n`);
      return 1;
    }
    await toegang.zetWachtwoord(bestaand.id, wachtwoord, true);
    await toegang.audit({ wie: 'systeem:cli', actie: 'wachtwoord-hersteld', onderwerp: 'gebruiker', onderwerpId: bestaand.id });
    o.out.write(`nieuw eenmalig wachtwoord voor ${naam}: ${wachtwoord}\nwijzig het bij de eerste aanmelding\n`);
    return 0;
  } finally {
    if (!o.database) await database.close();
  }
}
