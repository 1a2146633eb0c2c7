import TR338 from '../../src/rules/declaratie/TR338.js';
import { BSN2, declaratie, prestatiePad, toewijzing } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

ruleTester(TR338, {
  valid: [
    { name: 'a prestatie on a toewijzing of this gemeente to this aanbieder', type: 'JW323', bericht: declaratie('JW323', [{}]), context: { toewijzingen: [toewijzing('JW323')] } },
    {
      name: 'a prestatie on a deleted toewijzing (TR384’s) or another client’s (TR304’s)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{}, { nummer: 1002 }]),
      context: {
        toewijzingen: [
          toewijzing('WMO323', { redenWijziging: '13', einddatum: '2026-01-01' }),
          toewijzing('WMO323', { toewijzingNummer: 1002, bsn: BSN2 }),
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'a ToewijzingNummer the gemeente never issued',
      type: 'JW323',
      bericht: declaratie('JW323', [{}, { nummer: 4242 }]),
      context: { toewijzingen: [toewijzing('JW323')] },
      paths: [prestatiePad(1, 2)],
    },
    {
      name: 'a ToewijzingNummer issued by another gemeente',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{}]),
      context: { toewijzingen: [toewijzing('WMO323', { gemeente: '0363' })] },
      paths: [prestatiePad(1, 1)],
    },
    {
      name: 'a toewijzing issued to another aanbieder',
      type: 'JW323',
      bericht: declaratie('JW323', [{}]),
      context: { toewijzingen: [toewijzing('JW323', { agb: '12345678' })] },
      paths: [prestatiePad(1, 1)],
    },
  ],
});
