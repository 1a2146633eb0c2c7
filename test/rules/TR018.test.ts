import TR018 from '../../src/rules/start-stop/TR018.js';
import { voorbeeldBericht } from '../berichten.js';
import { met } from './met.js';
import { ruleTester } from './rule-tester.js';

ruleTester(TR018, {
  valid: [
    { name: 'the example stop zorg', type: 'WMO307', bericht: voorbeeldBericht('WMO307') },
    { name: 'the example stop zorg', type: 'JW307', bericht: voorbeeldBericht('JW307') },
    {
      name: 'a levering of one day (Einddatum equal to Begindatum)',
      type: 'JW307',
      bericht: met(voorbeeldBericht('JW307'), (b) => void (b.Client.StopProducten[0]!.Einddatum = b.Client.StopProducten[0]!.Begindatum)),
    },
  ],
  invalid: [
    {
      name: 'an Einddatum one day before the Begindatum',
      type: 'JW307',
      bericht: met(voorbeeldBericht('JW307'), (b) => void (b.Client.StopProducten[1]!.Einddatum = '2026-04-14')),
      paths: ['/Bericht/Client/StopProducten/StopProduct[2]/Einddatum'],
    },
    {
      name: 'an Einddatum a year before the Begindatum',
      type: 'WMO307',
      bericht: met(voorbeeldBericht('WMO307'), (b) => void (b.Client.StopProducten[0]!.Einddatum = '2024-07-18')),
      paths: ['/Bericht/Client/StopProducten/StopProduct[1]/Einddatum'],
    },
  ],
});
