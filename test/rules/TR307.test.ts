import TR307 from '../../src/rules/declaratie/TR307.js';
import { BSN2, declaratie, prestatiePad, toewijzing } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

const vanaf = (naam: 'JW323' | 'WMO323', ingangsdatum: string) => ({ toewijzingen: [toewijzing(naam, { ingangsdatum })] });

ruleTester(TR307, {
  valid: [
    { name: 'a ProductPeriode inside the toewijzing', type: 'JW323', bericht: declaratie('JW323', [{}]), context: vanaf('JW323', '2026-01-01') },
    {
      name: 'a ProductPeriode beginning on the Ingangsdatum (same day)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ periode: ['2026-04-10', '2026-04-30'] }]),
      context: vanaf('WMO323', '2026-04-10'),
    },
    {
      name: 'an open-ended toewijzing',
      type: 'JW323',
      bericht: declaratie('JW323', [{}]),
      context: { toewijzingen: [toewijzing('JW323', { einddatum: undefined })] },
    },
    {
      name: 'a prestatie whose toewijzing another rule speaks for (unknown, other client)',
      type: 'JW323',
      bericht: declaratie('JW323', [{ nummer: 4242 }, { bsn: BSN2 }]),
      context: vanaf('JW323', '2026-04-15'),
    },
    {
      name: 'a credit of a debet on a toewijzing later moved forward',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ dc: 'C', vorig: 'OUD1' }]),
      context: vanaf('WMO323', '2026-04-15'),
    },
  ],
  invalid: [
    {
      name: 'a ProductPeriode beginning one day before the Ingangsdatum',
      type: 'JW323',
      bericht: declaratie('JW323', [{}, { periode: ['2026-04-09', '2026-04-30'] }]),
      context: vanaf('JW323', '2026-04-10'),
      paths: [`${prestatiePad(1, 1)}/ProductPeriode`, `${prestatiePad(1, 2)}/ProductPeriode`],
    },
    {
      name: 'a ProductPeriode wholly before the toewijzing',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ periode: ['2026-03-01', '2026-03-31'] }]),
      context: vanaf('WMO323', '2026-04-01'),
      paths: [`${prestatiePad(1, 1)}/ProductPeriode`],
    },
    {
      name: 'an Ingangsdatum moved by a later version of the toewijzing',
      type: 'JW323',
      bericht: declaratie('JW323', [{}]),
      context: { toewijzingen: [toewijzing('JW323'), toewijzing('JW323', { ingangsdatum: '2026-04-02', toewijzingsdatum: '2026-03-01', redenWijziging: '14' })] },
      paths: [`${prestatiePad(1, 1)}/ProductPeriode`],
    },
  ],
});
