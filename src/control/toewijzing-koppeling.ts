/**
 * Which toewijzing a prestatie is about, and whether it may be declared on: the version in force of
 * the ToegewezenProduct with that ToewijzingNummer in the receiving gemeente.
 *
 * The version in force is the latest by Toewijzingsdatum + Toewijzingstijd (IV013, OP033x1: "de
 * meest recente toewijzing op toewijzingsdatum en -tijd is bepalend voor de inhoud van de
 * toewijzing"); a later version replaces the earlier ones for the whole toewijzing (Einddatum,
 * Budget, Volume), so the period a prestatie covers does not select among versions.
 *
 * The toewijzing-based rules (TR307, TR308, TR321, ...) only judge a prestatie whose toewijzing is
 * really its own (`gekoppeld`); the other outcomes each have their own rule, so a prestatie gets
 * one clear reason instead of a cascade:
 * - `onbekend`: this gemeente never issued that number (TR338, 9338);
 * - `andere-aanbieder`: issued to another aanbieder (TR338, 9338);
 * - `andere-client`: issued for another client (TR304, 8187);
 * - `verwijderd`: the version in force has RedenWijziging 13 (TR384, 9384).
 */
import type { Geheugen } from './context.js';
import type { ToewijzingFeit } from './feiten.js';
import type { Bericht323, Client323, Prestatie323 } from '../standard/berichten.generated.js';
import { prestaties, type Op } from '../rules/paden.js';

export const REDEN_VERWIJDERD = '13';

export type Koppeling =
  | { readonly soort: 'onbekend' }
  | { readonly soort: 'andere-aanbieder' | 'andere-client' | 'verwijderd' | 'gekoppeld'; readonly toewijzing: ToewijzingFeit };

export interface PrestatieSleutel {
  /** Header Ontvanger. */
  readonly gemeente: string;
  /** Header Afzender. */
  readonly agb: string;
  readonly bsn: string;
  readonly toewijzingNummer: number;
}

/** The key of a prestatie in a 323: the gemeente it is sent to, the aanbieder, the client, the number. */
export function prestatieSleutel(b: Bericht323, p: { readonly item: Prestatie323; readonly client: Client323 }): PrestatieSleutel {
  return { gemeente: b.Header.Ontvanger, agb: b.Header.Afzender, bsn: p.client.Bsn, toewijzingNummer: p.item.ToewijzingNummer };
}

export function koppelToewijzing(geheugen: Geheugen, s: PrestatieSleutel): Koppeling {
  const toewijzing = geheugen.toewijzing(s.gemeente, s.toewijzingNummer);
  if (!toewijzing) return { soort: 'onbekend' };
  if (toewijzing.agb !== s.agb) return { soort: 'andere-aanbieder', toewijzing };
  if (toewijzing.bsn !== s.bsn) return { soort: 'andere-client', toewijzing };
  if (toewijzing.redenWijziging === REDEN_VERWIJDERD) return { soort: 'verwijderd', toewijzing };
  return { soort: 'gekoppeld', toewijzing };
}

/** The toewijzing a prestatie may be judged against, or undefined when another rule speaks. */
export function gekoppeldeToewijzing(geheugen: Geheugen, s: PrestatieSleutel): ToewijzingFeit | undefined {
  const k = koppelToewijzing(geheugen, s);
  return k.soort === 'gekoppeld' ? k.toewijzing : undefined;
}

export type GekoppeldePrestatie = Op<Prestatie323> & { readonly client: Client323; readonly toewijzing: ToewijzingFeit };

/**
 * The debet prestaties of a 323 with the toewijzing they are judged against (credits left out: a
 * credit withdraws an approved debet and is not refused on the toewijzing's or contract's terms,
 * IV085; TR323 and TR390 judge credits).
 */
export function* gekoppeldeDebetPrestaties(b: Bericht323, geheugen: Geheugen): Generator<GekoppeldePrestatie> {
  for (const p of prestaties(b)) {
    if (p.item.IngediendBedrag.DebetCredit === 'C') continue;
    const toewijzing = gekoppeldeToewijzing(geheugen, prestatieSleutel(b, p));
    if (toewijzing) yield { ...p, toewijzing };
  }
}
