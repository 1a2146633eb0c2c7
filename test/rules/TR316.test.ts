import TR316 from '../../src/rules/declaratie/TR316.js';
import type { Bericht323 } from '../../src/standard/berichten.generated.js';
import { voorbeeldBericht } from '../berichten.js';
import { geldigeDeclaratie, herbereken, prestatie } from './geldige-declaratie.js';
import { ruleTester } from './rule-tester.js';

/** Turns prestatie (c, p) into a credit with ReferentieNummer `referentie` reversing `vorig`. */
const credit = (b: Bericht323, c: number, p: number, vorig: string, referentie = `RC${c}${p}`): Bericht323 => {
  const x = prestatie(b, c, p);
  x.ProductReferentie = { ReferentieNummer: referentie, VorigReferentieNummer: vorig };
  x.IngediendBedrag.DebetCredit = 'C';
  return herbereken(b);
};

ruleTester(TR316, {
  valid: [
    { name: 'a declaratie of debets only', type: 'JW323', bericht: geldigeDeclaratie('JW323') },
    { name: 'a credit of a debet from an earlier declaratie', type: 'WMO323', bericht: credit(voorbeeldBericht('WMO323'), 1, 0, 'RN900') },
  ],
  invalid: [
    {
      name: 'a credit of a debet of another client in the same message',
      type: 'JW323',
      bericht: credit(geldigeDeclaratie('JW323'), 1, 0, 'RN001'),
      paths: ['/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]/ProductReferentie/VorigReferentieNummer'],
    },
    {
      name: 'a credit of a debet of the same client in the same message',
      type: 'WMO323',
      bericht: credit(voorbeeldBericht('WMO323'), 0, 1, 'RN001'),
      paths: ['/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/ProductReferentie/VorigReferentieNummer'],
    },
    {
      name: 'a credit naming itself',
      type: 'WMO323',
      bericht: credit(voorbeeldBericht('WMO323'), 1, 1, 'RN777', 'RN777'),
      paths: ['/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[2]/ProductReferentie/VorigReferentieNummer'],
    },
  ],
});
