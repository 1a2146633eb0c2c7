/**
 * `iwj retour <bericht-id>`: prints the retour of a received message (its raw XML, as stored and
 * sent), or the message itself when the id is one of our own outgoing messages. When there is no
 * retour, says why on stderr: not yet made (still in processing, waiting for a person's decision),
 * or none by the standard (a technical rejection, a 302 we received). Looking is audited
 * (`systeem:cli:<OS user>`): a retour carries a client's BSN. Exit 0 printed, 1 no retour, 2 usage or
 * unknown message. A verzoek (315/317) answered beside its retour with a 319 antwoordbericht (iJw,
 * woonplaatsbeginsel): the retour is printed, and stderr names the 319(s) by id, for
 * `iwj retour <id of the 319>`.
 */
import { BerichtRepository } from '../db/repositories/berichten.js';
import { ToegangRepository } from '../db/repositories/toegang.js';
import type { Database } from '../db/client.js';
import { configFromEnv } from '../pipeline/config.js';
import { osUser } from './import.js';
import { openConfiguredDatabase } from './ingest.js';

export interface RetourCommandOptions {
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
  readonly env?: NodeJS.ProcessEnv;
  readonly database?: Database;
}

/** Why a received message has no retour (yet), by its status. */
function waaromGeen(status: string, berichttype: string | null): string {
  switch (status) {
    case 'ontvangen':
    case 'gevalideerd':
    case 'beslist':
      return 'de retour is nog niet gemaakt: het bericht is in verwerking';
    case 'in-onderzoek':
      return 'de retour wacht op een beslissing in de backoffice (in onderzoek)';
    case 'afgehandeld':
      return 'afgehandeld buiten het berichtenverkeer (in de backoffice): daarop volgt geen retourbericht';
    case 'technisch-afgekeurd':
      return 'technisch afgekeurd (geen geldige XML of niet volgens het schema): daarop volgt geen retourbericht';
    case 'verwerkt':
      return `een ontvangen retour${berichttype ? ` (${berichttype})` : ''} krijgt zelf geen retour`;
    default:
      return `geen retour (status ${status})`;
  }
}

export async function runRetour(arg: string | undefined, o: RetourCommandOptions): Promise<number> {
  const id = Number(arg);
  if (!arg || !Number.isSafeInteger(id) || id <= 0) {
    o.err.write('iwj retour: geef het id van een bericht (een geheel getal, zoals iwj ingest --json het als berichtId toont)\n');
    return 2;
  }
  const database = o.database ?? (await openConfiguredDatabase(configFromEnv(o.env)));
  try {
    const berichten = new BerichtRepository(database.db);
    const b = await berichten.get(id);
    if (!b) {
      o.err.write(`iwj retour: bericht ${id} bestaat niet\n`);
      return 2;
    }
    const retour = b.richting === 'uit' ? b : await berichten.retourVan(id);
    if (!retour) {
      o.err.write(`iwj retour: bericht ${id}${b.berichttype ? ` (${b.berichttype})` : ''}: ${waaromGeen(b.status, b.berichttype)}\n`);
      return 1;
    }
    await new ToegangRepository(database.db).audit({ wie: `systeem:cli:${osUser(o.env)}`, actie: 'bekeken', onderwerp: 'bericht', onderwerpId: retour.id });
    o.out.write(Buffer.from(retour.raw));
    if (b.richting === 'in') {
      for (const a of (await berichten.antwoordenOp(id)).filter((x) => x.id !== retour.id)) {
        o.err.write(`iwj retour: bericht ${id} is ook beantwoord met een ${a.berichttype} (bericht ${a.id}, ${a.identificatie}): iwj retour ${a.id}\n`);
      }
    }
    return 0;
  } finally {
    if (!o.database) await database.close();
  }
}
