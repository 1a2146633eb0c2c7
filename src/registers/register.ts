/**
 * What every register file shares: a header naming the columns (any order, case-insensitive, extra
 * columns ignored), one row per line (a quoted value may span lines), typed rows or every error
 * with its line and column, and the consistency a backoffice expects: no key twice, and for
 * registers with periods no two rows with the same key on the same day.
 */
import { readCsv, type CsvRecord, type Separator } from './csv.js';
import { sortRegisterErrors, type RegisterError } from './register-error.js';
import { RowReader } from './row-reader.js';

export type RegisterName = 'gemeenten' | 'aanbieders' | 'contracten' | 'productcodes' | 'woonplaats' | 'budgetafspraken';

export interface Periode {
  readonly ingangsdatum: string;
  readonly einddatum?: string;
}

export interface RegisterDefinition<T> {
  readonly name: RegisterName;
  /** Every column the header must name. */
  readonly columns: readonly string[];
  /** Reads one row; the result is used only when the reader collected no errors. */
  read(r: RowReader): T | undefined;
  /**
   * The key no two rows may share (with `period`: on the same day). `describe` names it for a
   * message without personal data: `dezelfde gemeentecode 0363`, `hetzelfde BSN`.
   */
  readonly key: { value(row: T): string; describe(row: T): string };
  readonly period?: (row: T) => Periode;
  /** What else differs between two rows with the same key, for the message (`met tarief € 12,50 en € 13,00`). */
  difference?(earlier: T, later: T): string | undefined;
}

export type ParseResult<T> = { readonly ok: true; readonly rows: T[] } | { readonly ok: false; readonly errors: RegisterError[] };

interface Located<T> {
  readonly line: number;
  readonly row: T;
}

const periodText = (p: Periode): string => `${p.ingangsdatum} t/m ${p.einddatum ?? 'open einde'}`;

/** Two rows with the same key: a duplicate, or (for registers with periods) an overlap. */
export function findConflicts<T>(rows: readonly Located<T>[], def: RegisterDefinition<T>): RegisterError[] {
  const groups = new Map<string, Located<T>[]>();
  for (const r of rows) {
    const k = def.key.value(r.row);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  const errors: RegisterError[] = [];
  const report = (a: Located<T>, b: Located<T>, overlap: string | undefined): void => {
    const [earlier, later] = a.line < b.line ? [a, b] : [b, a];
    let message: string;
    if (JSON.stringify(earlier.row) === JSON.stringify(later.row)) {
      message = `Dubbele regel: precies gelijk aan regel ${earlier.line}.`;
    } else {
      const diff = def.difference?.(earlier.row, later.row);
      message =
        overlap === undefined
          ? `Regel ${earlier.line} heeft al ${def.key.describe(later.row)}${diff ? `, ${diff}` : ''}.`
          : `De periode ${overlap} voor ${def.key.describe(later.row)}${diff ? `, ${diff}` : ''}.`;
    }
    errors.push({ line: later.line, message, relatedLine: earlier.line });
  };
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const period = def.period;
    if (!period) {
      for (const r of group.slice(1)) report(group[0]!, r, undefined);
      continue;
    }
    const sorted = [...group].sort((a, b) => period(a.row).ingangsdatum.localeCompare(period(b.row).ingangsdatum) || a.line - b.line);
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i]!;
      const pa = period(a.row);
      for (let j = i + 1; j < sorted.length; j++) {
        const b = sorted[j]!;
        const pb = period(b.row);
        if (pa.einddatum !== undefined && pb.ingangsdatum > pa.einddatum) break;
        const [pe, pl] = a.line < b.line ? [pa, pb] : [pb, pa];
        const earlierLine = Math.min(a.line, b.line);
        report(a, b, `${periodText(pl)} overlapt met die op regel ${earlierLine} (${periodText(pe)})`);
      }
    }
  }
  return errors;
}

const normalizeColumn = (c: string): string => c.trim().toLowerCase();

function headerErrors(header: CsvRecord, columns: readonly string[], separator: Separator): { errors: RegisterError[]; index: Map<string, number> } {
  const index = new Map<string, number>();
  const errors: RegisterError[] = [];
  header.fields.forEach((f, i) => {
    const name = normalizeColumn(f);
    if (name === '') return;
    if (index.has(name)) errors.push({ line: 1, column: name, message: `De kolom ${name} staat twee keer in de kopregel.` });
    else index.set(name, i);
  });
  const missing = columns.filter((c) => !index.has(c));
  if (missing.length > 0) {
    const found = [...index.keys()].join(separator);
    errors.push({
      line: 1,
      message:
        `De kopregel mist ${missing.length === 1 ? 'de kolom' : 'de kolommen'} ${missing.join(', ')}. ` +
        `Verwacht: ${columns.join(separator)} (volgorde vrij); gevonden: ${found || '(niets)'}.`,
    });
  }
  return { errors, index };
}

/** Parse and validate a whole register file: every row typed, or every error. */
export function parseRegisterFile<T>(def: RegisterDefinition<T>, bytes: Uint8Array): ParseResult<T> {
  const csv = readCsv(bytes);
  if (!csv.ok) return { ok: false, errors: sortRegisterErrors(csv.errors) };
  const { header, records, separator } = csv.file;
  const { errors, index } = headerErrors(header, def.columns, separator);
  if (errors.length > 0) return { ok: false, errors };
  if (records.length === 0) {
    return {
      ok: false,
      errors: [{ line: 1, message: `Het bestand bevat alleen een kopregel en geen gegevens. Een leeg register importeren we niet: dat zou alle ${def.name} wissen.` }],
    };
  }

  const width = header.fields.length;
  const rows: Located<T>[] = [];
  for (const rec of records) {
    const extra = rec.fields.slice(width);
    if (rec.fields.length < width || extra.some((f) => f.trim() !== '')) {
      const hint =
        rec.fields.length < width
          ? 'ontbreekt er een scheidingsteken?'
          : `staat er een '${separator}' in een waarde zonder aanhalingstekens eromheen?`;
      errors.push({
        line: rec.line,
        message: `Deze regel heeft ${rec.fields.length} velden, de kopregel ${width}; ${hint}`,
      });
      continue;
    }
    const values = new Map<string, string>();
    for (const c of def.columns) values.set(c, rec.fields[index.get(c)!] ?? '');
    const reader = new RowReader(rec.line, values);
    const row = def.read(reader);
    if (reader.ok && row !== undefined) rows.push({ line: rec.line, row });
    else errors.push(...reader.errors);
  }
  errors.push(...findConflicts(rows, def));
  if (errors.length > 0) return { ok: false, errors: sortRegisterErrors(errors) };
  return { ok: true, rows: rows.map((r) => r.row) };
}
