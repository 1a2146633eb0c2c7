import TR315 from '../../src/rules/declaratie/TR315.js';
import type { Bericht323 } from '../../src/standard/berichten.generated.js';
import { voorbeeldBericht } from '../berichten.js';
import { geldigeDeclaratie, herbereken, prestatie } from './geldige-declaratie.js';
import { ruleTester } from './rule-tester.js';

/** Turns prestatie (c, p) into a credit reversing the earlier debet `vorig`, with a new ReferentieNummer. */
const credit = (b: Bericht323, c: number, p: number, vorig: string): Bericht323 => {
  const x = prestatie(b, c, p);
  x.ProductReferentie = { ReferentieNummer: `RC${c}${p}`, VorigReferentieNummer: vorig };
  x.IngediendBedrag.DebetCredit = 'C';
  return herbereken(b);
};

ruleTester(TR315, {
  valid: [
    { name: 'a declaratie of debets only', type: 'JW323', bericht: geldigeDeclaratie('JW323') },
    { name: 'credits of two different debets', type: 'WMO323', bericht: credit(credit(voorbeeldBericht('WMO323'), 0, 0, 'RN900'), 1, 0, 'RN901') },
  ],
  invalid: [
    {
      name: 'two credits of one debet, under different clients',
      type: 'JW323',
      bericht: credit(credit(geldigeDeclaratie('JW323'), 0, 1, 'RN900'), 1, 0, 'RN900'),
      paths: ['/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]/ProductReferentie/VorigReferentieNummer'],
    },
    {
      name: 'three credits of one debet',
      type: 'WMO323',
      bericht: credit(credit(credit(voorbeeldBericht('WMO323'), 0, 0, 'RN900'), 0, 1, 'RN900'), 1, 1, 'RN900'),
      paths: [
        '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/ProductReferentie/VorigReferentieNummer',
        '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[2]/ProductReferentie/VorigReferentieNummer',
      ],
    },
  ],
});
