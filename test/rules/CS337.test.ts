import CS337 from '../../src/rules/declaratie/CS337.js';
import { voorbeeldBericht } from '../berichten.js';
import { geldigeDeclaratie, prestatie } from './geldige-declaratie.js';
import { met } from './met.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CS337, {
  valid: [
    { name: 'a declaratie', type: 'JW323', bericht: geldigeDeclaratie('JW323') },
    { name: 'the example declaratie', type: 'WMO323', bericht: voorbeeldBericht('WMO323') },
    {
      name: 'a part of a month (from the Ingangsdatum of the toewijzing)',
      type: 'JW323',
      bericht: met(geldigeDeclaratie('JW323'), (b) => void (prestatie(b, 0, 0).ProductPeriode = { Begindatum: '2026-04-17', Einddatum: '2026-04-30' })),
    },
    {
      name: 'February 2024 up to the 29th',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => void (prestatie(b, 0, 0).ProductPeriode = { Begindatum: '2024-02-01', Einddatum: '2024-02-29' })),
    },
  ],
  invalid: [
    {
      name: 'a ProductPeriode from mid-March to mid-April',
      type: 'JW323',
      bericht: met(geldigeDeclaratie('JW323'), (b) => void (prestatie(b, 1, 0).ProductPeriode = { Begindatum: '2026-03-15', Einddatum: '2026-04-14' })),
      paths: ['/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]/ProductPeriode/Einddatum'],
    },
    {
      name: 'a ProductPeriode ending in the same month of the next year',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => void (prestatie(b, 0, 1).ProductPeriode = { Begindatum: '2022-04-01', Einddatum: '2023-04-30' })),
      paths: ['/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[2]/ProductPeriode/Einddatum'],
    },
    {
      name: 'a ProductPeriode over New Year',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => void (prestatie(b, 1, 0).ProductPeriode = { Begindatum: '2022-12-31', Einddatum: '2023-01-01' })),
      paths: ['/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]/ProductPeriode/Einddatum'],
    },
  ],
});
