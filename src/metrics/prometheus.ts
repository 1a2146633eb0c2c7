/**
 * The Prometheus text exposition format (version 0.0.4), written by hand: a metric family is a name,
 * a help text, a type and its samples; label values are escaped (`\\`, `"`, newline), numbers are
 * written as Go's `strconv` would (`+Inf`, `NaN`, integers without a fraction).
 */

export type MetriekSoort = 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped';

export type Labels = Readonly<Record<string, string>>;

export interface Monster {
  /** A suffix of the family's name (`_bucket`, `_sum`, `_count`), empty for the family itself. */
  readonly achtervoegsel?: string;
  readonly labels?: Labels;
  readonly waarde: number;
}

export interface Metriek {
  readonly naam: string;
  readonly help: string;
  readonly soort: MetriekSoort;
  readonly monsters: readonly Monster[];
}

export const CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

const NAAM = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

function getal(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '+Inf';
  if (n === -Infinity) return '-Inf';
  return String(n);
}

const labelWaarde = (v: string): string => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const helpTekst = (v: string): string => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');

function labelTekst(labels: Labels | undefined): string {
  const paren = Object.entries(labels ?? {});
  if (paren.length === 0) return '';
  for (const [k] of paren) if (!LABEL.test(k) || k.startsWith('__')) throw new Error(`ongeldige labelnaam '${k}'`);
  return `{${paren.map(([k, v]) => `${k}="${labelWaarde(v)}"`).join(',')}}`;
}

/** The families as exposition text; a family without samples is still announced (HELP, TYPE). */
export function alsTekst(metrieken: readonly Metriek[]): string {
  const regels: string[] = [];
  const gezien = new Set<string>();
  for (const m of metrieken) {
    if (!NAAM.test(m.naam)) throw new Error(`ongeldige metrieknaam '${m.naam}'`);
    if (gezien.has(m.naam)) throw new Error(`metriek '${m.naam}' staat er twee keer in`);
    gezien.add(m.naam);
    regels.push(`# HELP ${m.naam} ${helpTekst(m.help)}`, `# TYPE ${m.naam} ${m.soort}`);
    for (const s of m.monsters) regels.push(`${m.naam}${s.achtervoegsel ?? ''}${labelTekst(s.labels)} ${getal(s.waarde)}`);
  }
  return `${regels.join('\n')}\n`;
}
