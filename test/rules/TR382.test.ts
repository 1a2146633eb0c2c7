import TR382 from '../../src/rules/start-stop/TR382.js';
import { ruleTester } from './rule-tester.js';
import { startFeit, stopFeit, tweedeStart, voorbeeld } from './zorgfeiten.js';

/** The starts the JW307 example stops: 300201 (55A11, 2026-04-03) and 300202 (55A12, 2026-04-15). */
const STARTS = [startFeit(), tweedeStart()];
const WMO_STARTS = [
  startFeit({ productcategorie: '01', productcode: '01A11', begindatum: '2025-04-03' }),
  startFeit({ toewijzingNummer: 300202, productcategorie: '01', productcode: '01A12', begindatum: '2025-04-15' }),
];
const STOP = (i: number) => `/Bericht/Client/StopProducten/StopProduct[${i}]`;

ruleTester(TR382, {
  valid: [
    { name: 'the example stops of their starts', type: 'JW307', bericht: voorbeeld('JW307'), context: { startProducten: STARTS } },
    { name: 'iWmo: the example stops of their starts', type: 'WMO307', bericht: voorbeeld('WMO307'), context: { startProducten: WMO_STARTS } },
    {
      name: 'a definitive stop of a start that was stopped temporarily',
      type: 'JW307',
      bericht: voorbeeld('JW307'),
      context: { startProducten: STARTS, stopProducten: [stopFeit({ redenBeeindiging: '20', einddatum: '2026-05-01' })] },
    },
    {
      name: 'a start whose ToewijzingIngangsdatum differs from the stop (not in the key)',
      type: 'JW307',
      bericht: voorbeeld('JW307'),
      context: { startProducten: [startFeit({ toewijzingIngangsdatum: '2026-03-01' }), tweedeStart()] },
    },
    {
      name: 'a deletion line (StatusAanlevering 3) is not this rule',
      type: 'JW307',
      bericht: voorbeeld('JW307', (b) => (b.Client.StopProducten[1]!.StatusAanlevering = '3')),
      context: { startProducten: [startFeit()] },
    },
  ],
  invalid: [
    { name: 'a stop without any start', type: 'JW307', bericht: voorbeeld('JW307'), context: { startProducten: [startFeit()] }, paths: [STOP(2)] },
    { name: 'a stop of a deleted start', type: 'JW307', bericht: voorbeeld('JW307'), context: { startProducten: [startFeit({ verwijderd: true }), tweedeStart()] }, paths: [STOP(1)] },
    {
      name: 'a stop of a rejected start',
      type: 'WMO307',
      bericht: voorbeeld('WMO307'),
      context: { startProducten: [WMO_STARTS[0]!, { ...WMO_STARTS[1]!, beoordeling: 'afgewezen' }] },
      paths: [STOP(2)],
    },
    {
      name: 'a stop with another Begindatum than the start',
      type: 'JW307',
      bericht: voorbeeld('JW307', (b) => (b.Client.StopProducten[0]!.Begindatum = '2026-04-04')),
      context: { startProducten: STARTS },
      paths: [STOP(1)],
    },
    {
      name: 'a stop with the categorie only where the start had the product code',
      type: 'JW307',
      bericht: voorbeeld('JW307', (b) => (b.Client.StopProducten[1]!.Product = { Categorie: '55' })),
      context: { startProducten: STARTS },
      paths: [STOP(2)],
    },
    {
      name: 'a stop without the ToewijzingNummer of the start',
      type: 'JW307',
      bericht: voorbeeld('JW307', (b) => delete b.Client.StopProducten[0]!.ToewijzingNummer),
      context: { startProducten: STARTS },
      paths: [STOP(1)],
    },
  ],
});
