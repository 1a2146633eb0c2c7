import TR321 from '../../src/rules/declaratie/TR321.js';
import { BSN2, contract, declaratie, prestatiePad, toewijzing } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

/** 8 uur per week through 2026; April 2026 touches 5 calendar weeks (40 uur) and holds 4 Sundays (32 uur). */
const perWeek = (naam: 'JW323' | 'WMO323', bekostiging?: 'inspanningsgericht' | 'outputgericht') => ({
  toewijzingen: [toewijzing(naam)],
  ...(bekostiging ? { contracten: [contract(naam, { bekostiging })] } : {}),
});

ruleTester(TR321, {
  valid: [
    { name: 'exactly the weekly maximum of April (5 weeks x 8 uur)', type: 'JW323', bericht: declaratie('JW323', [{ volume: 40 }]), context: perWeek('JW323', 'inspanningsgericht') },
    {
      name: 'exactly the maximum in minutes (2400 minuten)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ volume: 2400, eenheid: '01', tarief: 21 }]),
      context: perWeek('WMO323', 'inspanningsgericht'),
    },
    {
      name: 'outputgericht: 4 Sundays x 8 uur',
      type: 'JW323',
      bericht: declaratie('JW323', [{ volume: 32 }]),
      context: perWeek('JW323', 'outputgericht'),
    },
    {
      name: 'a broken month at the start: 3 weeks from 12-11 (IV078)',
      type: 'JW323',
      bericht: declaratie('JW323', [{ volume: 9, periode: ['2025-11-12', '2025-11-30'] }]),
      context: { toewijzingen: [toewijzing('JW323', { volume: 3, ingangsdatum: '2025-11-12', einddatum: '2025-12-13' })] },
    },
    {
      name: 'per maand: the full month’s volume in a broken month (IV078)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ volume: 15, periode: ['2025-10-14', '2025-10-31'] }]),
      context: { toewijzingen: [toewijzing('WMO323', { volume: 15, frequentie: '4', ingangsdatum: '2025-10-14', einddatum: '2025-12-13' })] },
    },
    {
      name: 'per dag: days x volume',
      type: 'JW323',
      bericht: declaratie('JW323', [{ volume: 30, eenheid: '14' }]),
      context: { toewijzingen: [toewijzing('JW323', { volume: 1, eenheid: '14', frequentie: '1' })] },
    },
    {
      name: 'iWmo hulp bij het huishouden: 6 weeks’ volume in a month of 5 weeks (IV077)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ categorie: '01', code: '01A03', volume: 48 }]),
      context: { toewijzingen: [toewijzing('WMO323', { productcategorie: '01', productcode: '01A03' })] },
    },
    {
      name: 'a toewijzing without Omvang, and a credit',
      type: 'JW323',
      bericht: declaratie('JW323', [{ volume: 999 }, { volume: 999, bsn: BSN2, nummer: 2, dc: 'C', vorig: 'X' }]),
      context: { toewijzingen: [toewijzing('JW323', { volume: undefined, eenheid: undefined, frequentie: undefined, budget: 1000000 })] },
    },
  ],
  invalid: [
    {
      name: 'one uur over the weekly maximum',
      type: 'JW323',
      bericht: declaratie('JW323', [{ volume: 41 }]),
      context: perWeek('JW323', 'inspanningsgericht'),
      paths: [`${prestatiePad(1, 1)}/GeleverdVolume`],
    },
    {
      name: 'one minuut over the maximum',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ volume: 2401, eenheid: '01', tarief: 21 }]),
      context: perWeek('WMO323'),
      paths: [`${prestatiePad(1, 1)}/GeleverdVolume`],
    },
    {
      name: 'outputgericht: 5 weeks’ volume in a month with 4 Sundays',
      type: 'JW323',
      bericht: declaratie('JW323', [{ volume: 40 }]),
      context: perWeek('JW323', 'outputgericht'),
      paths: [`${prestatiePad(1, 1)}/GeleverdVolume`],
    },
    {
      name: 'totaal binnen geldigheidsduur: more than the whole volume at once',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ volume: 21 }]),
      context: { toewijzingen: [toewijzing('WMO323', { volume: 20, frequentie: '6' })] },
      paths: [`${prestatiePad(1, 1)}/GeleverdVolume`],
    },
    {
      name: 'per maand on an open-ended toewijzing',
      type: 'JW323',
      bericht: declaratie('JW323', [{ volume: 16 }]),
      context: { toewijzingen: [toewijzing('JW323', { volume: 15, frequentie: '4', einddatum: undefined })] },
      paths: [`${prestatiePad(1, 1)}/GeleverdVolume`],
    },
  ],
});
