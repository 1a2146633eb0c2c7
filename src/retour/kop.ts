/**
 * The identification a retour (or a 319/325) carries of itself, checked against the standard's
 * datatypes before it goes into a header: LDT_IdentificatieBericht (RS017: at most 12 positions,
 * RS033: not empty), LDT_Datum (RS032: a date without time zone), LDT_Versie (RS048: three whole
 * numbers separated by points).
 */
import type { RetourKop } from '../decide/beoordeling.js';
import type { Standaard } from '../standard/standaard.js';
import type { XsdVersie } from '../standard/berichten.generated.js';

export interface RetourOpties {
  /**
   * The version of the standard's published XSLTs, when a rejection rests on them (IV028, IV033:
   * then it is mandatory). This pipeline checks its in-message rules with its own code, not with
   * those XSLTs, so by default the element is left out.
   */
  readonly xsltVersie?: string;
}

const VERSIE = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;

function isDatum(d: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) return false;
  const [j, mnd, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(j, mnd - 1, dag));
  return t.getUTCFullYear() === j && t.getUTCMonth() === mnd - 1 && t.getUTCDate() === dag;
}

/** A Dutch sentence naming what is wrong with the kop or the options, or undefined when all is well. */
export function kopFout(kop: RetourKop, opties: RetourOpties = {}): string | undefined {
  if (kop.identificatie.trim() === '' || kop.identificatie.length > 12) {
    return 'De identificatie van het bericht moet gevuld zijn en mag hoogstens 12 tekens lang zijn.';
  }
  if (!isDatum(kop.dagtekening)) return 'De dagtekening van het bericht moet een bestaande datum zijn (JJJJ-MM-DD).';
  if (opties.xsltVersie !== undefined && !VERSIE.test(opties.xsltVersie)) {
    return 'De XsltVersie moet bestaan uit drie gehele getallen gescheiden door punten.';
  }
  return undefined;
}

/** The XsdVersie of the schemas our own messages are made on (IV034). */
export function eigenXsdVersie(s: Standaard): XsdVersie {
  return { BasisschemaXsdVersie: s.xsdVersie.basisschema, BerichtXsdVersie: s.xsdVersie.bericht };
}
