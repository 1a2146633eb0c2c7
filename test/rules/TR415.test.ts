import TR415 from '../../src/rules/start-stop/TR415.js';
import { ruleTester } from './rule-tester.js';
import { stopFeit, voorbeeld } from './zorgfeiten.js';

/** An earlier stop of the example's first levering (300201, begindatum 2026-04-03). */
const eerder = (redenBeeindiging: string, over = {}) => stopFeit({ redenBeeindiging, einddatum: '2026-06-30', ...over });
const PAD = (i: number) => `/Bericht/Client/StopProducten/StopProduct[${i}]`;

ruleTester(TR415, {
  valid: [
    { name: 'first stops', type: 'JW307', bericht: voorbeeld('JW307') },
    { name: 'a definitive stop after a temporary one', type: 'JW307', bericht: voorbeeld('JW307'), context: { stopProducten: [eerder('20')] } },
    { name: 'a stop after the earlier definitive stop was deleted', type: 'JW307', bericht: voorbeeld('JW307'), context: { stopProducten: [eerder('31', { verwijderd: true })] } },
    {
      name: 'a stop replacing the definitive stop deleted in this same message',
      type: 'JW307',
      bericht: voorbeeld('JW307', (b) => b.Client.StopProducten.unshift({ ...b.Client.StopProducten[0]!, Einddatum: '2026-06-30', StatusAanlevering: '3' })),
      context: { stopProducten: [eerder('31')] },
    },
    { name: 'a definitive stop of another levering', type: 'JW307', bericht: voorbeeld('JW307'), context: { stopProducten: [eerder('31', { begindatum: '2026-01-05' })] } },
    {
      name: 'a deletion line (StatusAanlevering 3) of a stopped levering',
      type: 'JW307',
      bericht: voorbeeld('JW307', (b) => (b.Client.StopProducten[0]!.StatusAanlevering = '3')),
      context: { stopProducten: [eerder('31')] },
    },
  ],
  invalid: [
    { name: 'a second definitive stop', type: 'JW307', bericht: voorbeeld('JW307'), context: { stopProducten: [eerder('33')] }, paths: [PAD(1)] },
    {
      name: 'a temporary stop after a definitive one',
      type: 'JW307',
      bericht: voorbeeld('JW307', (b) => (b.Client.StopProducten[0]!.RedenBeeindiging = '20')),
      context: { stopProducten: [eerder('31')] },
      paths: [PAD(1)],
    },
    {
      name: 'two definitive stops of one levering in one message',
      type: 'WMO307',
      bericht: voorbeeld('WMO307', (b) => b.Client.StopProducten.push({ ...b.Client.StopProducten[0]!, Einddatum: '2025-07-19', RedenBeeindiging: '34' })),
      paths: [PAD(3)],
    },
  ],
});
