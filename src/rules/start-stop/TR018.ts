/**
 * TR018: in a StopProduct (307) the Einddatum of the levering is on or after its Begindatum. The same
 * day is allowed (a levering of one day).
 */
import { defineRule } from '../rule.js';
import { stopProducten } from '../paden.js';
import { isVoor } from '../datum.js';

export default defineRule({
  code: 'TR018',
  retourcode: '0001',
  level: 'bericht',
  description: 'Einddatum moet groter dan of gelijk zijn aan Begindatum.',
  check: {
    '307': (b) =>
      [...stopProducten(b)]
        .filter((p) => isVoor(p.item.Einddatum, p.item.Begindatum))
        .map((p) => ({
          path: `${p.pad}/Einddatum`,
          message: `De Einddatum (${p.item.Einddatum}) ligt voor de Begindatum (${p.item.Begindatum}) van de levering; de Einddatum moet op of na de Begindatum liggen.`,
        })),
  },
});
