import { defineRule, type RuleFinding } from '../rule.js';
import { aangevraagdeProducten, contacten, nieuweProducten, teWijzigenProducten, toegewezenProducten } from '../paden.js';

/**
 * An end date on or after the start of its own period; equal is allowed (a one-day period, or a
 * toewijzing removed with RedenWijziging 13). ISO dates compare as text. "Indien van toepassing":
 * an open period (no end) or a Contact/Periode without Begindatum has nothing to compare, so it
 * passes (CDT_OpenPeriode allows a Begindatum and/or an Einddatum).
 */
function controleer(begin: string | undefined, eind: string | undefined, pad: string, wat: string): RuleFinding[] {
  if (begin === undefined || eind === undefined || eind >= begin) return [];
  return [{ path: pad, message: `De einddatum ligt voor de ${wat}; de einddatum moet gelijk aan of later dan de ${wat} zijn.` }];
}

export default defineRule({
  code: 'CS003',
  retourcode: '0001',
  level: 'bericht',
  description:
    'Indien van toepassing vullen met een waarde die groter is dan, of gelijk is aan de Begindatum (of Ingangsdatum) van de aangeduide periode.',
  check: {
    '301': (b) => [
      ...[...contacten(b)].flatMap((c) =>
        controleer(c.item.Periode?.Begindatum, c.item.Periode?.Einddatum, `${c.pad}/Periode/Einddatum`, 'begindatum van de periode van dit adres'),
      ),
      ...[...toegewezenProducten(b)].flatMap((p) =>
        controleer(p.item.Ingangsdatum, p.item.Einddatum, `${p.pad}/Einddatum`, 'ingangsdatum van het toegewezen product'),
      ),
    ],
    '315': (b) =>
      [...aangevraagdeProducten(b)].flatMap((p) =>
        controleer(p.item.ToewijzingIngangsdatum, p.item.ToewijzingEinddatum, `${p.pad}/ToewijzingEinddatum`, 'ingangsdatum van het aangevraagde product'),
      ),
    '317': (b) => [
      ...[...teWijzigenProducten(b)].flatMap((p) =>
        controleer(p.item.GewensteIngangsdatum, p.item.Einddatum, `${p.pad}/Einddatum`, 'gewenste ingangsdatum van het te wijzigen product'),
      ),
      ...[...nieuweProducten(b)].flatMap((p) =>
        controleer(p.item.GewensteIngangsdatum, p.item.Einddatum, `${p.pad}/Einddatum`, 'gewenste ingangsdatum van het nieuwe product'),
      ),
    ],
  },
});
