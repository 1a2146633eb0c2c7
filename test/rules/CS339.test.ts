import CS339 from '../../src/rules/declaratie/CS339.js';
import type { Bericht323 } from '../../src/standard/berichten.generated.js';
import { voorbeeldBericht } from '../berichten.js';
import { geldigeDeclaratie, herbereken, prestatie } from './geldige-declaratie.js';
import { met } from './met.js';
import { ruleTester } from './rule-tester.js';

/** The second prestatie of client 1 in euros: Eenheid 83, no tarief, volume and amount as given. */
const inEuros = (b: Bericht323, volume: number, bedrag: number, dc = 'D'): Bericht323 => {
  const p = prestatie(b, 0, 1);
  p.Eenheid = '83';
  delete p.ProductTarief;
  p.GeleverdVolume = volume;
  p.IngediendBedrag = { Bedrag: bedrag, DebetCredit: dc };
  if (dc === 'C') p.ProductReferentie.VorigReferentieNummer = 'RN000';
  return herbereken(b);
};

const pad = ['/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/IngediendBedrag'];

ruleTester(CS339, {
  valid: [
    { name: 'a declaratie in hours (not in euros)', type: 'JW323', bericht: geldigeDeclaratie('JW323') },
    { name: 'the example declaratie', type: 'WMO323', bericht: voorbeeldBericht('WMO323') },
    { name: '€ 200,00 as volume and amount', type: 'JW323', bericht: inEuros(geldigeDeclaratie('JW323'), 20000, 20000) },
    { name: 'a credit of € 200,00 as volume and amount', type: 'WMO323', bericht: inEuros(voorbeeldBericht('WMO323'), 20000, 20000, 'C') },
    { name: 'nothing delivered, nothing declared', type: 'WMO323', bericht: inEuros(voorbeeldBericht('WMO323'), 0, 0) },
  ],
  invalid: [
    { name: 'an amount one cent more than the volume', type: 'JW323', bericht: inEuros(geldigeDeclaratie('JW323'), 20000, 20001), paths: pad },
    { name: 'the volume in euros instead of cents', type: 'WMO323', bericht: inEuros(voorbeeldBericht('WMO323'), 200, 20000), paths: pad },
    {
      name: 'an amount in euros on a prestatie of which the tarief is left (CD087 also fails)',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => void (prestatie(b, 0, 1).Eenheid = '83')),
      paths: pad,
    },
  ],
});
