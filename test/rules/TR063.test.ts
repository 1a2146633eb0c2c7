import TR063 from '../../src/rules/start-stop/TR063.js';
import { ruleTester } from './rule-tester.js';
import { startFeit, stopFeit, tweedeStart, voorbeeld } from './zorgfeiten.js';

/** The example 305 deleting its first line (toewijzing 300201, 55/55A11, begindatum 2026-04-03). */
const verwijderStart = (wijzig: (p: { ToewijzingIngangsdatum?: string; Begindatum: string }) => void = () => {}) =>
  voorbeeld('JW305', (b) => {
    b.Client.StartProducten[0]!.StatusAanlevering = '3';
    wijzig(b.Client.StartProducten[0]!);
  });
/** The example 307 deleting its first stop (300201, begindatum 2026-04-03, reden 31, einddatum 2026-07-17). */
const verwijderStop = () => voorbeeld('JW307', (b) => (b.Client.StopProducten[0]!.StatusAanlevering = '3'));

const START = '/Bericht/Client/StartProducten/StartProduct[1]/StatusAanlevering';
const STOP = '/Bericht/Client/StopProducten/StopProduct[1]/StatusAanlevering';

ruleTester(TR063, {
  valid: [
    { name: 'new starts only (StatusAanlevering 1)', type: 'JW305', bericht: voorbeeld('JW305') },
    { name: 'deleting an earlier accepted start with the same key', type: 'JW305', bericht: verwijderStart(), context: { startProducten: [startFeit()] } },
    {
      name: 'deleting a start whose ToewijzingIngangsdatum differs (not part of the key)',
      type: 'JW305',
      bericht: verwijderStart((p) => (p.ToewijzingIngangsdatum = '2026-03-15')),
      context: { startProducten: [startFeit()] },
    },
    {
      name: 'deleting a start that was deleted before and sent again',
      type: 'JW305',
      bericht: verwijderStart(),
      context: { startProducten: [startFeit({ verwijderd: true, toewijzingIngangsdatum: '2026-03-01' }), startFeit()] },
    },
    { name: 'deleting an earlier stop with the same key', type: 'JW307', bericht: verwijderStop(), context: { stopProducten: [stopFeit()] } },
    {
      name: 'iWmo: deleting an earlier start',
      type: 'WMO305',
      bericht: voorbeeld('WMO305', (b) => (b.Client.StartProducten[1]!.StatusAanlevering = '3')),
      context: { startProducten: [startFeit({ toewijzingNummer: 300202, productcategorie: '01', productcode: '01A12', begindatum: '2025-04-04' })] },
    },
  ],
  invalid: [
    { name: 'deleting a start never sent', type: 'JW305', bericht: verwijderStart(), context: { startProducten: [tweedeStart()] }, paths: [START] },
    { name: 'deleting a start that was rejected', type: 'JW305', bericht: verwijderStart(), context: { startProducten: [startFeit({ beoordeling: 'afgewezen' })] }, paths: [START] },
    { name: 'deleting a start already deleted', type: 'JW305', bericht: verwijderStart(), context: { startProducten: [startFeit({ verwijderd: true })] }, paths: [START] },
    {
      name: 'deleting with another Begindatum than the start has',
      type: 'JW305',
      bericht: verwijderStart((p) => (p.Begindatum = '2026-04-04')),
      context: { startProducten: [startFeit()] },
      paths: [START],
    },
    {
      name: 'the only earlier line with the key is itself a deletion',
      type: 'JW305',
      bericht: verwijderStart(),
      context: { startProducten: [startFeit({ statusAanlevering: '3' })] },
      paths: [START],
    },
    {
      name: 'deleting a start another aanbieder sent',
      type: 'JW305',
      bericht: verwijderStart(),
      context: { startProducten: [startFeit({ agb: '12345678' })] },
      paths: [START],
    },
    {
      name: 'deleting a stop with another Einddatum than it has',
      type: 'JW307',
      bericht: verwijderStop(),
      context: { stopProducten: [stopFeit({ einddatum: '2026-07-16' })] },
      paths: [STOP],
    },
    {
      name: 'deleting a stop with another RedenBeeindiging than it has',
      type: 'WMO307',
      bericht: voorbeeld('WMO307', (b) => (b.Client.StopProducten[0]!.StatusAanlevering = '3')),
      context: {
        stopProducten: [stopFeit({ productcategorie: '01', productcode: '01A11', begindatum: '2025-04-03', einddatum: '2025-07-18', redenBeeindiging: '20' })],
      },
      paths: [STOP],
    },
  ],
});
