import TR322 from '../../src/rules/declaratie/TR322.js';
import { MAART, contract, declaratie, prestatieFeit, prestatiePad, toewijzing } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

/** IV076: 3 uur per week, 07-07-2025 t/m 07-09-2025: 12 + 15 + 3 per month, 27 over the loopduur. */
const iv076 = (naam: 'JW323' | 'WMO323') => toewijzing(naam, { volume: 3, ingangsdatum: '2025-07-07', einddatum: '2025-09-07' });
const juli = (naam: 'JW323' | 'WMO323', over = {}) =>
  prestatieFeit(naam, { referentieNummer: 'JUL', periodeBegin: '2025-07-07', periodeEind: '2025-07-31', geleverdVolume: 12, ...over });
const augustus = (naam: 'JW323' | 'WMO323', over = {}) =>
  prestatieFeit(naam, { referentieNummer: 'AUG', periodeBegin: '2025-08-01', periodeEind: '2025-08-31', geleverdVolume: 15, ...over });
const SEPT: [string, string] = ['2025-09-01', '2025-09-07'];
const inspanning = (naam: 'JW323' | 'WMO323') => [contract(naam, { ingangsdatum: '2025-01-01' })];
/** 20 uur in total over 2026 (Frequentie 6). */
const totaal = (naam: 'JW323' | 'WMO323') => toewijzing(naam, { volume: 20, frequentie: '6' });

ruleTester(TR322, {
  valid: [
    {
      name: 'exactly the loopduur maximum (12 + 12 + 3 = 27)',
      type: 'JW323',
      bericht: declaratie('JW323', [{ volume: 3, periode: SEPT }], { periode: ['2025-09-01', '2025-09-30'] }),
      context: { toewijzingen: [iv076('JW323')], prestaties: [juli('JW323'), augustus('JW323', { geleverdVolume: 12 })], contracten: inspanning('JW323') },
    },
    {
      name: 'a rejected earlier prestatie does not count',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ volume: 3, periode: SEPT }], { periode: ['2025-09-01', '2025-09-30'] }),
      context: { toewijzingen: [iv076('WMO323')], prestaties: [juli('WMO323'), augustus('WMO323', { geleverdVolume: 12 }), augustus('WMO323', { referentieNummer: 'AUGX', status: 'afgewezen' })] },
    },
    {
      name: 'an earlier credit gives volume back',
      type: 'JW323',
      bericht: declaratie('JW323', [{ volume: 12 }]),
      context: {
        toewijzingen: [totaal('JW323')],
        prestaties: [prestatieFeit('JW323', { geleverdVolume: 12 }), prestatieFeit('JW323', { referentieNummer: 'CR1', vorigReferentieNummer: 'OUD1', debetCredit: 'C', geleverdVolume: 12 })],
      },
    },
    {
      name: 'a credit in the same message gives volume back before the new debet (OP366)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ volume: 16 }, { ref: 'CR', vorig: 'OUD1', dc: 'C', volume: 12, periode: MAART }]),
      context: { toewijzingen: [totaal('WMO323')], prestaties: [prestatieFeit('WMO323', { geleverdVolume: 12 })] },
    },
    {
      name: 'hours and minutes add up in minutes (18 uur + 120 minuten = 20 uur)',
      type: 'JW323',
      bericht: declaratie('JW323', [{ volume: 120, eenheid: '01', tarief: 21 }]),
      context: { toewijzingen: [totaal('JW323')], prestaties: [prestatieFeit('JW323', { geleverdVolume: 18 })] },
    },
    {
      name: 'an open-ended weekly toewijzing has no loopduur maximum',
      type: 'JW323',
      bericht: declaratie('JW323', [{ volume: 40 }]),
      context: {
        toewijzingen: [toewijzing('JW323', { einddatum: undefined })],
        prestaties: [prestatieFeit('JW323', { geleverdVolume: 40 }), prestatieFeit('JW323', { referentieNummer: 'FEB', periodeBegin: '2026-02-01', periodeEind: '2026-02-28', geleverdVolume: 32 })],
      },
    },
    {
      name: 'two codes of an aspecifieke toewijzing together within the month',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ volume: 20 }, { code: '02A07', volume: 20 }]),
      context: { toewijzingen: [toewijzing('WMO323', { productcode: undefined })] },
    },
  ],
  invalid: [
    {
      name: 'every month within its maximum but the loopduur exceeded (12 + 15 + 3 = 30 > 27, IV076)',
      type: 'JW323',
      bericht: declaratie('JW323', [{ volume: 3, periode: SEPT }], { periode: ['2025-09-01', '2025-09-30'] }),
      context: { toewijzingen: [iv076('JW323')], prestaties: [juli('JW323'), augustus('JW323')], contracten: inspanning('JW323') },
      paths: [`${prestatiePad(1, 1)}/GeleverdVolume`],
    },
    {
      name: 'totaal binnen geldigheidsduur exceeded by the second of two debets (the first fits)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ volume: 4 }, { nummer: 1001, code: '02A01', volume: 1, periode: ['2026-05-01', '2026-05-31'] }], {
        periode: ['2026-05-01', '2026-05-31'],
      }),
      context: { toewijzingen: [totaal('WMO323')], prestaties: [prestatieFeit('WMO323', { geleverdVolume: 16 })] },
      paths: [`${prestatiePad(1, 2)}/GeleverdVolume`],
    },
    {
      name: 'a prestatie in onderzoek counts; a credit of an unknown debet does not',
      type: 'JW323',
      bericht: declaratie('JW323', [{ ref: 'CR', vorig: 'ONBEKEND', dc: 'C', volume: 10, periode: MAART }, { volume: 5 }]),
      context: { toewijzingen: [totaal('JW323')], prestaties: [prestatieFeit('JW323', { geleverdVolume: 16, status: 'in-onderzoek' })] },
      paths: [`${prestatiePad(1, 2)}/GeleverdVolume`],
    },
    {
      name: 'two codes of an aspecifieke toewijzing together over the month’s maximum',
      type: 'JW323',
      bericht: declaratie('JW323', [{ volume: 30 }, { code: '45A04', volume: 11 }]),
      context: { toewijzingen: [toewijzing('JW323', { productcode: undefined, einddatum: undefined })] },
      paths: [`${prestatiePad(1, 2)}/GeleverdVolume`],
    },
  ],
});
