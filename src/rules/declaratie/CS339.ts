/**
 * CS339: with Eenheid 83 (euro's) the GeleverdVolume is an amount in eurocents (IV042), and the
 * IngediendBedrag of the Prestatie equals it, cent for cent. The indicator debet/credit plays no part:
 * a credit prestatie repeats the volume of the debet it reverses.
 */
import { defineRule } from '../rule.js';
import { prestaties } from '../paden.js';
import { euro } from './bedrag.js';

const EURO = '83';

export default defineRule({
  code: 'CS339',
  retourcode: '0001',
  level: 'bericht',
  description: "Indien Eenheid de waarde 83 (euro's) heeft, moet IngediendBedrag gelijk zijn aan GeleverdVolume.",
  check: {
    '323': (b) =>
      [...prestaties(b)]
        .filter((p) => p.item.Eenheid === EURO && p.item.IngediendBedrag.Bedrag !== p.item.GeleverdVolume)
        .map((p) => ({
          path: `${p.pad}/IngediendBedrag`,
          message: `Bij Eenheid 83 (euro's) moet het ingediende bedrag (${euro(p.item.IngediendBedrag.Bedrag)}) gelijk zijn aan het GeleverdVolume (${euro(p.item.GeleverdVolume)}).`,
        })),
  },
});
