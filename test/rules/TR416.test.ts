import TR416 from '../../src/rules/declaratie/TR416.js';
import type { Bericht323, Prestatie323 } from '../../src/standard/berichten.generated.js';
import { voorbeeldBericht } from '../berichten.js';
import { geldigeDeclaratie, herbereken, prestatie } from './geldige-declaratie.js';
import { ruleTester } from './rule-tester.js';

/** Adds to client `c` a copy of its prestatie `p` with a new ReferentieNummer, changed by `wijzig`. */
const nogEen = (b: Bericht323, c: number, p: number, referentie: string, wijzig: (x: Prestatie323) => void = () => {}): Bericht323 => {
  const x = structuredClone(prestatie(b, c, p));
  x.ProductReferentie = { ReferentieNummer: referentie };
  wijzig(x);
  b.Declaratie.Clienten[c]!.Prestaties.push(x);
  return herbereken(b);
};

ruleTester(TR416, {
  valid: [
    { name: 'a declaratie (one toewijzing declared for March and for April)', type: 'JW323', bericht: geldigeDeclaratie('JW323') },
    { name: 'the example declaratie', type: 'WMO323', bericht: voorbeeldBericht('WMO323') },
    {
      name: 'a credit of an earlier debet and its new debet for the same period',
      type: 'WMO323',
      bericht: nogEen(voorbeeldBericht('WMO323'), 0, 0, 'RN100', (x) => {
        x.ProductReferentie.VorigReferentieNummer = 'RN000';
        x.IngediendBedrag.DebetCredit = 'C';
      }),
    },
    {
      name: 'a second debet for another ProductCode',
      type: 'JW323',
      bericht: nogEen(geldigeDeclaratie('JW323'), 0, 0, 'RN100', (x) => void (x.ProductCode = '45A99')),
    },
    {
      name: 'a second debet for another ToewijzingNummer',
      type: 'WMO323',
      bericht: nogEen(voorbeeldBericht('WMO323'), 0, 0, 'RN100', (x) => void (x.ToewijzingNummer = 20099)),
    },
    {
      name: 'a second debet for a period with the same Begindatum and another Einddatum (not the same ProductPeriode)',
      type: 'JW323',
      bericht: nogEen(geldigeDeclaratie('JW323'), 0, 0, 'RN100', (x) => void (x.ProductPeriode.Einddatum = '2026-04-15')),
    },
  ],
  invalid: [
    {
      name: 'the standard\'s example: ToewijzingNummer 10073 declared debet for April twice, under two clients',
      type: 'JW323',
      bericht: voorbeeldBericht('JW323'),
      paths: ['/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[2]'],
    },
    {
      name: 'a second debet for the same toewijzing, product and period with another volume',
      type: 'WMO323',
      bericht: nogEen(voorbeeldBericht('WMO323'), 1, 1, 'RN100', (x) => {
        x.GeleverdVolume = 2;
        x.IngediendBedrag.Bedrag = 3000;
      }),
      paths: ['/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[3]'],
    },
    {
      name: 'three debets for the same combination',
      type: 'JW323',
      bericht: nogEen(nogEen(geldigeDeclaratie('JW323'), 0, 0, 'RN100'), 0, 0, 'RN101'),
      paths: ['/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[3]', '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[4]'],
    },
  ],
});
