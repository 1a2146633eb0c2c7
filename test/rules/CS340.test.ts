import CS340 from '../../src/rules/declaratie/CS340.js';
import { voorbeeldBericht } from '../berichten.js';
import { geldigeDeclaratie } from './geldige-declaratie.js';
import { met } from './met.js';
import { ruleTester } from './rule-tester.js';

const periode = (naam: 'JW323' | 'WMO323', Begindatum: string, Einddatum: string) =>
  met(naam === 'JW323' ? geldigeDeclaratie('JW323') : voorbeeldBericht('WMO323'), (b) => void (b.Declaratie.DeclaratiePeriode = { Begindatum, Einddatum }));

const pad = ['/Bericht/Declaratie/DeclaratiePeriode'];

ruleTester(CS340, {
  valid: [
    { name: 'April (30 days)', type: 'JW323', bericht: geldigeDeclaratie('JW323') },
    { name: 'April in iWmo', type: 'WMO323', bericht: voorbeeldBericht('WMO323') },
    { name: 'February of a leap year (29 days)', type: 'JW323', bericht: periode('JW323', '2024-02-01', '2024-02-29') },
    { name: 'February of a common year (28 days)', type: 'WMO323', bericht: periode('WMO323', '2023-02-01', '2023-02-28') },
    { name: 'December (31 days)', type: 'JW323', bericht: periode('JW323', '2025-12-01', '2025-12-31') },
  ],
  invalid: [
    { name: 'February of a leap year ending on the 28th', type: 'JW323', bericht: periode('JW323', '2024-02-01', '2024-02-28'), paths: pad },
    { name: 'a month beginning on the 2nd', type: 'WMO323', bericht: periode('WMO323', '2023-04-02', '2023-04-30'), paths: pad },
    { name: 'a month ending a day early', type: 'JW323', bericht: periode('JW323', '2026-03-01', '2026-03-30'), paths: pad },
    { name: 'two whole months', type: 'JW323', bericht: periode('JW323', '2026-03-01', '2026-04-30'), paths: pad },
    { name: 'one month across two calendar months', type: 'WMO323', bericht: periode('WMO323', '2023-03-15', '2023-04-14'), paths: pad },
    { name: 'the same month a year later', type: 'WMO323', bericht: periode('WMO323', '2022-04-01', '2023-04-30'), paths: pad },
  ],
});
