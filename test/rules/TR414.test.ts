import TR414 from '../../src/rules/start-stop/TR414.js';
import { ruleTester } from './rule-tester.js';
import { stopFeit, voorbeeld } from './zorgfeiten.js';

/** A temporary stop of the example's first levering (300201, begindatum 2026-04-03). */
const eerderTijdelijk = (einddatum: string, over = {}) => stopFeit({ redenBeeindiging: '20', einddatum, ...over });
const PAD = (i: number) => `/Bericht/Client/StopProducten/StopProduct[${i}]/Einddatum`;

ruleTester(TR414, {
  valid: [
    { name: 'first stops', type: 'JW307', bericht: voorbeeld('JW307') },
    { name: 'a stop ending after the temporary stop', type: 'JW307', bericht: voorbeeld('JW307'), context: { stopProducten: [eerderTijdelijk('2026-05-01')] } },
    { name: 'a stop ending on the same day as the temporary stop', type: 'JW307', bericht: voorbeeld('JW307'), context: { stopProducten: [eerderTijdelijk('2026-07-17')] } },
    {
      name: 'an earlier stop ending later, but deleted',
      type: 'JW307',
      bericht: voorbeeld('JW307'),
      context: { stopProducten: [eerderTijdelijk('2026-07-31', { verwijderd: true })] },
    },
    {
      name: 'an earlier stop of another levering ending later',
      type: 'JW307',
      bericht: voorbeeld('JW307'),
      context: { stopProducten: [eerderTijdelijk('2026-07-31', { toewijzingNummer: 300999 })] },
    },
  ],
  invalid: [
    { name: 'a stop ending a day before the temporary stop', type: 'JW307', bericht: voorbeeld('JW307'), context: { stopProducten: [eerderTijdelijk('2026-07-18')] }, paths: [PAD(1)] },
    {
      name: 'the latest of two earlier stops is the measure',
      type: 'JW307',
      bericht: voorbeeld('JW307'),
      context: { stopProducten: [eerderTijdelijk('2026-05-01'), eerderTijdelijk('2026-07-20', { redenBeeindiging: '31' })] },
      paths: [PAD(1)],
    },
    {
      name: 'a stop earlier in the same message ends later',
      type: 'WMO307',
      bericht: voorbeeld('WMO307', (b) => {
        b.Client.StopProducten[1]!.RedenBeeindiging = '20';
        b.Client.StopProducten.push({ ...b.Client.StopProducten[1]!, RedenBeeindiging: '31', Einddatum: '2025-07-01' });
      }),
      paths: [PAD(3)],
    },
  ],
});
