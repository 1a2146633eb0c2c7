import TR369 from '../../src/rules/declaratie/TR369.js';
import { MAART, declaratie, prestatieFeit, prestatiePad, toewijzing } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

/** A generieke toewijzing with a budget of € 100,00. */
const budget = (naam: 'JW323' | 'WMO323', cent = 10000) =>
  toewijzing(naam, { productcategorie: undefined, productcode: undefined, volume: undefined, eenheid: undefined, frequentie: undefined, budget: cent });

ruleTester(TR369, {
  valid: [
    { name: 'exactly the budget', type: 'JW323', bericht: declaratie('JW323', [{ volume: 8 }]), context: { toewijzingen: [budget('JW323')] } },
    {
      name: 'the budget with earlier prestaties, a rejected one not counted',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ volume: 4 }]),
      context: { toewijzingen: [budget('WMO323')], prestaties: [prestatieFeit('WMO323'), prestatieFeit('WMO323', { referentieNummer: 'AF', status: 'afgewezen' })] },
    },
    {
      name: 'euros (Eenheid 83) up to the budget',
      type: 'JW323',
      bericht: declaratie('JW323', [{ eenheid: '83', volume: 6000 }, { eenheid: '83', volume: 4000, code: '45A04' }]),
      context: { toewijzingen: [budget('JW323')] },
    },
    {
      name: 'a credit in the same message makes room for the corrected debet',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ ref: 'CR', vorig: 'OUD1', dc: 'C', periode: MAART }, { volume: 8, periode: MAART }]),
      context: { toewijzingen: [budget('WMO323')], prestaties: [prestatieFeit('WMO323', { bedrag: 5000 })] },
    },
    { name: 'a toewijzing without budget', type: 'JW323', bericht: declaratie('JW323', [{ volume: 800 }]), context: { toewijzingen: [toewijzing('JW323')] } },
  ],
  invalid: [
    {
      name: 'one cent over the budget',
      type: 'JW323',
      bericht: declaratie('JW323', [{ volume: 8, bedrag: 10001, tarief: null, eenheid: '83' }]),
      context: { toewijzingen: [budget('JW323')] },
      paths: [`${prestatiePad(1, 1)}/GeleverdVolume`],
    },
    {
      name: 'over the budget with earlier prestaties (in onderzoek counts)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ volume: 2 }, { volume: 4, code: '02A07' }]),
      context: { toewijzingen: [budget('WMO323')], prestaties: [prestatieFeit('WMO323', { status: 'in-onderzoek' }), prestatieFeit('WMO323', { referentieNummer: 'O2', bedrag: 2000 })] },
      paths: [`${prestatiePad(1, 2)}/GeleverdVolume`],
    },
    {
      name: 'a budget of zero',
      type: 'JW323',
      bericht: declaratie('JW323', [{ volume: 1 }]),
      context: { toewijzingen: [budget('JW323', 0)] },
      paths: [`${prestatiePad(1, 1)}/GeleverdVolume`],
    },
  ],
});
