import CD080 from '../../src/rules/toewijzing/CD080.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

const zonderCode = (naam: 'JW301' | 'WMO301', einddatum: string | undefined, ingangsdatum?: string) =>
  variant(naam, (b) => {
    const p = b.Client.ToegewezenProducten[0]!;
    delete p.Product!.Code;
    if (ingangsdatum) p.Ingangsdatum = ingangsdatum;
    if (einddatum === undefined) delete p.Einddatum;
    else p.Einddatum = einddatum;
  });

ruleTester(CD080, {
  valid: [
    { name: 'the example toewijzing (codes with Omvang)', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example toewijzing', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    { name: 'no code, an Omvang and an end date of 31-12-2020', type: 'WMO301', bericht: zonderCode('WMO301', '2020-12-31', '2020-01-01') },
    { name: 'no code, an Omvang and an end date in 2019', type: 'JW301', bericht: zonderCode('JW301', '2019-06-30', '2019-01-01') },
    {
      name: 'no code and no Omvang',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        const p = b.Client.ToegewezenProducten[0]!;
        delete p.Product!.Code;
        delete p.Omvang;
        p.Budget = 100000;
      }),
    },
  ],
  invalid: [
    { name: 'no code, an Omvang and an end date in 2023', type: 'WMO301', bericht: zonderCode('WMO301', '2023-12-31'), paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang'] },
    { name: 'no code, an Omvang and an end date of 1-1-2021', type: 'JW301', bericht: zonderCode('JW301', '2021-01-01', '2020-06-01'), paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang'] },
    { name: 'no code, an Omvang and no end date', type: 'WMO301', bericht: zonderCode('WMO301', undefined), paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Omvang'] },
    {
      name: 'no Product at all and an Omvang',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        delete b.Client.ToegewezenProducten[1]!.Product;
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]/Omvang'],
    },
  ],
});
