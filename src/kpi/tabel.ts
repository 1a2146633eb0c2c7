/**
 * A figure's rows as a plain text table for the terminal (`iwj kpi show`): Dutch headings, decimal
 * commas, euro amounts with a € sign, columns aligned (numbers to the right).
 */
import { csvWaarde } from './csv.js';
import type { Waarde } from './figuren.js';
import type { Kolom } from './kolommen.js';

function cel(w: Waarde | undefined, k: Kolom): string {
  if (w === null || w === undefined || w === '') return '–';
  if (k.soort === 'euro') return `€ ${csvWaarde(w, k, { komma: true })}`;
  if (k.soort === 'code') return String(w);
  if (k.soort === 'procent') return `${csvWaarde(w, k, { komma: true })} %`;
  return csvWaarde(w, k, { komma: true }).replace(/^"(.*)"$/, '$1');
}

const RECHTS = new Set(['geheel', 'decimaal', 'procent', 'euro']);

export function tekstTabel(kolommen: readonly Kolom[], rijen: readonly Readonly<Record<string, Waarde>>[]): string {
  const tabel = [kolommen.map((k) => k.kop), ...rijen.map((r) => kolommen.map((k) => cel(r[k.sleutel], k)))];
  const breedte = kolommen.map((_, i) => Math.max(...tabel.map((r) => r[i]!.length)));
  const regel = (r: string[]): string =>
    r.map((c, i) => (RECHTS.has(kolommen[i]!.soort) ? c.padStart(breedte[i]!) : c.padEnd(breedte[i]!))).join('  ').trimEnd();
  return [regel(tabel[0]!), breedte.map((b) => '─'.repeat(b)).join('  '), ...tabel.slice(1).map(regel)].join('\n') + '\n';
}
