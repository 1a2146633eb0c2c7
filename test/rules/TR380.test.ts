import TR380 from '../../src/rules/verzoek/TR380.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(TR380, {
  valid: [
    { name: 'the example verzoek om wijziging (a start in the future)', type: 'JW317', bericht: voorbeeldBericht('JW317') },
    {
      name: 'a new product starting the day after the Dagtekening (a product to change may start on it)',
      type: 'WMO317',
      bericht: variant('WMO317', (b) => {
        b.Client.Verzoek.NieuweProducten![0]!.GewensteIngangsdatum = '2023-04-03';
      }),
    },
  ],
  invalid: [
    {
      name: 'the standard\'s own example: a new product starting on the Dagtekening',
      type: 'WMO317',
      bericht: voorbeeldBericht('WMO317'),
      paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/GewensteIngangsdatum'],
    },
    {
      name: 'the second new product starting before the Dagtekening',
      type: 'JW317',
      bericht: variant('JW317', (b) => {
        const eerste = b.Client.Verzoek.NieuweProducten![0]!;
        eerste.Einddatum = '2026-12-31';
        b.Client.Verzoek.NieuweProducten!.push({ ...structuredClone(eerste), Product: { Categorie: '45', Code: '45A04' }, GewensteIngangsdatum: '2025-12-01' });
      }),
      paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[2]/GewensteIngangsdatum'],
    },
  ],
});
