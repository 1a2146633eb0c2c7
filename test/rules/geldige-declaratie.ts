/**
 * A declaratie that keeps every in-message rule: the standard's example 323, with the two slips in
 * the iJw example corrected (its Client[2] repeats ReferentieNummer RN004 and declares on
 * ToewijzingNummer 10073 of Client[1]; see test/validate/voorbeelden.test.ts). Rule tests change it
 * in one place to make it fail in one way.
 */
import type { Bericht323 } from '../../src/standard/berichten.generated.js';
import { saldo } from '../../src/rules/declaratie/bedrag.js';
import { voorbeeldBericht } from '../berichten.js';

export function geldigeDeclaratie(naam: 'JW323' | 'WMO323'): Bericht323 {
  const b = voorbeeldBericht(naam);
  if (naam === 'JW323') {
    const [, tweede, derde] = b.Declaratie.Clienten[1]!.Prestaties;
    tweede!.ToewijzingNummer = 10075;
    derde!.ToewijzingNummer = 10075;
    derde!.ProductReferentie.ReferentieNummer = 'RN005';
  }
  return b;
}

/** The prestatie at client `c`, prestatie `p` (0-based), to change in place. */
export const prestatie = (b: Bericht323, c: number, p: number) => b.Declaratie.Clienten[c]!.Prestaties[p]!;

/** Sets TotaalIngediendBedrag to the sum of the prestaties (TR358), after a case added or changed some. */
export function herbereken(b: Bericht323): Bericht323 {
  const som = saldo(b.Declaratie.Clienten.flatMap((c) => c.Prestaties.map((p) => p.IngediendBedrag)));
  b.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: som.bedrag, DebetCredit: som.debetCredit };
  return b;
}
