import TR074 from '../../src/rules/start-stop/TR074.js';
import { ruleTester } from './rule-tester.js';
import { startFeit, stopFeit, tweedeStart, voorbeeld } from './zorgfeiten.js';

const START = (i: number) => `/Bericht/Client/StartProducten/StartProduct[${i}]`;
const STOP = (i: number) => `/Bericht/Client/StopProducten/StopProduct[${i}]`;

ruleTester(TR074, {
  valid: [
    { name: 'new keys', type: 'JW305', bericht: voorbeeld('JW305') },
    {
      name: 'a key whose earlier start was deleted (the IV008 correction of a ToewijzingIngangsdatum)',
      type: 'JW305',
      bericht: voorbeeld('JW305'),
      context: { startProducten: [startFeit({ toewijzingIngangsdatum: '2026-03-01', verwijderd: true })] },
    },
    {
      name: 'a key whose earlier start was rejected',
      type: 'JW305',
      bericht: voorbeeld('JW305'),
      context: { startProducten: [startFeit({ beoordeling: 'afgewezen' })] },
    },
    {
      name: 'the same toewijzing and product, another Begindatum',
      type: 'JW305',
      bericht: voorbeeld('JW305'),
      context: { startProducten: [startFeit({ begindatum: '2026-04-02' })] },
    },
    {
      name: 'the same start key from another aanbieder',
      type: 'JW305',
      bericht: voorbeeld('JW305'),
      context: { startProducten: [startFeit({ agb: '12345678' }), tweedeStart({ agb: '12345678' })] },
    },
    {
      name: 'a deletion line with the key of an earlier start (StatusAanlevering 3)',
      type: 'JW305',
      bericht: voorbeeld('JW305', (b) => (b.Client.StartProducten[0]!.StatusAanlevering = '3')),
      context: { startProducten: [startFeit()] },
    },
    {
      name: 'a definitive stop after a temporary stop of the same start (another stop key)',
      type: 'JW307',
      bericht: voorbeeld('JW307'),
      context: { stopProducten: [stopFeit({ redenBeeindiging: '20', einddatum: '2026-05-01' })] },
    },
    {
      name: 'a stop whose earlier twin was deleted',
      type: 'WMO307',
      bericht: voorbeeld('WMO307'),
      context: {
        stopProducten: [stopFeit({ productcategorie: '01', productcode: '01A11', begindatum: '2025-04-03', einddatum: '2025-07-18', verwijderd: true })],
      },
    },
  ],
  invalid: [
    { name: 'a start sent again', type: 'JW305', bericht: voorbeeld('JW305'), context: { startProducten: [tweedeStart()] }, paths: [START(2)] },
    {
      name: 'a start with a corrected ToewijzingIngangsdatum without deleting the first (not in the key)',
      type: 'JW305',
      bericht: voorbeeld('JW305'),
      context: { startProducten: [startFeit({ toewijzingIngangsdatum: '2026-03-01' })] },
      paths: [START(1)],
    },
    {
      name: 'iWmo: both starts sent again',
      type: 'WMO305',
      bericht: voorbeeld('WMO305'),
      context: {
        startProducten: [
          startFeit({ productcategorie: '01', productcode: '01A11', begindatum: '2025-04-03' }),
          startFeit({ toewijzingNummer: 300202, productcategorie: '01', productcode: '01A12', begindatum: '2025-04-04' }),
        ],
      },
      paths: [START(1), START(2)],
    },
    { name: 'a stop sent again', type: 'JW307', bericht: voorbeeld('JW307'), context: { stopProducten: [stopFeit()] }, paths: [STOP(1)] },
  ],
});
