/**
 * The logical keys of the regieberichten (305 StartProduct, 307 StopProduct) and what matches what.
 * One place for the start/stop controls and for the fact writer, which marks the lines a
 * StatusAanlevering 3 deletes with the same function (`teVerwijderen`).
 *
 * From the standard (the Sleutelelement column of its per-data-element table, IV008, IV096):
 * - the scope is the client (Bsn, the key of the Client class above) of one aanbieder (Afzender) at
 *   one gemeente (Ontvanger); the Geheugen is asked per gemeente, agb and bsn;
 * - StartProduct: ToewijzingNummer, Product (Categorie and Code) and Begindatum; ToewijzingIngangsdatum
 *   and StatusAanlevering are not part of it (IV008 point 2);
 * - StopProduct: the start key plus RedenBeeindiging and Einddatum, so a start can have a temporary
 *   stop (RedenBeeindiging 20) and later a definitive one (TR413–TR415);
 * - taakgericht there is no toewijzing and no ToewijzingNummer: Product and Begindatum are the key.
 *
 * StatusAanlevering (COD467): 1 eerste aanlevering, 3 verwijderen aanlevering (2 is not allowed,
 * OP033x2/CS058). A line with 3 deletes the earlier line(s) with the same key: "de vorige
 * aanlevering(en) met dezelfde sleutel als niet verzonden beschouwd" (OP033). So a deleted key is free
 * again, and an aanlevering in force (`isActueel`) is an accepted line, not deleted since, that is not
 * itself a deletion. A rejected line was never processed: it counts for nothing.
 */
import type { Product, StartProduct305, StopProduct307 } from '../standard/berichten.generated.js';
import type { StartFeit, StopFeit } from './feiten.js';
import { datumTekst } from './kalender.js';

export const EERSTE_AANLEVERING = '1';
export const VERWIJDEREN_AANLEVERING = '3';
/** RedenBeeindiging 20: Levering is tijdelijk beëindigd. */
export const TIJDELIJK_BEEINDIGD = '20';

/** A start line, from a message or from the facts (a StartFeit is one). */
export interface Startregel {
  readonly toewijzingNummer?: number;
  readonly productcategorie?: string;
  readonly productcode?: string;
  readonly toewijzingIngangsdatum?: string;
  readonly begindatum: string;
  readonly statusAanlevering: string;
}

/** A stop line, from a message or from the facts (a StopFeit is one). */
export interface Stopregel extends Startregel {
  readonly redenBeeindiging: string;
  readonly einddatum: string;
}

const product = (p: Product | undefined): { productcategorie?: string; productcode?: string } => ({
  ...(p ? { productcategorie: p.Categorie } : {}),
  ...(p?.Code !== undefined ? { productcode: p.Code } : {}),
});

export function startregel(p: StartProduct305): Startregel {
  return {
    ...(p.ToewijzingNummer !== undefined ? { toewijzingNummer: p.ToewijzingNummer } : {}),
    ...product(p.Product),
    ...(p.ToewijzingIngangsdatum !== undefined ? { toewijzingIngangsdatum: p.ToewijzingIngangsdatum } : {}),
    begindatum: p.Begindatum,
    statusAanlevering: p.StatusAanlevering,
  };
}

export function stopregel(p: StopProduct307): Stopregel {
  return {
    ...(p.ToewijzingNummer !== undefined ? { toewijzingNummer: p.ToewijzingNummer } : {}),
    ...product(p.Product),
    ...(p.ToewijzingIngangsdatum !== undefined ? { toewijzingIngangsdatum: p.ToewijzingIngangsdatum } : {}),
    begindatum: p.Begindatum,
    redenBeeindiging: p.RedenBeeindiging,
    einddatum: p.Einddatum,
    statusAanlevering: p.StatusAanlevering,
  };
}

/** The start key in words, for a finding: `toewijzing 300201, product 55/55A11, begindatum 03-04-2026`. */
export function sleutelTekst(r: Startregel): string {
  const delen: string[] = [];
  if (r.toewijzingNummer !== undefined) delen.push(`toewijzing ${r.toewijzingNummer}`);
  const product = [r.productcategorie, r.productcode].filter((x) => x !== undefined).join('/');
  delen.push(product ? `product ${product}` : 'zonder product');
  delen.push(`begindatum ${datumTekst(r.begindatum)}`);
  return delen.join(', ');
}

/** The stop key in words: the start key, reden beëindiging and einddatum. */
export function stopsleutelTekst(r: Stopregel): string {
  return `${sleutelTekst(r)}, reden beëindiging ${r.redenBeeindiging}, einddatum ${datumTekst(r.einddatum)}`;
}

export const isVerwijdering = (r: Startregel): boolean => r.statusAanlevering === VERWIJDEREN_AANLEVERING;

const zelfdeProduct = (a: Startregel, b: Startregel): boolean =>
  a.productcategorie === b.productcategorie && a.productcode === b.productcode;

/** Same start key: ToewijzingNummer, Product and Begindatum. A stop matches the start it stops by this key (TR382). */
export function zelfdeStartsleutel(a: Startregel, b: Startregel): boolean {
  return a.toewijzingNummer === b.toewijzingNummer && zelfdeProduct(a, b) && a.begindatum === b.begindatum;
}

/** Same stop key: the start key plus RedenBeeindiging and Einddatum. */
export function zelfdeStopsleutel(a: Stopregel, b: Stopregel): boolean {
  return zelfdeStartsleutel(a, b) && a.redenBeeindiging === b.redenBeeindiging && a.einddatum === b.einddatum;
}

/**
 * The same ToegewezenProduct (TR326: "actueel Startbericht bij ToegewezenProduct"): the same
 * ToewijzingNummer; taakgericht, without ToewijzingNummer on either line, the same Product.
 */
export function zelfdeToegewezenProduct(a: Startregel, b: Startregel): boolean {
  if (a.toewijzingNummer !== undefined || b.toewijzingNummer !== undefined) return a.toewijzingNummer === b.toewijzingNummer;
  return zelfdeProduct(a, b);
}

/**
 * The same levering (TR413–TR415: "hetzelfde Bsn, ToewijzingNummer en Begindatum"): the same
 * ToegewezenProduct and Begindatum. Product is not in the rules' text: with a ToewijzingNummer the
 * product is the toewijzing's (IV075), so it adds nothing; without one it takes the number's place.
 */
export function zelfdeLevering(a: Startregel, b: Startregel): boolean {
  return zelfdeToegewezenProduct(a, b) && a.begindatum === b.begindatum;
}

/** An aanlevering in force: accepted, not deleted by a later StatusAanlevering 3, not itself a deletion. */
export function isActueel(f: StartFeit): boolean {
  return f.beoordeling === 'toegekend' && !f.verwijderd && !isVerwijdering(f);
}

/**
 * The earlier lines a StatusAanlevering-3 line deletes: the aanleveringen in force with the same
 * logical key (IV008). Empty: there is nothing to delete (TR063). The fact writer marks these
 * `verwijderd` when it records the accepted 3 line.
 */
export function teVerwijderen(regel: Stopregel, feiten: readonly StopFeit[]): StopFeit[];
export function teVerwijderen(regel: Startregel, feiten: readonly StartFeit[]): StartFeit[];
export function teVerwijderen(regel: Startregel | Stopregel, feiten: readonly StartFeit[]): StartFeit[] {
  const zelfde = 'redenBeeindiging' in regel ? (f: StartFeit) => zelfdeStopsleutel(regel, f as StopFeit) : (f: StartFeit) => zelfdeStartsleutel(regel, f);
  return feiten.filter((f) => isActueel(f) && zelfde(f));
}
