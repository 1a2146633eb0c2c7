import TR071 from '../../src/rules/start-stop/TR071.js';
import { ruleTester } from './rule-tester.js';
import { startFeit, stopFeit, voorbeeld } from './zorgfeiten.js';

/** The example 305 deleting its first line (toewijzing 300201, 55/55A11, begindatum 2026-04-03). */
const verwijderStart = () => voorbeeld('JW305', (b) => (b.Client.StartProducten[0]!.StatusAanlevering = '3'));
const PAD = '/Bericht/Client/StartProducten/StartProduct[1]/StatusAanlevering';

ruleTester(TR071, {
  valid: [
    { name: 'deleting a start that has no stop', type: 'JW305', bericht: verwijderStart(), context: { startProducten: [startFeit()] } },
    {
      name: 'deleting a start whose stop was deleted',
      type: 'JW305',
      bericht: verwijderStart(),
      context: { startProducten: [startFeit()], stopProducten: [stopFeit({ verwijderd: true })] },
    },
    {
      name: 'deleting a start whose stop was rejected',
      type: 'JW305',
      bericht: verwijderStart(),
      context: { startProducten: [startFeit()], stopProducten: [stopFeit({ beoordeling: 'afgewezen' })] },
    },
    {
      name: 'a stop of another start of the same toewijzing (another Begindatum)',
      type: 'JW305',
      bericht: verwijderStart(),
      context: { startProducten: [startFeit()], stopProducten: [stopFeit({ begindatum: '2026-01-10' })] },
    },
    { name: 'a new start on a stopped levering is not this rule', type: 'JW305', bericht: voorbeeld('JW305'), context: { stopProducten: [stopFeit()] } },
  ],
  invalid: [
    { name: 'deleting a start that was stopped', type: 'JW305', bericht: verwijderStart(), context: { startProducten: [startFeit()], stopProducten: [stopFeit()] }, paths: [PAD] },
    {
      name: 'deleting a start that was stopped temporarily (RedenBeeindiging 20)',
      type: 'JW305',
      bericht: verwijderStart(),
      context: { startProducten: [startFeit()], stopProducten: [stopFeit({ redenBeeindiging: '20', einddatum: '2026-05-01' })] },
      paths: [PAD],
    },
    {
      name: 'iWmo: deleting a stopped start',
      type: 'WMO305',
      bericht: voorbeeld('WMO305', (b) => (b.Client.StartProducten[1]!.StatusAanlevering = '3')),
      context: {
        stopProducten: [stopFeit({ toewijzingNummer: 300202, productcategorie: '01', productcode: '01A12', begindatum: '2025-04-04', einddatum: '2025-06-30' })],
      },
      paths: ['/Bericht/Client/StartProducten/StartProduct[2]/StatusAanlevering'],
    },
  ],
});
