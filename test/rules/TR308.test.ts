import TR308 from '../../src/rules/declaratie/TR308.js';
import { declaratie, prestatiePad, toewijzing } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

const tot = (naam: 'JW323' | 'WMO323', einddatum: string | undefined) => ({ toewijzingen: [toewijzing(naam, { einddatum })] });

ruleTester(TR308, {
  valid: [
    { name: 'a ProductPeriode inside the toewijzing', type: 'JW323', bericht: declaratie('JW323', [{}]), context: tot('JW323', '2026-12-31') },
    {
      name: 'a ProductPeriode ending on the Einddatum (same day)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ periode: ['2026-04-01', '2026-04-20'] }]),
      context: tot('WMO323', '2026-04-20'),
    },
    { name: 'a toewijzing without Einddatum', type: 'JW323', bericht: declaratie('JW323', [{}]), context: tot('JW323', undefined) },
    {
      name: 'a credit of a debet on a toewijzing shortened later',
      type: 'JW323',
      bericht: declaratie('JW323', [{ dc: 'C', vorig: 'OUD1' }]),
      context: tot('JW323', '2026-04-15'),
    },
  ],
  invalid: [
    {
      name: 'a ProductPeriode ending one day after the Einddatum',
      type: 'JW323',
      bericht: declaratie('JW323', [{ periode: ['2026-04-01', '2026-04-21'] }]),
      context: tot('JW323', '2026-04-20'),
      paths: [`${prestatiePad(1, 1)}/ProductPeriode`],
    },
    {
      name: 'a toewijzing shortened by its latest version (intrekken)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ periode: ['2026-03-01', '2026-03-31'] }, {}]),
      context: {
        toewijzingen: [toewijzing('WMO323'), toewijzing('WMO323', { einddatum: '2026-03-31', redenWijziging: '05', toewijzingsdatum: '2026-03-20' })],
      },
      paths: [`${prestatiePad(1, 2)}/ProductPeriode`],
    },
  ],
});
