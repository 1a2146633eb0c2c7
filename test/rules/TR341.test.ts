import TR341 from '../../src/rules/declaratie/TR341.js';
import { contract, declaratie, prestatiePad, toewijzing } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

const zonderOmvang = (naam: 'JW323' | 'WMO323') =>
  toewijzing(naam, { productcode: undefined, volume: undefined, eenheid: undefined, frequentie: undefined, budget: 300000 });

ruleTester(TR341, {
  valid: [
    { name: 'the toewijzing’s Eenheid', type: 'JW323', bericht: declaratie('JW323', [{}]), context: { toewijzingen: [toewijzing('JW323')] } },
    {
      name: 'minutes on a toewijzing in uren',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ eenheid: '01', volume: 90, tarief: 21 }]),
      context: { toewijzingen: [toewijzing('WMO323')] },
    },
    {
      name: 'dagdelen on a toewijzing in dagdelen',
      type: 'JW323',
      bericht: declaratie('JW323', [{ eenheid: '16', volume: 5 }]),
      context: { toewijzingen: [toewijzing('JW323', { eenheid: '16', volume: 5 })] },
    },
    {
      name: 'a toewijzing without Omvang and the contract’s Eenheid (minutes under an hourly contract)',
      type: 'JW323',
      bericht: declaratie('JW323', [{ eenheid: '01', volume: 90, tarief: 21 }]),
      context: { toewijzingen: [zonderOmvang('JW323')], contracten: [contract('JW323')] },
    },
    {
      name: 'a toewijzing without Omvang and no contract to hold it against',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ eenheid: '14', volume: 3 }]),
      context: { toewijzingen: [zonderOmvang('WMO323')] },
    },
  ],
  invalid: [
    {
      name: 'uren on a toewijzing in minuten',
      type: 'JW323',
      bericht: declaratie('JW323', [{ eenheid: '04' }]),
      context: { toewijzingen: [toewijzing('JW323', { eenheid: '01', volume: 480 })] },
      paths: [`${prestatiePad(1, 1)}/Eenheid`],
    },
    {
      name: 'dagdelen on a toewijzing in uren',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{}, { eenheid: '16', volume: 2 }]),
      context: { toewijzingen: [toewijzing('WMO323')] },
      paths: [`${prestatiePad(1, 2)}/Eenheid`],
    },
    {
      name: 'a toewijzing without Omvang and an Eenheid the contract has no tarief in',
      type: 'JW323',
      bericht: declaratie('JW323', [{ eenheid: '14', volume: 3 }]),
      context: { toewijzingen: [zonderOmvang('JW323')], contracten: [contract('JW323')] },
      paths: [`${prestatiePad(1, 1)}/Eenheid`],
    },
  ],
});
