import CS325 from '../../src/rules/declaratie/CS325.js';
import { voorbeeldBericht } from '../berichten.js';
import { geldigeDeclaratie, herbereken, prestatie } from './geldige-declaratie.js';
import { met } from './met.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CS325, {
  valid: [
    { name: 'a declaratie', type: 'JW323', bericht: geldigeDeclaratie('JW323') },
    { name: 'the example declaratie', type: 'WMO323', bericht: voorbeeldBericht('WMO323') },
    { name: 'the example declaratie-antwoord', type: 'JW325', bericht: voorbeeldBericht('JW325') },
    {
      name: 'a prestatie of € 0,00 debet',
      type: 'JW323',
      bericht: met(geldigeDeclaratie('JW323'), (b) => {
        prestatie(b, 0, 0).IngediendBedrag = { Bedrag: 0, DebetCredit: 'D' };
        prestatie(b, 0, 0).GeleverdVolume = 0;
        herbereken(b);
      }),
    },
    {
      name: 'a total of € 0,00 debet (a debet cancelled by a credit)',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => {
        b.Declaratie.Clienten = [b.Declaratie.Clienten[0]!];
        b.Declaratie.Clienten[0]!.Prestaties = [prestatie(b, 0, 0), structuredClone(prestatie(b, 0, 0))];
        const credit = prestatie(b, 0, 1);
        credit.ProductReferentie = { ReferentieNummer: 'RN100', VorigReferentieNummer: 'RN000' };
        credit.IngediendBedrag.DebetCredit = 'C';
        herbereken(b);
      }),
    },
    {
      name: 'an answer where nothing was approved of a credit declaratie (€ 0,00 D toegekend)',
      type: 'JW325',
      bericht: met(voorbeeldBericht('JW325'), (b) => void (b.DeclaratieAntwoord!.TotaalToegekendBedrag = { TotaalBedrag: 0, DebetCredit: 'D' })),
    },
  ],
  invalid: [
    {
      name: 'a prestatie of € 0,00 credit',
      type: 'JW323',
      bericht: met(geldigeDeclaratie('JW323'), (b) => {
        const p = prestatie(b, 1, 2);
        p.IngediendBedrag = { Bedrag: 0, DebetCredit: 'C' };
        p.ProductReferentie.VorigReferentieNummer = 'RN000';
        herbereken(b);
      }),
      paths: ['/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[3]/IngediendBedrag/DebetCredit'],
    },
    {
      name: 'a total of € 0,00 credit',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => void (b.Declaratie.TotaalIngediendBedrag = { TotaalBedrag: 0, DebetCredit: 'C' })),
      paths: ['/Bericht/Declaratie/TotaalIngediendBedrag/DebetCredit'],
    },
    {
      name: 'an answer with € 0,00 credit toegekend',
      type: 'JW325',
      bericht: met(voorbeeldBericht('JW325'), (b) => void (b.DeclaratieAntwoord!.TotaalToegekendBedrag = { TotaalBedrag: 0, DebetCredit: 'C' })),
      paths: ['/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag/DebetCredit'],
    },
    {
      name: 'an answer with € 0,00 credit ingediend and a rejected prestatie of € 0,00 credit',
      type: 'JW325',
      bericht: met(voorbeeldBericht('JW325'), (b) => {
        b.DeclaratieAntwoord!.TotaalIngediendBedrag = { TotaalBedrag: 0, DebetCredit: 'C' };
        b.DeclaratieAntwoord!.Clienten![1]!.Prestaties[0]!.IngediendBedrag.Bedrag = 0;
      }),
      paths: [
        '/Bericht/DeclaratieAntwoord/TotaalIngediendBedrag/DebetCredit',
        '/Bericht/DeclaratieAntwoord/Clienten/Client[2]/Prestaties/Prestatie[1]/IngediendBedrag/DebetCredit',
      ],
    },
  ],
});
