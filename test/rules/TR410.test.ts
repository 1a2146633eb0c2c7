import TR410 from '../../src/rules/verzoek/TR410.js';
import type { NieuwProduct317 } from '../../src/standard/berichten.generated.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

const tweede = (naam: 'JW317' | 'WMO317', w: Partial<NieuwProduct317>) =>
  variant(naam, (b) => {
    const nieuw = b.Client.Verzoek.NieuweProducten!;
    nieuw[0]!.Einddatum = naam === 'JW317' ? '2026-12-31' : '2023-12-31';
    nieuw.push({ ...structuredClone(nieuw[0]!), ...w });
  });

ruleTester(TR410, {
  valid: [
    { name: 'the example verzoek om wijziging', type: 'WMO317', bericht: voorbeeldBericht('WMO317') },
    { name: 'the example verzoek om wijziging', type: 'JW317', bericht: voorbeeldBericht('JW317') },
    { name: 'another product in the same period', type: 'JW317', bericht: tweede('JW317', { Product: { Categorie: '45', Code: '45A04' } }) },
    { name: 'the same product from the day after the first ends', type: 'WMO317', bericht: tweede('WMO317', { GewensteIngangsdatum: '2024-01-01', Einddatum: '2024-12-31' }) },
    {
      name: 'hulpmiddelen (iWmo category 12) twice in one period',
      type: 'WMO317',
      bericht: variant('WMO317', (b) => {
        const nieuw = b.Client.Verzoek.NieuweProducten!;
        nieuw[0]!.Product = { Categorie: '12', Code: '12A01' };
        nieuw.push(structuredClone(nieuw[0]!));
      }),
    },
  ],
  invalid: [
    { name: 'the same product twice in one period', type: 'WMO317', bericht: tweede('WMO317', {}), paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[2]'] },
    { name: 'the same product again, open-ended, from the last day of the first', type: 'JW317', bericht: tweede('JW317', { GewensteIngangsdatum: '2026-12-31', Einddatum: undefined }), paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[2]'] },
    {
      name: 'a category-only product overlapping a coded one of that category',
      type: 'JW317',
      bericht: tweede('JW317', { Product: { Categorie: '45' }, Omvang: undefined, Budget: 10000 }),
      paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[2]'],
    },
  ],
});
