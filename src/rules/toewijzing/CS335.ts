import { defineRule } from '../rule.js';
import { toegewezenProducten } from '../paden.js';

/**
 * RedenWijziging 13 (verwijderd) marks a toewijzing as never sent, which the standard expresses by
 * an Einddatum equal to the Ingangsdatum. Without an Einddatum the dates cannot be equal, so 13 is
 * not allowed then either.
 */
export default defineRule({
  code: 'CS335',
  retourcode: '0001',
  level: 'bericht',
  description: 'RedenWijziging 13 (verwijderd) mag alleen gebruikt worden indien de ingangsdatum gelijk is aan de einddatum',
  check: {
    '301': (b) =>
      [...toegewezenProducten(b)]
        .filter((p) => p.item.RedenWijziging === '13' && p.item.Einddatum !== p.item.Ingangsdatum)
        .map((p) => ({
          path: `${p.pad}/RedenWijziging`,
          message: 'RedenWijziging 13 (verwijderd) mag alleen als de einddatum gelijk is aan de ingangsdatum van het toegewezen product.',
        })),
  },
});
