import TR418 from '../../src/rules/declaratie/TR418.js';
import { contract, declaratie, prestatiePad } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

ruleTester(TR418, {
  valid: [
    { name: 'the contract tarief', type: 'JW323', bericht: declaratie('JW323', [{ tarief: 1250 }]), context: { contracten: [contract('JW323')] } },
    {
      name: 'the tarief of a contract for the whole categorie',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ tarief: 1100 }]),
      context: { contracten: [contract('WMO323', { productcode: undefined, tarief: 1100 })] },
    },
    {
      name: 'the minute tarief of an hourly contract, rounded half-up (€ 87,30 / 60 = 1,455 → € 1,46)',
      type: 'JW323',
      bericht: declaratie('JW323', [{ eenheid: '01', volume: 45, tarief: 146, bedrag: 6548 }]),
      context: { contracten: [contract('JW323', { tarief: 8730 })] },
    },
    {
      name: 'the new tarief of a contract that changed mid-month (either applies)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ tarief: 1300 }]),
      context: { contracten: [contract('WMO323', { einddatum: '2026-04-15' }), contract('WMO323', { ingangsdatum: '2026-04-16', tarief: 1300 })] },
    },
    {
      name: 'no contract at all (CT001’s, not TR418’s)',
      type: 'JW323',
      bericht: declaratie('JW323', [{ tarief: 9999 }]),
      context: { contracten: [contract('JW323', { productcode: '45A04' })] },
    },
    {
      name: 'a contract that covers only part of the ProductPeriode (CT001’s)',
      type: 'JW323',
      bericht: declaratie('JW323', [{ tarief: 9999 }]),
      context: { contracten: [contract('JW323', { einddatum: '2026-04-15' })] },
    },
    { name: 'a credit (judged by TR323)', type: 'WMO323', bericht: declaratie('WMO323', [{ dc: 'C', vorig: 'OUD1', tarief: 1200 }]), context: { contracten: [contract('WMO323')] } },
    { name: 'euros without ProductTarief', type: 'JW323', bericht: declaratie('JW323', [{ eenheid: '83', volume: 10000 }]), context: { contracten: [contract('JW323', { eenheid: '83', tarief: 1 })] } },
  ],
  invalid: [
    {
      name: 'a tarief one cent above the contract',
      type: 'JW323',
      bericht: declaratie('JW323', [{ tarief: 1251 }]),
      context: { contracten: [contract('JW323')] },
      paths: [`${prestatiePad(1, 1)}/ProductTarief`],
    },
    {
      name: 'the categorie tarief where a contract for the code itself exists',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ tarief: 1100 }]),
      context: { contracten: [contract('WMO323', { productcode: undefined, tarief: 1100 }), contract('WMO323')] },
      paths: [`${prestatiePad(1, 1)}/ProductTarief`],
    },
    {
      name: 'the hourly tarief declared per minute',
      type: 'JW323',
      bericht: declaratie('JW323', [{ eenheid: '01', volume: 45, tarief: 8730, bedrag: 6548 }]),
      context: { contracten: [contract('JW323', { tarief: 8730 })] },
      paths: [`${prestatiePad(1, 1)}/ProductTarief`],
    },
    {
      name: 'the minute tarief truncated instead of rounded (€ 1,45)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ eenheid: '01', volume: 45, tarief: 145, bedrag: 6548 }]),
      context: { contracten: [contract('WMO323', { tarief: 8730 })] },
      paths: [`${prestatiePad(1, 1)}/ProductTarief`],
    },
    {
      name: 'an Eenheid the contract has no tarief in',
      type: 'JW323',
      bericht: declaratie('JW323', [{ eenheid: '16', volume: 2, tarief: 1250 }]),
      context: { contracten: [contract('JW323')] },
      paths: [`${prestatiePad(1, 1)}/ProductTarief`],
    },
  ],
});
