import TR318 from '../../src/rules/declaratie/TR318.js';
import { MAART, declaratie, declaratieFeit } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

const PAD = '/Bericht/Declaratie/DeclaratiePeriode';
const mei = declaratieFeit({ declaratieNummer: 'DN5', periodeBegin: '2026-05-01', periodeEind: '2026-05-31' });
const feb = declaratieFeit({ declaratieNummer: 'DN2', periodeBegin: '2026-02-01', periodeEind: '2026-02-28' });
const maart = declaratieFeit();

ruleTester(TR318, {
  valid: [
    { name: 'the first declaratie of the aanbieder to the gemeente', type: 'JW323', bericht: declaratie('JW323', [{}]) },
    { name: 'the month after the last one declared', type: 'WMO323', bericht: declaratie('WMO323', [{}]), context: { declaraties: [feb, maart] } },
    {
      name: 'a second declaratie over the last month declared (corrections, late prestaties)',
      type: 'JW323',
      bericht: declaratie('JW323', [{ periode: ['2026-02-01', '2026-02-28'] }], { periode: MAART }),
      context: { declaraties: [maart, feb] },
    },
    {
      name: 'a month skipped in which no care was delivered (March, then May)',
      type: 'JW323',
      bericht: declaratie('JW323', [{ periode: ['2026-05-01', '2026-05-31'] }], { periode: ['2026-05-01', '2026-05-31'] }),
      context: { declaraties: [maart] },
    },
    {
      name: 'late prestaties of months before the last declared one (IV090)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ periode: ['2026-04-01', '2026-04-30'] }, { periode: ['2026-06-01', '2026-06-30'] }], {
        periode: ['2026-06-01', '2026-06-30'],
      }),
      context: { declaraties: [maart, mei] },
    },
    {
      name: 'earlier declaraties of another aanbieder or to another gemeente',
      type: 'JW323',
      bericht: declaratie('JW323', [{}], { periode: ['2026-04-01', '2026-04-30'] }),
      context: { declaraties: [declaratieFeit({ agb: '12345678', periodeBegin: '2026-06-01', periodeEind: '2026-06-30' }), declaratieFeit({ gemeente: '0363', periodeBegin: '2026-06-01', periodeEind: '2026-06-30' })] },
    },
  ],
  invalid: [
    {
      name: 'a DeclaratiePeriode before the last one declared',
      type: 'JW323',
      bericht: declaratie('JW323', [{ periode: MAART }], { periode: MAART }),
      context: { declaraties: [maart, declaratieFeit({ declaratieNummer: 'DN4', periodeBegin: '2026-04-01', periodeEind: '2026-04-30' })] },
      paths: [PAD],
    },
    {
      name: 'a skipped month in which care was delivered',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ periode: ['2026-04-01', '2026-04-30'] }, { periode: ['2026-05-01', '2026-05-31'] }], {
        periode: ['2026-05-01', '2026-05-31'],
      }),
      context: { declaraties: [maart] },
      paths: [PAD],
    },
  ],
});
