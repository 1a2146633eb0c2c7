import CS335 from '../../src/rules/toewijzing/CS335.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CS335, {
  valid: [
    { name: 'the example toewijzing', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    {
      name: 'a removal (13) with the end date equal to the start date',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        const p = b.Client.ToegewezenProducten[0]!;
        p.Einddatum = p.Ingangsdatum;
        p.RedenWijziging = '13';
      }),
    },
    {
      name: 'another reason (05, verkorting) with different dates',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.ToegewezenProducten[0]!.RedenWijziging = '05';
      }),
    },
  ],
  invalid: [
    {
      name: 'a removal (13) with an end date after the start date',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.ToegewezenProducten[1]!.RedenWijziging = '13';
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/RedenWijziging'],
    },
    {
      name: 'a removal (13) without end date',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        const p = b.Client.ToegewezenProducten[0]!;
        delete p.Einddatum;
        p.RedenWijziging = '13';
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/RedenWijziging'],
    },
  ],
});
