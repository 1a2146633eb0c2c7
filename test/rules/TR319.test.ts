import TR319 from '../../src/rules/declaratie/TR319.js';
import { MAART, declaratie, prestatiePad } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

ruleTester(TR319, {
  valid: [
    { name: 'a ProductPeriode in the DeclaratiePeriode', type: 'JW323', bericht: declaratie('JW323', [{}]) },
    {
      name: 'ProductPeriodes in earlier months (declared afterwards, IV090)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ periode: MAART }, { periode: ['2025-02-15', '2025-02-28'] }, {}]),
    },
    { name: 'a credit for an earlier month', type: 'JW323', bericht: declaratie('JW323', [{ periode: MAART, dc: 'C', vorig: 'OUD1' }]) },
  ],
  invalid: [
    {
      name: 'a ProductPeriode after the DeclaratiePeriode',
      type: 'JW323',
      bericht: declaratie('JW323', [{}, { periode: ['2026-05-01', '2026-05-31'] }]),
      paths: [prestatiePad(1, 2)],
    },
    {
      name: 'a ProductPeriode running into the next month',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ periode: ['2026-04-15', '2026-05-14'] }]),
      paths: [prestatiePad(1, 1)],
    },
    {
      name: 'a ProductPeriode spanning two earlier months',
      type: 'JW323',
      bericht: declaratie('JW323', [{ periode: ['2026-02-15', '2026-03-14'] }]),
      paths: [prestatiePad(1, 1)],
    },
  ],
});
