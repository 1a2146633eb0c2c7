import CD087 from '../../src/rules/declaratie/CD087.js';
import type { Bericht323 } from '../../src/standard/berichten.generated.js';
import { voorbeeldBericht } from '../berichten.js';
import { geldigeDeclaratie, herbereken, prestatie } from './geldige-declaratie.js';
import { met } from './met.js';
import { ruleTester } from './rule-tester.js';

/** The first prestatie of client 2 as an amount in euros: Eenheid 83, GeleverdVolume = IngediendBedrag. */
const inEuros = (b: Bericht323): Bericht323 => {
  const p = prestatie(b, 1, 0);
  p.Eenheid = '83';
  p.GeleverdVolume = p.IngediendBedrag.Bedrag;
  delete p.ProductTarief;
  return herbereken(b);
};

const pad = ['/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]/ProductTarief'];

ruleTester(CD087, {
  valid: [
    { name: 'prestaties in hours with their tarief', type: 'JW323', bericht: geldigeDeclaratie('JW323') },
    { name: 'the example declaratie', type: 'WMO323', bericht: voorbeeldBericht('WMO323') },
    { name: "a prestatie in euro's without tarief", type: 'JW323', bericht: inEuros(geldigeDeclaratie('JW323')) },
    { name: "a prestatie in euro's without tarief", type: 'WMO323', bericht: inEuros(voorbeeldBericht('WMO323')) },
  ],
  invalid: [
    {
      name: "a prestatie in euro's with a tarief",
      type: 'JW323',
      bericht: met(inEuros(geldigeDeclaratie('JW323')), (b) => void (prestatie(b, 1, 0).ProductTarief = 100)),
      paths: pad,
    },
    {
      name: "a prestatie in euro's with a tarief of 0",
      type: 'WMO323',
      bericht: met(inEuros(voorbeeldBericht('WMO323')), (b) => void (prestatie(b, 1, 0).ProductTarief = 0)),
      paths: pad,
    },
    {
      name: 'a prestatie in hours without tarief',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => void delete prestatie(b, 1, 0).ProductTarief),
      paths: pad,
    },
  ],
});
