import TR386 from '../../src/rules/verzoek/TR386.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(TR386, {
  valid: [
    { name: 'the example (two categories in one period)', type: 'WMO315', bericht: voorbeeldBericht('WMO315') },
    { name: 'the example (two codes of one category in one period)', type: 'JW315', bericht: voorbeeldBericht('JW315') },
    {
      name: 'the same product again from the day after the first ends',
      type: 'JW315',
      bericht: variant('JW315', (b) => {
        const p = b.Client.AangevraagdeProducten[1]!;
        p.Product!.Code = '55A11';
        p.ToewijzingIngangsdatum = '2027-07-01';
        p.ToewijzingEinddatum = '2027-12-31';
      }),
    },
    {
      name: 'two overlapping requests for hulpmiddelen (iWmo category 14)',
      type: 'WMO315',
      bericht: variant('WMO315', (b) => {
        b.Client.AangevraagdeProducten[0]!.Product = { Categorie: '14', Code: '14A01' };
        b.Client.AangevraagdeProducten[1]!.Product = { Categorie: '14', Code: '14A01' };
      }),
    },
  ],
  invalid: [
    {
      name: 'the same product code twice in one period',
      type: 'JW315',
      bericht: variant('JW315', (b) => {
        b.Client.AangevraagdeProducten[1]!.Product!.Code = '55A11';
      }),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]'],
    },
    {
      name: 'a category-only request overlapping a coded request of that category',
      type: 'WMO315',
      bericht: variant('WMO315', (b) => {
        const p = b.Client.AangevraagdeProducten[1]!;
        p.Product = { Categorie: '01' };
        delete p.Omvang;
        p.Budget = 50000;
      }),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]'],
    },
    {
      name: 'a request without product overlapping on one day',
      type: 'WMO315',
      bericht: variant('WMO315', (b) => {
        const p = b.Client.AangevraagdeProducten[1]!;
        delete p.Product;
        delete p.Omvang;
        p.Budget = 50000;
        p.ToewijzingIngangsdatum = '2023-06-30';
        p.ToewijzingEinddatum = '2023-09-30';
      }),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]'],
    },
  ],
});
