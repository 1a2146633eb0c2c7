/**
 * `iwj sleutel maak <naam> [--rechten aanleveren,lezen]`, `iwj sleutel lijst`,
 * `iwj sleutel intrekken <id>`: the API keys of the sending channels. A key is shown once, when it
 * is made (on stdout, alone, so a script can take it); only its hash is stored. Every change is
 * written to the audit log. Exit code 0 done, 1 nothing to do (unknown or already revoked key),
 * 2 usage errors.
 */
import { parseArgs } from 'node:util';
import { ToegangRepository, RECHTEN, type Recht } from '../db/repositories/toegang.js';
import { configFromEnv } from '../pipeline/config.js';
import { osUser } from './import.js';
import { openConfiguredDatabase } from './ingest.js';

export interface SleutelCommandOptions {
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream;
  readonly env?: NodeJS.ProcessEnv;
}

export const SLEUTEL_GEBRUIK = `gebruik: iwj sleutel maak <naam> [--rechten ${RECHTEN.join(',')}]
       iwj sleutel lijst
       iwj sleutel intrekken <id>
`;

const KANAALNAAM = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

function datum(d: Date | null): string {
  return d ? d.toISOString().replace('T', ' ').slice(0, 16) : '-';
}

export async function runSleutel(args: readonly string[], o: SleutelCommandOptions): Promise<number> {
  const [sub, ...rest] = args;
  const fout = (m: string): number => {
    o.err.write(`iwj sleutel: ${m}\n\n${SLEUTEL_GEBRUIK}`);
    return 2;
  };
  let positionals: string[];
  let rechten: Recht[] = ['aanleveren', 'lezen'];
  try {
    const parsed = parseArgs({ args: [...rest], options: { rechten: { type: 'string' } }, allowPositionals: true });
    positionals = parsed.positionals;
    if (parsed.values.rechten !== undefined) {
      if (sub !== 'maak') return fout('--rechten hoort bij maak');
      const gevraagd = parsed.values.rechten.split(',').map((r) => r.trim()).filter(Boolean);
      const onbekend = gevraagd.filter((r) => !(RECHTEN as readonly string[]).includes(r));
      if (onbekend.length > 0 || gevraagd.length === 0) return fout(`onbekend recht '${onbekend.join(',') || '(leeg)'}'; kies uit ${RECHTEN.join(', ')}`);
      rechten = [...new Set(gevraagd)] as Recht[];
    }
  } catch (e) {
    return fout((e as Error).message);
  }
  if (sub === 'maak' && (positionals.length !== 1 || !KANAALNAAM.test(positionals[0]!))) {
    return fout('geef één kanaalnaam (letters, cijfers, punt, streepje, liggend streepje; hoogstens 63 tekens)');
  }
  if (sub === 'intrekken' && (positionals.length !== 1 || !/^\d+$/.test(positionals[0]!))) return fout('geef het nummer van de sleutel');
  if (sub === 'lijst' && positionals.length !== 0) return fout('lijst heeft geen argumenten');
  if (sub !== 'maak' && sub !== 'lijst' && sub !== 'intrekken') return fout(sub ? `onbekende opdracht '${sub}'` : 'geef een opdracht');

  const database = await openConfiguredDatabase(configFromEnv(o.env ?? process.env));
  try {
    const toegang = new ToegangRepository(database.db);
    const wie = `cli:${osUser(o.env)}`;
    if (sub === 'maak') {
      const naam = positionals[0]!;
      const { id, sleutel } = await toegang.maakApiKey(naam, rechten);
      await toegang.audit({ wie, actie: 'aangemaakt', onderwerp: 'api_key', onderwerpId: id, details: { naam, rechten } });
      o.err.write(`API-sleutel ${id} voor kanaal '${naam}' (rechten: ${rechten.join(', ')}).\n`);
      o.err.write('Bewaar de sleutel nu: hij wordt niet opgeslagen en is later niet meer op te vragen.\n');
      o.err.write('Gebruik: Authorization: Bearer <sleutel> (of X-API-Key: <sleutel>).\n');
      o.out.write(`${sleutel}\n`);
      return 0;
    }
    if (sub === 'lijst') {
      const keys = await toegang.apiKeys();
      if (keys.length === 0) {
        o.out.write('Er zijn nog geen API-sleutels; maak er een met: iwj sleutel maak <naam>\n');
        return 0;
      }
      const rijen = keys.map((k) => [String(k.id), k.naam, `${k.prefix}…`, k.rechten.join(','), k.ingetrokkenOp ? `ingetrokken ${datum(k.ingetrokkenOp)}` : 'actief', datum(k.laatstGebruiktOp)]);
      const kop = ['id', 'kanaal', 'sleutel', 'rechten', 'status', 'laatst gebruikt'];
      const breedte = kop.map((h, i) => Math.max(h.length, ...rijen.map((r) => r[i]!.length)));
      for (const r of [kop, ...rijen]) o.out.write(`${r.map((c, i) => c.padEnd(breedte[i]!)).join('  ').trimEnd()}\n`);
      return 0;
    }
    const id = Number(positionals[0]);
    if (!(await toegang.trekApiKeyIn(id))) {
      o.err.write(`iwj sleutel: sleutel ${id} bestaat niet of is al ingetrokken\n`);
      return 1;
    }
    await toegang.audit({ wie, actie: 'ingetrokken', onderwerp: 'api_key', onderwerpId: id });
    o.out.write(`Sleutel ${id} is ingetrokken; verzoeken met deze sleutel krijgen voortaan 401.\n`);
    return 0;
  } finally {
    await database.close();
  }
}
