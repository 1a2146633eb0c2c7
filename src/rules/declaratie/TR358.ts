import { defineRule } from '../rule.js';
import { prestaties } from '../paden.js';
import { euroDC, getekend, saldo } from './bedrag.js';
import { met303 } from '../legacy/als323.js';

export { saldo } from './bedrag.js';

export default defineRule({
  code: 'TR358',
  retourcode: '0001',
  level: 'bericht',
  description:
    'De waarde van TotaalBedrag in TotaalIngediendBedrag moet gelijk zijn aan de SOM van de waarden van Bedrag in IngediendBedrag in alle onderliggende Prestaties, rekening houdend met indicatie debet/credit.',
  check: met303({
    '323': (b) => {
      const totaal = b.Declaratie.TotaalIngediendBedrag;
      const som = saldo([...prestaties(b)].map((p) => p.item.IngediendBedrag));
      if (getekend(totaal.TotaalBedrag, totaal.DebetCredit) === getekend(som.bedrag, som.debetCredit)) return [];
      return [
        {
          path: '/Bericht/Declaratie/TotaalIngediendBedrag',
          message: `Het totaal ingediende bedrag (${euroDC(totaal.TotaalBedrag, totaal.DebetCredit)}) is niet gelijk aan de som van de prestaties (${euroDC(som.bedrag, som.debetCredit)}).`,
        },
      ];
    },
  }),
});
