/**
 * Values for simple types: one valid value to build seeds with, and for mutation a suite of values
 * around the edges of every facet (length, range, pattern, enumeration, the lexical space of dates,
 * times and integers, whitespace, non-ASCII). The suite mixes values that are valid and values that
 * are not; which is which is for the reference schema to say, not for this file.
 */
import type { Prng } from './prng.js';
import type { SimpleType } from './xsd-model.js';

export interface ValueVariant {
  readonly label: string;
  readonly value: string;
}

const isLiteral = (pattern: string): boolean => !/[\\[\](){}.*+?^$|]/.test(pattern);

/** A JavaScript approximation of the facets, good enough to pick valid seed values from candidates. */
export function looksValid(t: SimpleType, v: string): boolean {
  const length = [...v].length;
  if (t.minLength !== undefined && length < t.minLength) return false;
  if (t.maxLength !== undefined && length > t.maxLength) return false;
  if (t.enumeration && !t.enumeration.includes(v)) return false;
  for (const p of t.patterns) if (!new RegExp(`^(?:${p})$`, 'u').test(v)) return false;
  if (t.base === 'integer') {
    if (!/^[0-9]+$/.test(v)) return false;
    const n = Number(v);
    if (t.minInclusive !== undefined && n < t.minInclusive) return false;
    if (t.maxInclusive !== undefined && n > t.maxInclusive) return false;
  }
  return true;
}

const STRING_CANDIDATES = ['Tekst', 'AB', '1.0.0', '0363', '12345678', '123456789', '0612345678', 'A1', 'x', '1'];

export function validValue(t: SimpleType): string {
  const literal = t.patterns.at(-1);
  if (literal !== undefined && isLiteral(literal)) return literal;
  if (t.enumeration) return t.enumeration[0]!;
  switch (t.base) {
    case 'integer': {
      const min = t.minInclusive ?? 0;
      const max = t.maxInclusive ?? Number.MAX_SAFE_INTEGER;
      return String(Math.min(Math.max(1, min), max));
    }
    case 'date':
      return '2024-01-15';
    case 'time':
      return '12:30:00';
    case 'string': {
      const found = STRING_CANDIDATES.find((c) => looksValid(t, c));
      if (found === undefined) throw new Error(`no valid value known for ${t.name}`);
      return found;
    }
  }
}

/** A valid string of exactly `n` characters, if one of a few fill characters makes one. */
function filled(t: SimpleType, n: number): string | undefined {
  for (const c of ['x', 'A', '1']) {
    const v = c.repeat(n);
    if (looksValid(t, v)) return v;
  }
  return undefined;
}

function enumerationNeighbours(code: string): string[] {
  const out: string[] = [];
  if (/^[0-9]+$/.test(code)) {
    const n = Number(code);
    for (const m of [n - 1, n + 1]) if (m >= 0) out.push(String(m).padStart(code.length, '0'));
    if (code.startsWith('0') && code.length > 1) out.push(String(n));
    out.push(`0${code}`);
  } else {
    out.push(code.toLowerCase() === code ? code.toUpperCase() : code.toLowerCase());
    const last = code.charCodeAt(code.length - 1);
    out.push(code.slice(0, -1) + String.fromCharCode(last === 90 ? 65 : last + 1));
  }
  return out;
}

const unique = (variants: ValueVariant[], current: string): ValueVariant[] => {
  const seen = new Set<string>([current]);
  return variants.filter((v) => (seen.has(v.value) ? false : (seen.add(v.value), true)));
};

export interface VariantContext {
  readonly prng: Prng;
  /** Try every code of the list (and every code of the other standard's list), not a sample. */
  readonly allCodes: boolean;
  /** Codes of the same list in the other standard (iWmo vs iJw), to try across the border. */
  readonly otherCodes?: readonly string[];
  /** Codes of the same list in our schema (any code we have and the reference lacks must show). */
  readonly oursCodes?: readonly string[];
}

/** The value suite for a type, around the element's current (valid) value. */
export function valueVariants(t: SimpleType, current: string, ctx: VariantContext): ValueVariant[] {
  const v: ValueVariant[] = [];
  const add = (label: string, value: string): void => void v.push({ label, value });

  // Whitespace and emptiness, for every type.
  add('empty', '');
  add('whitespace only', ' ');
  add('whitespace only (tab, newline)', '\t\n ');
  add('leading space', ` ${current}`);
  add('trailing space', `${current} `);
  add('surrounding newlines', `\n${current}\n`);
  add('trailing no-break space', `${current}\u00a0`);
  add('no-break space only', '\u00a0');

  if (t.enumeration) {
    const codes = t.enumeration;
    const tried = codes.length <= 8 || ctx.allCodes ? codes : [codes[0]!, codes.at(-1)!, ...ctx.prng.sample(codes.slice(1, -1), 4)];
    for (const c of tried) add(`valid code ${c}`, c);
    for (const c of ctx.allCodes ? codes : ctx.prng.sample(codes, 4)) {
      for (const n of enumerationNeighbours(c)) add(`neighbour of code ${c}`, n);
    }
    const foreign = (ctx.otherCodes ?? []).filter((o) => !codes.includes(o));
    for (const c of ctx.allCodes ? foreign : ctx.prng.sample(foreign, 4)) {
      add(`code of the other standard ${c}`, c);
    }
    for (const c of (ctx.oursCodes ?? []).filter((o) => !codes.includes(o))) add(`code only in our schema ${c}`, c);
    add('lower case', current.toLowerCase());
  }

  switch (t.base) {
    case 'integer':
      integerVariants(t, current, add);
      break;
    case 'date':
      dateVariants(add);
      break;
    case 'time':
      timeVariants(add);
      break;
    case 'string':
      stringVariants(t, current, add);
      break;
  }
  return unique(v, current);
}

function integerVariants(t: SimpleType, current: string, add: (label: string, value: string) => void): void {
  const min = t.minInclusive;
  const max = t.maxInclusive;
  if (min !== undefined) {
    add('minInclusive', String(min));
    add('below minInclusive', String(min - 1));
  }
  if (max !== undefined) {
    add('maxInclusive', String(max));
    add('above maxInclusive', String(max + 1));
    add('far above maxInclusive', `${max}${max}`);
  }
  add('plus sign', `+${current}`);
  add('minus sign', `-${current}`);
  add('negative zero', '-0');
  add('plus zero', '+0');
  add('leading zeros', `00${current}`);
  add('leading zero', `0${current}`);
  add('decimal point zero', `${current}.0`);
  add('decimal fraction', `${current}.5`);
  add('decimal comma', `${current},5`);
  add('exponent', `${current}e2`);
  add('hexadecimal', '0x1F');
  add('digit group space', `1 000`);
  add('full-width digits', '１２');
  add('arabic-indic digit', '٣');
  add('letters', 'twaalf');
  add('huge', '123456789012345678901234567890');
  add('surrounding tabs', `\t${current}\t`);
}

function dateVariants(add: (label: string, value: string) => void): void {
  const dates: Array<[string, string]> = [
    ['leap day', '2024-02-29'],
    ['leap day of a century leap year', '2000-02-29'],
    ['last day of a year', '1999-12-31'],
    ['February 30th', '2026-02-30'],
    ['February 29th of a common year', '2023-02-29'],
    ['February 29th of a century non-leap year', '1900-02-29'],
    ['April 31st', '2026-04-31'],
    ['month 13', '2026-13-01'],
    ['month 00', '2026-00-10'],
    ['day 00', '2026-01-00'],
    ['day 32', '2026-01-32'],
    ['unpadded month and day', '2026-1-5'],
    ['two-digit year', '26-01-05'],
    ['with Z time zone', '2026-01-05Z'],
    ['with +01:00 time zone', '2026-01-05+01:00'],
    ['with -05:00 time zone', '2026-01-05-05:00'],
    ['with time', '2026-01-05T10:00:00'],
    ['with time after a space', '2026-01-05 10:00'],
    ['slashes', '2026/01/05'],
    ['no separators', '20260105'],
    ['Dutch order', '05-01-2026'],
    ['negative year', '-2026-01-05'],
    ['year 0000', '0000-01-01'],
    ['five-digit year', '10000-01-01'],
    ['full-width digits', '２０２６-01-05'],
  ];
  for (const [label, value] of dates) add(label, value);
}

function timeVariants(add: (label: string, value: string) => void): void {
  const times: Array<[string, string]> = [
    ['midnight', '00:00:00'],
    ['last second', '23:59:59'],
    ['fraction', '12:30:00.5'],
    ['microseconds', '12:30:00.123456'],
    ['24:00:00', '24:00:00'],
    ['no seconds', '12:30'],
    ['unpadded hour', '1:30:00'],
    ['minute 60', '12:60:00'],
    ['second 60', '12:30:60'],
    ['hour 25', '25:00:00'],
    ['with Z', '12:30:00Z'],
    ['with +01:00', '12:30:00+01:00'],
    ['with -01:00', '12:30:00-01:00'],
    ['dots', '12.30.00'],
    ['no separators', '123000'],
    ['T prefix', 'T12:30:00'],
    ['date and time', '2024-01-15T12:30:00'],
  ];
  for (const [label, value] of times) add(label, value);
}

function stringVariants(t: SimpleType, current: string, add: (label: string, value: string) => void): void {
  const min = t.minLength;
  const max = t.maxLength;
  if (max !== undefined) {
    const atMax = filled(t, max);
    if (atMax !== undefined) add(`maxLength (${max})`, atMax);
    add(`too long (${max + 1})`, (atMax?.[0] ?? 'x').repeat(max + 1));
    add('current value plus one character', `${current}${current.at(-1) ?? 'x'}`);
    add(`maxLength in non-ASCII characters (${max})`, 'é'.repeat(max));
    add(`too long in non-ASCII characters (${max + 1})`, 'é'.repeat(max + 1));
    add(`maxLength in astral characters (${max})`, '😀'.repeat(max));
  } else {
    add('very long (5000)', 'Lange tekst '.repeat(416) + 'eind');
  }
  if (min !== undefined) {
    const atMin = filled(t, min);
    if (atMin !== undefined) add(`minLength (${min})`, atMin);
    if (min > 1) add(`too short (${min - 1})`, (atMin?.[0] ?? 'x').repeat(min - 1));
  }
  if (current.length > 1) {
    add('one character shorter', current.slice(0, -1));
    add('space inside', `${current.slice(0, 1)} ${current.slice(1)}`);
  }
  add('upper case', current.toUpperCase());
  add('lower case', current.toLowerCase());
  add('accented letter', `é${current.slice(1)}`);
  add('non-ASCII suffix', `${current}ë`);
  add('CJK', '中文');
  add('emoji', '😀');
  add('letter in place of a digit', current.replace(/[0-9]/, 'A'));
  add('full-width digits', current.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))));
  add('arabic-indic digits', current.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))));
  add('minus sign', `-${current}`);
  add('internal newline', `${current.slice(0, 1)}\n${current.slice(1)}`);
  add('markup characters', `${current}<&>`);
  add('dots only', '...');
  add('dotted letters', 'A.B.');
  add('dotted version', '1.0');
  add('four-part version', '1.0.0.0');
  add('leading zero version', '01.0.0');
  add('big version', '10.20.30');
  add('letters with hyphen', 'ABC-1');
  add('Latin Extended Additional beyond ỳ', 'ỹ');
  add('multiplication sign (inside À-ỳ)', '×');
  add('Greek capital omega', 'Ω');
  add('full-width letter', 'Ａ');
}
