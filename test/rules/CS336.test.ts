import CS336 from '../../src/rules/toewijzing/CS336.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CS336, {
  valid: [
    { name: 'the example toewijzing', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    {
      name: 'administratieve correctie 14',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.ToegewezenProducten[0]!.RedenWijziging = '14';
      }),
    },
  ],
  invalid: [
    {
      name: 'the lapsed administratieve correctie 01',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.ToegewezenProducten[1]!.RedenWijziging = '01';
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/RedenWijziging'],
    },
    {
      name: 'the lapsed administratieve correctie 01, also on a removed toewijzing',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        const p = b.Client.ToegewezenProducten[0]!;
        p.Einddatum = p.Ingangsdatum;
        p.RedenWijziging = '01';
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/RedenWijziging'],
    },
  ],
});
