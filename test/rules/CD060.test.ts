import CD060 from '../../src/rules/declaratie/CD060.js';
import type { Bericht323 } from '../../src/standard/berichten.generated.js';
import { voorbeeldBericht } from '../berichten.js';
import { geldigeDeclaratie, herbereken, prestatie } from './geldige-declaratie.js';
import { met } from './met.js';
import { ruleTester } from './rule-tester.js';

/** A credit of the first prestatie of client 1 added to a declaratie, reversing an earlier debet. */
const metCredit = (b: Bericht323, vorig: string | undefined): Bericht323 => {
  const c = structuredClone(prestatie(b, 0, 0));
  c.ProductReferentie = vorig === undefined ? { ReferentieNummer: 'RN100' } : { ReferentieNummer: 'RN100', VorigReferentieNummer: vorig };
  c.IngediendBedrag.DebetCredit = 'C';
  b.Declaratie.Clienten[0]!.Prestaties.push(c);
  return herbereken(b);
};

const antwoordPrestatie = '/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie';

ruleTester(CD060, {
  valid: [
    { name: 'debet prestaties without VorigReferentieNummer', type: 'JW323', bericht: geldigeDeclaratie('JW323') },
    { name: 'the example declaratie', type: 'WMO323', bericht: voorbeeldBericht('WMO323') },
    { name: 'a credit naming the debet it reverses', type: 'JW323', bericht: metCredit(geldigeDeclaratie('JW323'), 'RN000') },
    { name: 'a credit naming the debet it reverses', type: 'WMO323', bericht: metCredit(voorbeeldBericht('WMO323'), 'RN000') },
    { name: 'the example declaratie-antwoord (credits with VorigReferentieNummer)', type: 'JW325', bericht: voorbeeldBericht('JW325') },
  ],
  invalid: [
    {
      name: 'a credit without VorigReferentieNummer',
      type: 'JW323',
      bericht: metCredit(geldigeDeclaratie('JW323'), undefined),
      paths: ['/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[3]/ProductReferentie/VorigReferentieNummer'],
    },
    {
      name: 'a debet with a VorigReferentieNummer',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => void (prestatie(b, 1, 1).ProductReferentie.VorigReferentieNummer = 'RN000')),
      paths: ['/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[2]/ProductReferentie/VorigReferentieNummer'],
    },
    {
      name: 'a rejected credit without VorigReferentieNummer in the answer',
      type: 'JW325',
      bericht: met(voorbeeldBericht('JW325'), (b) => void delete b.DeclaratieAntwoord!.Clienten![0]!.Prestaties[1]!.ProductReferentie.VorigReferentieNummer),
      paths: [`${antwoordPrestatie}[2]/ProductReferentie/VorigReferentieNummer`],
    },
    {
      name: 'a rejected debet with a VorigReferentieNummer in the answer',
      type: 'JW325',
      bericht: met(voorbeeldBericht('JW325'), (b) => void (b.DeclaratieAntwoord!.Clienten![0]!.Prestaties[0]!.IngediendBedrag.DebetCredit = 'D')),
      paths: [`${antwoordPrestatie}[1]/ProductReferentie/VorigReferentieNummer`],
    },
  ],
});
