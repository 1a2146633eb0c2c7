/**
 * CSV that opens cleanly in Excel: UTF-8 with a byte-order mark (so é, ë and € survive), CRLF line
 * ends, a header row with Dutch column names. Two dialects:
 *  - default: `,` between fields and `.` as decimal point (Excel with English regional settings, and
 *    any program);
 *  - `komma`: `;` between fields and `,` as decimal comma (Excel with Dutch regional settings, which
 *    reads `;`-separated files as columns and `12,5` as a number).
 * Codes (gemeentecode 0983, AGB-code, productcode, ToewijzingNummer) are written as `="0983"`, a text
 * formula Excel shows as 0983: without it Excel drops leading zeros and turns long numbers into
 * 1,2E+11. Money (eurocents) is written in euro with two decimals, exactly. Text that starts with
 * `=`, `+`, `-`, `@` or a tab is prefixed with `'` so it is never run as a formula.
 */
import type { Waarde } from './figuren.js';
import type { Kolom } from './kolommen.js';

export interface CsvOpties {
  /** Dutch dialect: `;` separator, decimal comma. */
  readonly komma?: boolean;
}

const BOM = '\uFEFF';
const CODE = /^[0-9A-Za-z._/-]+$/;

/** Eurocents as euro with two decimals, exactly (no floating point): -12345 → `-123.45`. */
export function euroTekst(cent: number, decimaalteken = '.'): string {
  if (!Number.isSafeInteger(cent)) throw new Error(`geen bedrag in centen: ${cent}`);
  const teken = cent < 0 ? '-' : '';
  const a = Math.abs(cent);
  return `${teken}${Math.floor(a / 100)}${decimaalteken}${String(a % 100).padStart(2, '0')}`;
}

/** A number as written: no exponent, the chosen decimal sign. */
function getal(n: number, decimaalteken: string): string {
  const s = n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  return decimaalteken === '.' ? s : s.replace('.', decimaalteken);
}

function veilig(tekst: string, scheiding: string): string {
  const t = /^[=+\-@\t\r]/.test(tekst) ? `'${tekst}` : tekst;
  return t.includes(scheiding) || /["\r\n]/.test(t) || t !== t.trim() ? `"${t.replace(/"/g, '""')}"` : t;
}

/** One cell's text. */
export function csvWaarde(w: Waarde | undefined, kolom: Kolom, opties: CsvOpties = {}): string {
  const scheiding = opties.komma ? ';' : ',';
  const decimaal = opties.komma ? ',' : '.';
  if (w === null || w === undefined || w === '') return '';
  switch (kolom.soort) {
    case 'code': {
      const t = String(w);
      return CODE.test(t) ? `="${t}"` : veilig(t, scheiding);
    }
    case 'euro':
      return euroTekst(Number(w), decimaal);
    case 'geheel':
    case 'decimaal':
    case 'procent':
      return typeof w === 'number' ? getal(w, decimaal) : veilig(String(w), scheiding);
    case 'ja-nee':
      return w === true ? 'ja' : w === false ? 'nee' : veilig(String(w), scheiding);
    default:
      return veilig(String(w), scheiding);
  }
}

/** The whole file: BOM, header row, one line per row, CRLF. */
export function naarCsv(kolommen: readonly Kolom[], rijen: readonly Readonly<Record<string, Waarde>>[], opties: CsvOpties = {}): string {
  const scheiding = opties.komma ? ';' : ',';
  const regels = [kolommen.map((k) => veilig(k.kop, scheiding)).join(scheiding)];
  for (const r of rijen) regels.push(kolommen.map((k) => csvWaarde(r[k.sleutel], k, opties)).join(scheiding));
  return `${BOM}${regels.join('\r\n')}\r\n`;
}
