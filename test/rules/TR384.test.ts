import TR384 from '../../src/rules/declaratie/TR384.js';
import { declaratie, prestatiePad, toewijzing } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

const verwijderd = (naam: 'JW323' | 'WMO323') =>
  toewijzing(naam, { einddatum: '2026-01-01', redenWijziging: '13', toewijzingsdatum: '2026-02-01', toewijzingstijd: '12:00:00' });

ruleTester(TR384, {
  valid: [
    { name: 'a toewijzing in force', type: 'JW323', bericht: declaratie('JW323', [{}]), context: { toewijzingen: [toewijzing('JW323')] } },
    {
      name: 'a toewijzing deleted once and issued again later (the latest version counts)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{}]),
      context: { toewijzingen: [verwijderd('WMO323'), toewijzing('WMO323', { toewijzingsdatum: '2026-02-02' })] },
    },
    {
      name: 'a toewijzing shortened with another RedenWijziging',
      type: 'JW323',
      bericht: declaratie('JW323', [{}]),
      context: { toewijzingen: [toewijzing('JW323', { redenWijziging: '05', einddatum: '2026-06-30', toewijzingsdatum: '2026-02-01' })] },
    },
    {
      name: 'a credit of an earlier debet on a deleted toewijzing',
      type: 'JW323',
      bericht: declaratie('JW323', [{ dc: 'C', vorig: 'OUD1' }]),
      context: { toewijzingen: [verwijderd('JW323')] },
    },
  ],
  invalid: [
    {
      name: 'a debet on a toewijzing with RedenWijziging 13',
      type: 'JW323',
      bericht: declaratie('JW323', [{}]),
      context: { toewijzingen: [toewijzing('JW323'), verwijderd('JW323')] },
      paths: [prestatiePad(1, 1)],
    },
    {
      name: 'a debet on a deleted iWmo toewijzing',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ nummer: 7 }, {}]),
      context: { toewijzingen: [verwijderd('WMO323'), toewijzing('WMO323', { toewijzingNummer: 7 })] },
      paths: [prestatiePad(1, 2)],
    },
  ],
});
