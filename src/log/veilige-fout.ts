/**
 * An error as the logs (and a dead letter's reason) may show it: its kind, its code, and a sentence
 * without the values it may carry. The values are the danger: a failed query's error from drizzle
 * (`DrizzleQueryError`) has the query's parameters in its message — BSNs, names, whole messages — and
 * a PostgreSQL error quotes the offending value (`invalid input syntax for type date: "…"`) and the
 * key of a duplicate in its `detail`. Those are left out; a run of nine digits anywhere is hidden.
 */

export interface FoutBeschrijving {
  /** The error's kind (`DatabaseError`, `UnrecoverableError`, ...). */
  readonly fout: string;
  /** PostgreSQL's SQLSTATE or Node's code, when there is one. */
  readonly code?: string;
  readonly melding: string;
}

const NEGEN_CIJFERS = /(?<!\d)\d{9}(?!\d)/g;
const MAX = 500;

const isObject = (e: unknown): e is Record<string, unknown> => typeof e === 'object' && e !== null;

/** drizzle's DrizzleQueryError: `Failed query: <sql>\nparams: <values>`. */
const isQueryFout = (e: Record<string, unknown>): boolean => 'query' in e && 'params' in e;

/** node-postgres's DatabaseError (and PGlite's): a SQLSTATE and a severity. */
const isDatabaseFout = (e: Record<string, unknown>): boolean => typeof e['code'] === 'string' && /^[0-9A-Z]{5}$/.test(e['code']) && 'severity' in e;

function schoon(tekst: string): string {
  const t = tekst.replace(NEGEN_CIJFERS, '[verborgen]');
  return t.length > MAX ? `${t.slice(0, MAX)}…` : t;
}

function databaseMelding(e: Record<string, unknown>): string {
  // Quoted parts are values (or names, which the fields below give apart).
  const melding = String(e['message'] ?? '').replace(/"[^"]*"/g, '"…"');
  const waar = ['table', 'column', 'constraint'].filter((k) => typeof e[k] === 'string' && e[k] !== '').map((k) => `${k} ${String(e[k])}`);
  return waar.length > 0 ? `${melding} (${waar.join(', ')})` : melding;
}

export function veiligeFout(e: unknown, diepte = 0): FoutBeschrijving {
  if (!isObject(e)) return { fout: typeof e, melding: 'geen foutobject' };
  const naam = typeof e['name'] === 'string' ? e['name'] : 'Error';
  const oorzaak = e['cause'];
  if (isQueryFout(e)) {
    const o = isObject(oorzaak) && diepte < 3 ? veiligeFout(oorzaak, diepte + 1) : undefined;
    return {
      fout: o ? o.fout : 'DrizzleQueryError',
      ...(o?.code ? { code: o.code } : {}),
      melding: schoon(`databasevraag mislukt${o ? `: ${o.melding}` : ''}`),
    };
  }
  const code = typeof e['code'] === 'string' ? e['code'] : undefined;
  const eigen = isDatabaseFout(e) ? databaseMelding(e) : String(e['message'] ?? '');
  const o = isObject(oorzaak) && diepte < 3 ? veiligeFout(oorzaak, diepte + 1) : undefined;
  return { fout: naam, ...(code ? { code } : {}), melding: schoon(o ? `${eigen} (oorzaak: ${o.melding})` : eigen) };
}

/**
 * The pino serializer for `err`: kind, code, the safe sentence, and the stack's frames (its first
 * line repeats the message, so it is replaced).
 */
export function foutVoorLog(e: unknown): Record<string, unknown> {
  const b = veiligeFout(e);
  const stack = isObject(e) && typeof e['stack'] === 'string' ? e['stack'] : undefined;
  const frames = stack
    ?.split('\n')
    .filter((r) => /^\s+at /.test(r))
    .join('\n');
  return { type: b.fout, ...(b.code ? { code: b.code } : {}), message: b.melding, ...(frames ? { stack: `${b.fout}: ${b.melding}\n${frames}` } : {}) };
}
