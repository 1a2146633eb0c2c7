import TR389 from '../../src/rules/declaratie/TR389.js';
import { MAART, declaratie, prestatieFeit, prestatiePad } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

/** A new debet for March on toewijzing 1001, the product of the fixtures' earlier debet OUD1. */
const maart = { ref: 'N1', periode: MAART };
const creditVan = (naam: 'JW323' | 'WMO323', over = {}) =>
  prestatieFeit(naam, { referentieNummer: 'CR1', vorigReferentieNummer: 'OUD1', debetCredit: 'C', ...over });

ruleTester(TR389, {
  valid: [
    { name: 'the first debet for the period', type: 'JW323', bericht: declaratie('JW323', [maart]) },
    { name: 'a debet for another month', type: 'WMO323', bericht: declaratie('WMO323', [{}]), context: { prestaties: [prestatieFeit('WMO323')] } },
    {
      name: 'a debet for another product code of an aspecifieke toewijzing',
      type: 'JW323',
      bericht: declaratie('JW323', [{ ...maart, code: '45A04' }]),
      context: { prestaties: [prestatieFeit('JW323')] },
    },
    {
      name: 'a new debet after the earlier one was credited',
      type: 'JW323',
      bericht: declaratie('JW323', [maart]),
      context: { prestaties: [prestatieFeit('JW323'), creditVan('JW323')] },
    },
    {
      name: 'a credit and the new debet in one message (IV086, OP366)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [maart, { ref: 'CR1', vorig: 'OUD1', dc: 'C', periode: MAART }]),
      context: { prestaties: [prestatieFeit('WMO323')] },
    },
    {
      name: 'a new debet after the earlier one was rejected',
      type: 'JW323',
      bericht: declaratie('JW323', [maart]),
      context: { prestaties: [prestatieFeit('JW323', { status: 'afgewezen' })] },
    },
    {
      name: 'a debet on another toewijzing for the same period (successive toewijzingen, IV084)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ ...maart, nummer: 1002 }]),
      context: { prestaties: [prestatieFeit('WMO323')] },
    },
  ],
  invalid: [
    {
      name: 'a second debet for the same period, product and toewijzing',
      type: 'JW323',
      bericht: declaratie('JW323', [{}, maart]),
      context: { prestaties: [prestatieFeit('JW323')] },
      paths: [prestatiePad(1, 2)],
    },
    {
      name: 'a second debet while the earlier one is in onderzoek',
      type: 'WMO323',
      bericht: declaratie('WMO323', [maart]),
      context: { prestaties: [prestatieFeit('WMO323', { status: 'in-onderzoek' })] },
      paths: [prestatiePad(1, 1)],
    },
    {
      name: 'a second debet when the only credit was rejected',
      type: 'JW323',
      bericht: declaratie('JW323', [maart]),
      context: { prestaties: [prestatieFeit('JW323'), creditVan('JW323', { status: 'afgewezen' })] },
      paths: [prestatiePad(1, 1)],
    },
    {
      name: 'a third debet: the first was credited and the second is still standing',
      type: 'WMO323',
      bericht: declaratie('WMO323', [maart]),
      context: { prestaties: [prestatieFeit('WMO323'), creditVan('WMO323'), prestatieFeit('WMO323', { referentieNummer: 'OUD2' })] },
      paths: [prestatiePad(1, 1)],
    },
    {
      name: 'a second debet for part of the same month',
      type: 'JW323',
      bericht: declaratie('JW323', [{ ...maart, periode: ['2026-03-10', '2026-03-31'] }]),
      context: { prestaties: [prestatieFeit('JW323')] },
      paths: [prestatiePad(1, 1)],
    },
  ],
});
