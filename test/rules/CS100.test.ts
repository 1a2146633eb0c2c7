import CS100 from '../../src/rules/declaratie/CS100.js';
import { voorbeeldBericht } from '../berichten.js';
import { geldigeDeclaratie, prestatie } from './geldige-declaratie.js';
import { met } from './met.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CS100, {
  valid: [
    { name: 'a declaratie', type: 'JW323', bericht: geldigeDeclaratie('JW323') },
    { name: 'the example declaratie', type: 'WMO323', bericht: voorbeeldBericht('WMO323') },
    {
      name: 'a ProductPeriode of January 2021, the first month allowed',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => void (prestatie(b, 1, 1).ProductPeriode = { Begindatum: '2021-01-01', Einddatum: '2021-01-31' })),
    },
  ],
  invalid: [
    {
      name: 'a ProductPeriode in December 2020',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => void (prestatie(b, 1, 1).ProductPeriode = { Begindatum: '2020-12-01', Einddatum: '2020-12-31' })),
      paths: ['/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[2]/ProductPeriode'],
    },
    {
      name: 'a ProductPeriode beginning on 31 December 2020',
      type: 'JW323',
      bericht: met(geldigeDeclaratie('JW323'), (b) => void (prestatie(b, 0, 0).ProductPeriode = { Begindatum: '2020-12-31', Einddatum: '2021-01-01' })),
      paths: ['/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductPeriode'],
    },
    {
      name: 'a DeclaratiePeriode of December 2020',
      type: 'JW323',
      bericht: met(geldigeDeclaratie('JW323'), (b) => void (b.Declaratie.DeclaratiePeriode = { Begindatum: '2020-12-01', Einddatum: '2020-12-31' })),
      paths: ['/Bericht/Declaratie/DeclaratiePeriode'],
    },
  ],
});
