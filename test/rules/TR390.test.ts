import TR390 from '../../src/rules/declaratie/TR390.js';
import { MAART, declaratie, prestatieFeit, prestatiePad } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

const credit = { ref: 'CR2', vorig: 'OUD1', dc: 'C' as const, periode: MAART };
const eerdereCredit = (naam: 'JW323' | 'WMO323', over = {}) =>
  prestatieFeit(naam, { referentieNummer: 'CR1', vorigReferentieNummer: 'OUD1', debetCredit: 'C', ...over });

ruleTester(TR390, {
  valid: [
    { name: 'the first credit of a debet', type: 'JW323', bericht: declaratie('JW323', [credit]), context: { prestaties: [prestatieFeit('JW323')] } },
    {
      name: 'a credit after an earlier credit of another debet',
      type: 'WMO323',
      bericht: declaratie('WMO323', [credit]),
      context: { prestaties: [prestatieFeit('WMO323'), eerdereCredit('WMO323', { vorigReferentieNummer: 'OUD7' })] },
    },
    {
      name: 'a credit after an earlier credit that was rejected',
      type: 'JW323',
      bericht: declaratie('JW323', [credit]),
      context: { prestaties: [prestatieFeit('JW323'), eerdereCredit('JW323', { status: 'afgewezen' })] },
    },
    { name: 'a debet', type: 'JW323', bericht: declaratie('JW323', [{}]), context: { prestaties: [eerdereCredit('JW323')] } },
  ],
  invalid: [
    {
      name: 'a second credit of the same debet',
      type: 'JW323',
      bericht: declaratie('JW323', [{}, credit]),
      context: { prestaties: [prestatieFeit('JW323'), eerdereCredit('JW323')] },
      paths: [prestatiePad(1, 2)],
    },
    {
      name: 'a second credit, on the debet’s toewijzing though the new credit names another',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ ...credit, nummer: 2002 }]),
      context: { prestaties: [prestatieFeit('WMO323'), eerdereCredit('WMO323')] },
      paths: [prestatiePad(1, 1)],
    },
  ],
});
