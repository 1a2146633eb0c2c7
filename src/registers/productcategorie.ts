/**
 * Product categorie and product code as the registers carry them. A categorie belongs to exactly
 * one standard (iWmo 01–18, iJw 31–55), so it tells which wettelijk domein a row is for.
 */
import { codes } from '../standard/codes.js';
import type { StandaardId } from '../standard/standaard.js';
import type { Code } from '../standard/model/types.js';
import { codeProblem, type RowReader } from './row-reader.js';

const STANDAARDEN: readonly StandaardId[] = ['iWmo', 'iJw'];

/** The standard whose ProductCategorie list holds this code, if any. */
export function standaardVanCategorie(productcategorie: string): StandaardId | undefined {
  return STANDAARDEN.find((s) => codes('ProductCategorie', s).some(([c]) => c === productcategorie));
}

/** The productcategorie column, with the standard it belongs to. */
export function readProductcategorie(r: RowReader, column = 'productcategorie'): { productcategorie: string; standaard: StandaardId } | undefined {
  const v = r.text(column);
  if (v === undefined) return undefined;
  const standaard = standaardVanCategorie(v);
  if (standaard) return { productcategorie: v, standaard };
  const all: Code[] = STANDAARDEN.flatMap((s) => codes('ProductCategorie', s));
  return r.error(column, codeProblem(v, all, 'ProductCategorie (iWmo of iJw)'));
}

/** A product code (LDT_ProductCode: 1 to 5 characters). */
export function readProductcode(r: RowReader, required: boolean, column = 'productcode'): string | undefined {
  const v = r.text(column, required);
  if (v === undefined) return undefined;
  if (v.length > 5) return r.error(column, `'${v}' is te lang: een productcode heeft hoogstens 5 tekens.`);
  return v;
}

/** The codes of a list for the row's standard; both standards' codes when the standard is unknown. */
export function codesVoor(lijst: 'Eenheid' | 'Frequentie', standaard: StandaardId | undefined): readonly Code[] {
  if (standaard) return codes(lijst, standaard);
  const seen = new Map<string, Code>();
  for (const s of STANDAARDEN) for (const c of codes(lijst, s)) if (!seen.has(c[0])) seen.set(c[0], c);
  return [...seen.values()];
}
