/**
 * Reads the values of one CSV row into typed values, collecting an error per wrong value (all of
 * them, not just the first). Every reader returns `undefined` for an empty optional value and for a
 * wrong value; a register only uses the row when `ok` is still true at the end.
 */
import type { Code } from '../standard/model/types.js';
import { voldoetAanElfproef } from '../rules/client/CS002.js';
import { formatEuro } from './euro.js';
import type { RegisterError } from './register-error.js';

/** Largest amount we accept: the largest integer JavaScript holds exactly. */
const MAX_CENTS = Number.MAX_SAFE_INTEGER;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Why `value` is not a real date `YYYY-MM-DD`, or undefined when it is one. */
export function dateProblem(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) {
    const nl = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
    if (nl) {
      const hint = `${nl[3]}-${nl[2]!.padStart(2, '0')}-${nl[1]!.padStart(2, '0')}`;
      return `'${value}' is geen datum in de vorm JJJJ-MM-DD; schrijf bijvoorbeeld ${hint}.`;
    }
    if (/^\d{4}-\d{2}-\d{2}[ T]/.test(value)) return `'${value}' bevat een tijd; geef alleen de datum als JJJJ-MM-DD.`;
    return `'${value}' is geen datum in de vorm JJJJ-MM-DD (bijvoorbeeld 2026-01-31).`;
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1800) return `'${value}' ligt voor het jaar 1800; dat is geen geldige datum voor dit register.`;
  if (month < 1 || month > 12) return `'${value}' bestaat niet: er is geen maand ${m[2]}.`;
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day < 1 || day > days) return `'${value}' bestaat niet: ${MONTHS[month - 1]} ${year} heeft ${days} dagen.`;
  return undefined;
}

/** Why `value` is not a whole number of eurocents, with a hint when it looks like euros. */
export function centsProblem(value: string, max = MAX_CENTS): string | undefined {
  if (/^\d+$/.test(value)) {
    return Number(value) > max ? `'${value}' is te groot (hoogstens ${max} eurocent, ${formatEuro(max)}).` : undefined;
  }
  if (/^-\s*\d+$/.test(value)) return `'${value}' is negatief; een bedrag is nooit kleiner dan 0.`;
  if (/€|eur/i.test(value)) {
    return `'${value}' bevat een valutateken; geef alleen het bedrag in eurocenten als geheel getal (bijvoorbeeld 1250 voor € 12,50).`;
  }
  const euros = /^(\d+)[,.](\d{1,2})$/.exec(value);
  if (euros) {
    const cents = BigInt(euros[1]!) * 100n + BigInt(euros[2]!.padEnd(2, '0'));
    return `'${value}' is geen geheel aantal eurocenten: bedragen staan in eurocenten, zonder komma of punt (€ ${euros[1]},${euros[2]!.padEnd(2, '0')} schrijf je als ${cents}).`;
  }
  if (/^[\d.,]+$/.test(value)) {
    return `'${value}' bevat een punt of komma: geef het bedrag in eurocenten als geheel getal, zonder scheidingstekens (bijvoorbeeld 125000 voor € 1.250,00).`;
  }
  return `'${value}' is geen bedrag in eurocenten (een geheel getal, bijvoorbeeld 1250 voor € 12,50).`;
}

export interface DecimalOptions {
  /** Most digits after the decimal separator. */
  readonly decimals: number;
  readonly max?: number;
  /** Zero allowed (default true). */
  readonly zero?: boolean;
}

/** A decimal with `,` or `.` as separator, as a canonical string (`2,50` → `2.5`), or why not. */
export function parseDecimal(value: string, o: DecimalOptions): { value: string } | { problem: string } {
  const m = /^(\d+)(?:[.,](\d+))?$/.exec(value);
  if (!m) return { problem: `'${value}' is geen getal (gebruik cijfers met eventueel een komma of punt, bijvoorbeeld 2,5).` };
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (fraction.length > o.decimals) {
    return { problem: `'${value}' heeft te veel cijfers achter de komma (hoogstens ${o.decimals}).` };
  }
  const whole = m[1]!.replace(/^0+(?=\d)/, '');
  const canonical = fraction ? `${whole}.${fraction}` : whole;
  if (o.max !== undefined && Number(canonical) > o.max) return { problem: `'${value}' is groter dan ${o.max}.` };
  if (o.zero === false && Number(canonical) === 0) return { problem: `'${value}' moet groter zijn dan 0.` };
  return { value: canonical };
}

export class RowReader {
  readonly errors: RegisterError[] = [];

  constructor(
    readonly line: number,
    private readonly values: ReadonlyMap<string, string>,
  ) {}

  get ok(): boolean {
    return this.errors.length === 0;
  }

  /** The trimmed value of a column ('' when empty). */
  value(column: string): string {
    return (this.values.get(column) ?? '').trim();
  }

  error(column: string | undefined, message: string): undefined {
    this.errors.push(column === undefined ? { line: this.line, message } : { line: this.line, column, message });
    return undefined;
  }

  private present(column: string, required: boolean): string | undefined {
    const v = this.value(column);
    if (v === '') return required ? this.error(column, 'Deze waarde is verplicht maar het veld is leeg.') : undefined;
    return v;
  }

  /** Free text; required unless said otherwise. */
  text(column: string, required = true): string | undefined {
    return this.present(column, required);
  }

  /**
   * A code of exactly `length` digits, kept as text with its leading zeros (`0889`). `what` names it
   * in the message (`een CBS-gemeentecode`), `example` shows one.
   */
  digits(column: string, length: number, what: string, example: string, required = true): string | undefined {
    const v = this.present(column, required);
    if (v === undefined) return undefined;
    if (new RegExp(`^\\d{${length}}$`).test(v)) return v;
    if (/^\d+$/.test(v) && v.length < length) {
      return this.error(
        column,
        `'${v}' heeft ${v.length} cijfer${v.length === 1 ? '' : 's'}; ${what} heeft er ${length} (bijvoorbeeld ${example}). ` +
          `Is de voorloopnul weggevallen (Excel)? Bedoeld is waarschijnlijk ${v.padStart(length, '0')}.`,
      );
    }
    return this.error(column, `'${v}' is geen ${what.replace(/^een /, '')}: die bestaat uit precies ${length} cijfers (bijvoorbeeld ${example}).`);
  }

  /** A BSN: 9 digits passing the elfproef. The value itself never appears in a message. */
  bsn(column: string): string | undefined {
    const v = this.present(column, true);
    if (v === undefined) return undefined;
    if (/^\d{7,8}$/.test(v)) {
      return this.error(column, `Het BSN heeft ${v.length} cijfers in plaats van 9. Is de voorloopnul weggevallen (Excel)?`);
    }
    if (!/^\d{9}$/.test(v)) return this.error(column, 'Het BSN bestaat niet uit precies 9 cijfers.');
    if (!voldoetAanElfproef(v)) return this.error(column, 'Het BSN voldoet niet aan de elfproef; controleer het burgerservicenummer.');
    return v;
  }

  date(column: string, required = true): string | undefined {
    const v = this.present(column, required);
    if (v === undefined) return undefined;
    const problem = dateProblem(v);
    return problem ? this.error(column, problem) : v;
  }

  /** Ingangsdatum (required) and einddatum (empty: open-ended), einddatum not before ingangsdatum. */
  period(): { ingangsdatum?: string; einddatum?: string } {
    const ingangsdatum = this.date('ingangsdatum');
    const einddatum = this.date('einddatum', false);
    if (ingangsdatum !== undefined && einddatum !== undefined && einddatum < ingangsdatum) {
      this.error('einddatum', `De einddatum ${einddatum} ligt vóór de ingangsdatum ${ingangsdatum}.`);
    }
    return { ingangsdatum, einddatum };
  }

  /** A whole number of eurocents, 0 or more. */
  cents(column: string, required = true, max = MAX_CENTS): number | undefined {
    const v = this.present(column, required);
    if (v === undefined) return undefined;
    const problem = centsProblem(v, max);
    return problem ? this.error(column, problem) : Number(v);
  }

  decimal(column: string, o: DecimalOptions, required = false): string | undefined {
    const v = this.present(column, required);
    if (v === undefined) return undefined;
    const r = parseDecimal(v, o);
    return 'problem' in r ? this.error(column, r.problem) : r.value;
  }

  /** One of a fixed set of words, case-insensitive; returns the canonical spelling. */
  choice<T extends string>(column: string, options: readonly T[], required = true): T | undefined {
    const v = this.present(column, required);
    if (v === undefined) return undefined;
    const found = options.find((o) => o.toLowerCase() === v.toLowerCase());
    if (found) return found;
    return this.error(column, `'${v}' is geen geldige waarde; kies uit: ${options.join(', ')}.`);
  }

  /** A code from one of the standard's code lists (`list` names it in the message). */
  code(column: string, codes: readonly Code[], list: string, required = true): string | undefined {
    const v = this.present(column, required);
    if (v === undefined) return undefined;
    if (codes.some(([c]) => c === v)) return v;
    return this.error(column, codeProblem(v, codes, list));
  }
}

/** Why `value` is not in the code list, with the likely intended code when a leading zero fell off. */
export function codeProblem(value: string, codes: readonly Code[], list: string): string {
  const padded = codes.find(([c]) => /^\d+$/.test(value) && c.length > value.length && c === value.padStart(c.length, '0'));
  const hint = padded ? ` Is de voorloopnul weggevallen (Excel)? Bedoeld is waarschijnlijk ${padded[0]} (${padded[1]}).` : '';
  const options = codes.length <= 10 ? ` Toegestaan: ${codes.map(([c, b]) => `${c} (${b})`).join(', ')}.` : '';
  return `'${value}' is geen code uit de codelijst ${list}.${hint || options}`;
}
