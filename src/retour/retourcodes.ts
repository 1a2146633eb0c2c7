/**
 * The retourcodes (WJ001) that have a fixed role in building a retour, apart from the codes of the
 * rules: what a class gets when nothing was wrong with it, when it was not judged, when the message
 * failed an in-message rule, and when a declaratie was granted in full.
 */
import { betekenis } from '../standard/codes.js';
import type { StandaardId } from '../standard/standaard.js';

/** 0001: "Bericht is afgekeurd om technische redenen." An in-message (XSLT-level) rule failed. */
export const TECHNISCH_AFGEKEURD = '0001';
/** 0200: "Geen opmerking over deze berichtklasse." */
export const GEEN_OPMERKING = '0200';
/** 0233: "Berichtklasse is niet beoordeeld." */
export const NIET_BEOORDEELD = '0233';
/** 8001: "Declaratie is volledig toegewezen." (DeclaratieAntwoord of a 325 only). */
export const VOLLEDIG_TOEGEWEZEN = '8001';

/**
 * Does this code reject the class it stands on? 0200 (no remarks) and 0233 (not judged) do not;
 * every other code of WJ001 names the rule the class failed.
 */
export function isAfkeur(code: string): boolean {
  return code !== GEEN_OPMERKING && code !== NIET_BEOORDEELD;
}

/** The rejecting codes of a list, each once, in their first order. */
export function afkeurcodes(codes: Iterable<string>): string[] {
  return [...new Set([...codes].filter(isAfkeur))];
}

/** The codes of a list that are not in the standard's WJ001 list (the schemas enumerate it). */
export function onbekendeRetourcodes(codes: Iterable<string>, standaard: StandaardId): string[] {
  return [...new Set([...codes].filter((c) => betekenis('RetourCode', standaard, c) === undefined))];
}

/** The RetourCodes class as every retour message writes it. */
export function retourCodes(codes: readonly string[]): { RetourCode: string[] } {
  return { RetourCode: [...codes] };
}
