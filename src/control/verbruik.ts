/**
 * What has been used of a toewijzing, for the rules that add prestaties up (TR322 volume, TR369
 * budget). The standard's order of processing is followed (OP366): first what earlier messages
 * established, then this message's credits, then its debets in document order.
 *
 * - Earlier prestaties count unless they were rejected ('afgewezen'); prestaties still in onderzoek
 *   count, as they may yet be paid. A credit counts negatively.
 * - A credit in this message counts when it credits an approved earlier debet (as TR323 demands).
 * - A debet in this message that would exceed the limit is reported and left out of the running
 *   total (it is rejected), so the debets after it are judged on what remains.
 */
import type { Geheugen } from './context.js';
import type { PrestatieFeit } from './feiten.js';
import type { Bericht323, Client323, Prestatie323 } from '../standard/berichten.generated.js';
import { prestaties, type Op } from '../rules/paden.js';

export interface Post {
  /** `YYYY-MM` of the ProductPeriode. */
  readonly maand: string;
  /** In the measure compared (volume in the toewijzing's measure, or eurocents). */
  readonly hoeveelheid: number;
  readonly credit: boolean;
}

export interface BerichtPost<T> extends Post {
  readonly item: T;
}

export type BerichtPrestatie = Op<Prestatie323> & { readonly client: Client323 };

/** Every prestatie of the message by ToewijzingNummer, in document order. */
export function prestatiesPerToewijzing(b: Bericht323): Map<number, BerichtPrestatie[]> {
  const m = new Map<number, BerichtPrestatie[]>();
  for (const p of prestaties(b)) {
    const list = m.get(p.item.ToewijzingNummer);
    if (list) list.push(p);
    else m.set(p.item.ToewijzingNummer, [p]);
  }
  return m;
}

/** Earlier prestaties that still count (not rejected). */
export function tellendePrestaties(feiten: readonly PrestatieFeit[]): PrestatieFeit[] {
  return feiten.filter((f) => f.status !== 'afgewezen');
}

/** Whether a credit in this message credits an approved earlier debet (and so counts). */
export function crediteertGoedgekeurdeDebet(geheugen: Geheugen, agb: string, p: Prestatie323): boolean {
  const vorig = p.ProductReferentie.VorigReferentieNummer;
  if (vorig === undefined) return false;
  const debet = geheugen.prestatie(agb, vorig);
  return debet !== undefined && debet.debetCredit === 'D' && debet.status === 'toegekend';
}

/** Net sum: debets count up, credits down. */
export function saldo(posten: readonly Post[]): number {
  let som = 0;
  for (const p of posten) som += p.credit ? -p.hoeveelheid : p.hoeveelheid;
  return som;
}

/**
 * Adds this message's credits, then its debets one by one, to the earlier posts; returns the debets
 * that do not fit, with the reason `toets` gives (it answers for the posts so far plus the new one,
 * undefined when they fit).
 */
export function overschrijdingen<T>(
  eerder: readonly Post[],
  credits: readonly Post[],
  debets: readonly BerichtPost<T>[],
  toets: (posten: readonly Post[], nieuw: BerichtPost<T>) => string | undefined,
): { readonly post: BerichtPost<T>; readonly reden: string }[] {
  const geteld: Post[] = [...eerder, ...credits];
  const teVeel: { post: BerichtPost<T>; reden: string }[] = [];
  for (const p of debets) {
    const reden = toets([...geteld, p], p);
    if (reden === undefined) geteld.push(p);
    else teVeel.push({ post: p, reden });
  }
  return teVeel;
}
