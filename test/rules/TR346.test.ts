import TR346 from '../../src/rules/declaratie/TR346.js';
import { contract, declaratie, prestatiePad } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

/** An hourly contract of € 87,30: a minute tarief of 1,455 → € 1,46 (IV081). */
const uurcontract = (naam: 'JW323' | 'WMO323', tarief = 8730) => ({ contracten: [contract(naam, { tarief })] });

ruleTester(TR346, {
  valid: [
    { name: 'the example declaratie (4 x € 12,50, 16 x € 15,00)', type: 'JW323', bericht: declaratie('JW323', [{ volume: 4, tarief: 1250 }, { volume: 16, tarief: 1500 }]) },
    { name: 'a credit of the same amount', type: 'WMO323', bericht: declaratie('WMO323', [{ dc: 'C', vorig: 'OUD1', volume: 4, tarief: 1250, bedrag: 5000 }]) },
    { name: 'euros (Eenheid 83) without ProductTarief', type: 'JW323', bericht: declaratie('JW323', [{ eenheid: '83', volume: 20000, bedrag: 20000 }]) },
    {
      name: 'minutes under an hourly contract: € 87,30 x 45 / 60 = € 65,475 → € 65,48, not 45 x € 1,46',
      type: 'JW323',
      bericht: declaratie('JW323', [{ eenheid: '01', volume: 45, tarief: 146, bedrag: 6548 }]),
      context: uurcontract('JW323'),
    },
    {
      name: 'minutes under an hourly contract divisible by 60 (€ 60,00: € 1,00 a minute)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ eenheid: '01', volume: 90, tarief: 100, bedrag: 9000 }]),
      context: uurcontract('WMO323', 6000),
    },
    {
      name: 'minutes with a per-minute contract: the plain product',
      type: 'JW323',
      bericht: declaratie('JW323', [{ eenheid: '01', volume: 45, tarief: 146, bedrag: 6570 }]),
      context: { contracten: [contract('JW323', { eenheid: '01', tarief: 146 })] },
    },
    { name: 'no ProductTarief (CD087’s)', type: 'WMO323', bericht: declaratie('WMO323', [{ tarief: null, bedrag: 1 }]) },
  ],
  invalid: [
    {
      name: 'an amount one cent off',
      type: 'JW323',
      bericht: declaratie('JW323', [{}, { volume: 16, tarief: 1500, bedrag: 24001 }]),
      paths: [`${prestatiePad(1, 2)}/IngediendBedrag`],
    },
    {
      name: 'minutes under an hourly contract computed with the rounded minute tarief (45 x € 1,46)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ eenheid: '01', volume: 45, tarief: 146, bedrag: 6570 }]),
      context: uurcontract('WMO323'),
      paths: [`${prestatiePad(1, 1)}/IngediendBedrag`],
    },
    {
      name: 'minutes without a contract to explain a rounded tarief',
      type: 'JW323',
      bericht: declaratie('JW323', [{ eenheid: '01', volume: 45, tarief: 146, bedrag: 6548 }]),
      paths: [`${prestatiePad(1, 1)}/IngediendBedrag`],
    },
    {
      name: 'a credit whose amount is not volume x tarief',
      type: 'JW323',
      bericht: declaratie('JW323', [{ dc: 'C', vorig: 'OUD1', volume: 4, tarief: 1250, bedrag: 4000 }]),
      paths: [`${prestatiePad(1, 1)}/IngediendBedrag`],
    },
  ],
});
