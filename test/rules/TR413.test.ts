import TR413 from '../../src/rules/start-stop/TR413.js';
import { ruleTester } from './rule-tester.js';
import { stopFeit, voorbeeld } from './zorgfeiten.js';

/** The example 307's first stop made temporary (RedenBeeindiging 20, einddatum 2026-07-17). */
const tijdelijkeStop = () => voorbeeld('JW307', (b) => (b.Client.StopProducten[0]!.RedenBeeindiging = '20'));
const eerderTijdelijk = (over = {}) => stopFeit({ redenBeeindiging: '20', einddatum: '2026-05-01', ...over });
const PAD = (i: number) => `/Bericht/Client/StopProducten/StopProduct[${i}]/RedenBeeindiging`;

ruleTester(TR413, {
  valid: [
    { name: 'a definitive stop after a temporary one', type: 'JW307', bericht: voorbeeld('JW307'), context: { stopProducten: [eerderTijdelijk()] } },
    { name: 'a first temporary stop', type: 'JW307', bericht: tijdelijkeStop() },
    { name: 'a temporary stop after the earlier one was deleted', type: 'JW307', bericht: tijdelijkeStop(), context: { stopProducten: [eerderTijdelijk({ verwijderd: true })] } },
    {
      name: 'a temporary stop replacing one deleted in this same message',
      type: 'JW307',
      bericht: voorbeeld('JW307', (b) => {
        b.Client.StopProducten[0]!.RedenBeeindiging = '20';
        b.Client.StopProducten.push({ ...b.Client.StopProducten[0]!, Einddatum: '2026-05-01', StatusAanlevering: '3' });
      }),
      context: { stopProducten: [eerderTijdelijk()] },
    },
    {
      name: 'a temporary stop of another levering (another Begindatum) of the same toewijzing',
      type: 'JW307',
      bericht: tijdelijkeStop(),
      context: { stopProducten: [eerderTijdelijk({ begindatum: '2026-01-05' })] },
    },
  ],
  invalid: [
    { name: 'a second temporary stop of the same levering', type: 'JW307', bericht: tijdelijkeStop(), context: { stopProducten: [eerderTijdelijk()] }, paths: [PAD(1)] },
    {
      name: 'two temporary stops of one levering in one message',
      type: 'JW307',
      bericht: voorbeeld('JW307', (b) => {
        b.Client.StopProducten[0]!.RedenBeeindiging = '20';
        b.Client.StopProducten.push({ ...b.Client.StopProducten[0]!, Einddatum: '2026-07-18' });
      }),
      paths: [PAD(3)],
    },
    {
      name: 'iWmo: a second temporary stop',
      type: 'WMO307',
      bericht: voorbeeld('WMO307', (b) => (b.Client.StopProducten[1]!.RedenBeeindiging = '20')),
      context: {
        stopProducten: [stopFeit({ toewijzingNummer: 300202, productcategorie: '01', productcode: '01A12', begindatum: '2025-04-15', redenBeeindiging: '20', einddatum: '2025-05-01' })],
      },
      paths: [PAD(2)],
    },
  ],
});
