import TR323 from '../../src/rules/declaratie/TR323.js';
import { BSN2, MAART, declaratie, prestatieFeit, prestatiePad } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

/** A credit of the fixtures' earlier debet OUD1 (March, 4 uur, € 50,00). */
const credit = (over = {}) => ({ ref: 'CR1', vorig: 'OUD1', dc: 'C' as const, periode: MAART, volume: 4, tarief: 1250, ...over });

ruleTester(TR323, {
  valid: [
    { name: 'a credit identical to an approved debet', type: 'JW323', bericht: declaratie('JW323', [credit()]), context: { prestaties: [prestatieFeit('JW323')] } },
    {
      name: 'a credit and the corrected debet in one message (IV086)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [credit(), { ref: 'N1', periode: MAART, volume: 3 }]),
      context: { prestaties: [prestatieFeit('WMO323')] },
    },
    { name: 'debets only', type: 'JW323', bericht: declaratie('JW323', [{}]) },
  ],
  invalid: [
    { name: 'a credit of an unknown ReferentieNummer', type: 'JW323', bericht: declaratie('JW323', [credit()]), paths: [`${prestatiePad(1, 1)}/ProductReferentie`] },
    {
      name: 'a credit without VorigReferentieNummer',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ ...credit(), vorig: undefined }]),
      context: { prestaties: [prestatieFeit('WMO323')] },
      paths: [`${prestatiePad(1, 1)}/ProductReferentie`],
    },
    {
      name: 'a credit of a rejected debet (IV085)',
      type: 'JW323',
      bericht: declaratie('JW323', [credit()]),
      context: { prestaties: [prestatieFeit('JW323', { status: 'afgewezen' })] },
      paths: [`${prestatiePad(1, 1)}/ProductReferentie`],
    },
    {
      name: 'a credit of a debet still in onderzoek',
      type: 'WMO323',
      bericht: declaratie('WMO323', [credit()]),
      context: { prestaties: [prestatieFeit('WMO323', { status: 'in-onderzoek' })] },
      paths: [`${prestatiePad(1, 1)}/ProductReferentie`],
    },
    {
      name: 'a credit of a credit',
      type: 'JW323',
      bericht: declaratie('JW323', [credit()]),
      context: { prestaties: [prestatieFeit('JW323', { debetCredit: 'C' })] },
      paths: [`${prestatiePad(1, 1)}/ProductReferentie`],
    },
    {
      name: 'credits that differ from the debet in amount, period or client',
      type: 'JW323',
      bericht: declaratie('JW323', [credit({ bedrag: 4000 }), credit({ ref: 'CR2', periode: ['2026-03-02', '2026-03-31'] }), credit({ ref: 'CR3', bsn: BSN2 })]),
      context: { prestaties: [prestatieFeit('JW323')] },
      paths: [`${prestatiePad(1, 1)}/ProductReferentie`, `${prestatiePad(1, 2)}/ProductReferentie`, `${prestatiePad(2, 1)}/ProductReferentie`],
    },
    {
      name: 'a credit sent to another gemeente than the debet',
      type: 'WMO323',
      bericht: declaratie('WMO323', [credit()]),
      context: { prestaties: [prestatieFeit('WMO323', { gemeente: '0363' })] },
      paths: [`${prestatiePad(1, 1)}/ProductReferentie`],
    },
  ],
});
