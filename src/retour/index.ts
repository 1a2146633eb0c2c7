/**
 * The retour of any received message, by its message type: 302/306/308/316/318/320 by the
 * standard's general construction (`retour.ts`), 325 for a 323 (`declaratie-antwoord.ts`). The 319
 * antwoordbericht is an answer of its own, not a retour (`antwoord.ts`).
 */
import type { Beoordeling, RetourKop } from '../decide/beoordeling.js';
import type { Berichten } from '../standard/berichten.generated.js';
import type { Berichttype } from '../standard/catalogue.js';
import type { Berichtnummer } from '../standard/model/berichten.js';
import { buildDeclaratieAntwoord } from './declaratie-antwoord.js';
import type { RetourOpties } from './kop.js';
import { geweigerd, type RetourResultaat } from './resultaat.js';
import { buildRetour, retourNummers, type HeenMetRetour } from './retour.js';

export { buildAntwoord, afgewezenWegensWoonplaatsbeginsel, type VerzoekAntwoord } from './antwoord.js';
export { buildDeclaratieAntwoord } from './declaratie-antwoord.js';
export { buildRetour, retourNummers, type HeenMetRetour, type RetourNummer } from './retour.js';
export type { RetourOpties } from './kop.js';
export type { RetourResultaat, Weigering, Weigeringsreden } from './resultaat.js';
export { retourtermijnWerkdagen, uitersteDatum } from './termijn.js';

type RetourberichtNummer = (typeof retourNummers)[HeenMetRetour] | '325';

/** A retour message with its number, ready for `buildBericht(standaard, nummer, bericht)`. */
export type Retourbericht = { [N in RetourberichtNummer]: { readonly nummer: N; readonly bericht: Berichten[N] } }[RetourberichtNummer];

export function buildRetourbericht(
  type: Berichttype,
  heen: Berichten[Berichtnummer],
  beoordeling: Beoordeling,
  kop: RetourKop,
  opties: RetourOpties = {},
): RetourResultaat<Retourbericht> {
  const s = type.standaard;
  if (type.nummer === '323') {
    const r = buildDeclaratieAntwoord(s, heen as Berichten['323'], beoordeling, kop, opties);
    return r.ok ? { ok: true, bericht: { nummer: '325', bericht: r.bericht } } : r;
  }
  if (type.nummer in retourNummers) {
    const nummer = type.nummer as HeenMetRetour;
    const r = buildRetour(s, nummer, heen as Berichten[HeenMetRetour], beoordeling, kop, opties);
    return r.ok ? { ok: true, bericht: { nummer: retourNummers[nummer], bericht: r.bericht } as Retourbericht } : r;
  }
  return geweigerd('ongeldige-invoer', `Op een ${type.omschrijving.toLowerCase()} (${type.naam}) wordt geen retourbericht gestuurd.`);
}
