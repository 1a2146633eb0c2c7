import TR137 from '../../src/rules/declaratie/TR137.js';
import { voorbeeldBericht } from '../berichten.js';
import { geldigeDeclaratie, prestatie } from './geldige-declaratie.js';
import { met } from './met.js';
import { ruleTester } from './rule-tester.js';

const pp = '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie';

ruleTester(TR137, {
  valid: [
    { name: 'a declaratie', type: 'JW323', bericht: geldigeDeclaratie('JW323') },
    { name: 'the example declaratie', type: 'WMO323', bericht: voorbeeldBericht('WMO323') },
    { name: 'the example declaratie-antwoord', type: 'JW325', bericht: voorbeeldBericht('JW325') },
    {
      name: 'a ProductPeriode of one day',
      type: 'JW323',
      bericht: met(geldigeDeclaratie('JW323'), (b) => void (prestatie(b, 0, 0).ProductPeriode = { Begindatum: '2026-04-15', Einddatum: '2026-04-15' })),
    },
    {
      name: 'a ProductPeriode ending on the Dagtekening',
      type: 'JW323',
      bericht: met(geldigeDeclaratie('JW323'), (b) => void (prestatie(b, 0, 0).ProductPeriode = { Begindatum: '2026-05-01', Einddatum: '2026-05-06' })),
    },
    {
      name: 'periods ending after the DeclaratieDagtekening but not after the Dagtekening of the message',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => void (b.Declaratie.DeclaratieDagtekening = '2023-04-15')),
    },
  ],
  invalid: [
    {
      name: 'a ProductPeriode ending the day before it begins',
      type: 'JW323',
      bericht: met(geldigeDeclaratie('JW323'), (b) => void (prestatie(b, 0, 1).ProductPeriode = { Begindatum: '2026-04-10', Einddatum: '2026-04-09' })),
      paths: [`${pp}[2]/ProductPeriode/Einddatum`],
    },
    {
      name: 'a ProductPeriode ending the day after the Dagtekening',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => void (prestatie(b, 0, 0).ProductPeriode = { Begindatum: '2023-05-01', Einddatum: '2023-05-07' })),
      paths: [`${pp}[1]/ProductPeriode/Einddatum`],
    },
    {
      name: 'a declaratie dated before the end of its DeclaratiePeriode',
      type: 'JW323',
      bericht: met(geldigeDeclaratie('JW323'), (b) => void (b.Header.BerichtIdentificatie.Dagtekening = '2026-04-29')),
      paths: [
        '/Bericht/Declaratie/DeclaratiePeriode/Einddatum',
        `${pp}[1]/ProductPeriode/Einddatum`,
        `${pp}[2]/ProductPeriode/Einddatum`,
        '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]/ProductPeriode/Einddatum',
        '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[2]/ProductPeriode/Einddatum',
      ],
    },
    {
      name: 'a DeclaratiePeriode ending before it begins',
      type: 'WMO323',
      bericht: met(voorbeeldBericht('WMO323'), (b) => void (b.Declaratie.DeclaratiePeriode.Einddatum = '2023-03-31')),
      paths: ['/Bericht/Declaratie/DeclaratiePeriode/Einddatum'],
    },
    {
      name: 'a rejected prestatie whose ProductPeriode ends before it begins',
      type: 'JW325',
      bericht: met(voorbeeldBericht('JW325'), (b) => void (b.DeclaratieAntwoord!.Clienten![0]!.Prestaties[1]!.ProductPeriode.Einddatum = '2023-03-31')),
      paths: ['/Bericht/DeclaratieAntwoord/Clienten/Client[1]/Prestaties/Prestatie[2]/ProductPeriode/Einddatum'],
    },
    {
      name: 'a rejected prestatie whose ProductPeriode ends after the Dagtekening of the answer',
      type: 'JW325',
      bericht: met(voorbeeldBericht('JW325'), (b) => void (b.DeclaratieAntwoord!.Clienten![1]!.Prestaties[0]!.ProductPeriode = { Begindatum: '2023-05-01', Einddatum: '2023-05-31' })),
      paths: ['/Bericht/DeclaratieAntwoord/Clienten/Client[2]/Prestaties/Prestatie[1]/ProductPeriode/Einddatum'],
    },
  ],
});
