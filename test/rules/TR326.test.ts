import TR326 from '../../src/rules/start-stop/TR326.js';
import { ruleTester } from './rule-tester.js';
import { startFeit, stopFeit, voorbeeld } from './zorgfeiten.js';

/** An earlier start of toewijzing 300201 (55/55A11), begindatum 2026-01-05. */
const eerdereStart = startFeit({ begindatum: '2026-01-05' });
const stopVanEerdere = (over = {}) => stopFeit({ begindatum: '2026-01-05', einddatum: '2026-03-31', ...over });
const START = (i: number) => `/Bericht/Client/StartProducten/StartProduct[${i}]`;

/** The example 305 with a deletion of the earlier start put before (or after) its lines. */
const metVerwijdering = (begindatum: string, achteraan = false) =>
  voorbeeld('JW305', (b) => {
    const verwijder = { ...b.Client.StartProducten[0]!, Begindatum: begindatum, StatusAanlevering: '3' };
    if (achteraan) b.Client.StartProducten.push(verwijder);
    else b.Client.StartProducten.unshift(verwijder);
  });

ruleTester(TR326, {
  valid: [
    { name: 'the first starts of both toewijzingen', type: 'JW305', bericht: voorbeeld('JW305') },
    { name: 'a new start after the earlier one was stopped', type: 'JW305', bericht: voorbeeld('JW305'), context: { startProducten: [eerdereStart], stopProducten: [stopVanEerdere()] } },
    {
      name: 'a resumption after a temporary stop (RedenBeeindiging 20)',
      type: 'JW305',
      bericht: voorbeeld('JW305'),
      context: { startProducten: [eerdereStart], stopProducten: [stopVanEerdere({ redenBeeindiging: '20' })] },
    },
    { name: 'a new start after the earlier one was deleted', type: 'JW305', bericht: voorbeeld('JW305'), context: { startProducten: [{ ...eerdereStart, verwijderd: true }] } },
    { name: 'an earlier start that was rejected', type: 'JW305', bericht: voorbeeld('JW305'), context: { startProducten: [{ ...eerdereStart, beoordeling: 'afgewezen' }] } },
    {
      name: 'the earlier start deleted in this same message (IV008: deletion and replacement together)',
      type: 'JW305',
      bericht: metVerwijdering('2026-01-05'),
      context: { startProducten: [eerdereStart] },
    },
    {
      name: 'the deletion after the replacement in the message still counts first',
      type: 'JW305',
      bericht: metVerwijdering('2026-01-05', true),
      context: { startProducten: [eerdereStart] },
    },
    {
      name: 'an actueel start of another toewijzing',
      type: 'JW305',
      bericht: voorbeeld('JW305'),
      context: { startProducten: [startFeit({ toewijzingNummer: 300999, begindatum: '2026-01-05' })] },
    },
    {
      name: 'iWmo: a new start after a stop',
      type: 'WMO305',
      bericht: voorbeeld('WMO305'),
      context: {
        startProducten: [startFeit({ productcategorie: '01', productcode: '01A11', begindatum: '2025-01-06' })],
        stopProducten: [stopFeit({ productcategorie: '01', productcode: '01A11', begindatum: '2025-01-06', einddatum: '2025-03-31' })],
      },
    },
  ],
  invalid: [
    { name: 'an earlier start of the toewijzing without a stop', type: 'JW305', bericht: voorbeeld('JW305'), context: { startProducten: [eerdereStart] }, paths: [START(1)] },
    {
      name: 'an earlier start whose stop was deleted',
      type: 'JW305',
      bericht: voorbeeld('JW305'),
      context: { startProducten: [eerdereStart], stopProducten: [stopVanEerdere({ verwijderd: true })] },
      paths: [START(1)],
    },
    {
      name: 'a stop that does not carry the start key (another Begindatum) does not end the start',
      type: 'JW305',
      bericht: voorbeeld('JW305'),
      context: { startProducten: [eerdereStart], stopProducten: [stopVanEerdere({ begindatum: '2026-01-06' })] },
      paths: [START(1)],
    },
    {
      name: 'a deletion in the message of a key that does not exist leaves the earlier start actueel',
      type: 'JW305',
      bericht: metVerwijdering('2026-01-06'),
      context: { startProducten: [eerdereStart] },
      paths: [START(2)],
    },
    {
      name: 'two new starts of one toewijzing in one message',
      type: 'JW305',
      bericht: voorbeeld('JW305', (b) => b.Client.StartProducten.push({ ...b.Client.StartProducten[0]!, Begindatum: '2026-04-10' })),
      paths: [START(3)],
    },
    {
      name: 'taakgericht: an earlier start of the same product without a stop',
      type: 'JW305',
      bericht: voorbeeld('JW305', (b) => {
        b.Client.StartProducten = [{ Product: { Categorie: '55', Code: '55A11' }, Begindatum: '2026-04-03', StatusAanlevering: '1' }];
      }),
      context: { startProducten: [startFeit({ toewijzingNummer: undefined, toewijzingIngangsdatum: undefined, begindatum: '2026-02-01' })] },
      paths: [START(1)],
    },
  ],
});
