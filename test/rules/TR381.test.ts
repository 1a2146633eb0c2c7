import type { Productcode } from '../../src/control/feiten.js';
import TR381 from '../../src/rules/toewijzing/TR381.js';
import { ruleTester } from './rule-tester.js';
import { toewijzingFeit, voorbeeld } from './zorgfeiten.js';

const code = (gemeentecode: string, productcategorie: string, productcode: string, ingangsdatum = '2020-01-01', einddatum?: string): Productcode => ({
  gemeentecode,
  productcategorie,
  productcode,
  ingangsdatum,
  ...(einddatum !== undefined ? { einddatum } : {}),
});

/** Amsterdam (0363) and Diemen (0384) with their own lists; 0518 has none. */
const LIJSTEN: Productcode[] = [
  code('0363', '55', '55A11'),
  code('0363', '55', '55A12', '2020-01-01', '2026-04-30'),
  code('0363', '01', '01A11'),
  code('0363', '01', '01A12'),
  code('0384', '55', '55A11'),
  code('0384', '55', '55A12'),
  code('0384', '01', '01A01'),
  code('0384', '01', 'ABCDE'),
  code('0384', '02', 'BCDEF'),
  code('0384', '45', '45A03', '2026-11-01'),
];
const context = { productcodes: LIJSTEN };

ruleTester(TR381, {
  valid: [
    { name: 'the example start zorg', type: 'JW305', bericht: voorbeeld('JW305'), context },
    { name: 'the example start zorg (iWmo)', type: 'WMO305', bericht: voorbeeld('WMO305'), context },
    { name: 'our example toewijzing', type: 'JW301', bericht: voorbeeld('JW301'), context },
    {
      name: 'a stop of a code that lapsed after the toewijzing started (55A12 ends 2026-04-30)',
      type: 'JW307',
      bericht: voorbeeld('JW307'),
      context,
    },
    { name: 'the example verzoek om toewijzing', type: 'WMO315', bericht: voorbeeld('WMO315'), context },
    { name: 'a NieuwProduct whose code starts on the GewensteIngangsdatum', type: 'JW317', bericht: voorbeeld('JW317'), context },
    {
      name: 'a product with a categorie only (aspecifiek)',
      type: 'JW305',
      bericht: voorbeeld('JW305', (b) => (b.Client.StartProducten[0]!.Product = { Categorie: '45' })),
      context,
    },
    {
      name: 'a wrong code on a deletion line (StatusAanlevering 3): no content checks',
      type: 'JW305',
      bericht: voorbeeld('JW305', (b) => {
        b.Client.StartProducten[0]!.Product = { Categorie: '55', Code: '99Z99' };
        b.Client.StartProducten[0]!.StatusAanlevering = '3';
      }),
      context,
    },
    {
      name: 'any code for a gemeente without a product code list (0518)',
      type: 'JW305',
      bericht: voorbeeld('JW305', (b) => {
        b.Header.Ontvanger = '0518';
        b.Client.StartProducten[0]!.Product = { Categorie: '55', Code: '99Z99' };
      }),
      context,
    },
  ],
  invalid: [
    {
      name: 'a code of another categorie',
      type: 'JW305',
      bericht: voorbeeld('JW305', (b) => (b.Client.StartProducten[1]!.Product = { Categorie: '45', Code: '55A12' })),
      context,
      paths: ['/Bericht/Client/StartProducten/StartProduct[2]/Product'],
    },
    {
      name: 'a code the list does not have',
      type: 'WMO307',
      bericht: voorbeeld('WMO307', (b) => (b.Client.StopProducten[0]!.Product = { Categorie: '01', Code: '01X99' })),
      context,
      paths: ['/Bericht/Client/StopProducten/StopProduct[1]/Product'],
    },
    {
      name: 'a code that is not yet valid on the toewijzing start of the toewijzing the line names',
      type: 'JW305',
      bericht: voorbeeld('JW305', (b) => {
        const p = b.Client.StartProducten[0]!;
        delete p.ToewijzingIngangsdatum;
        p.Product = { Categorie: '55', Code: '55A13' };
      }),
      context: { productcodes: [...LIJSTEN, code('0363', '55', '55A13', '2026-04-02')], toewijzingen: [toewijzingFeit()] },
      paths: ['/Bericht/Client/StartProducten/StartProduct[1]/Product'],
    },
    {
      name: 'a code lapsed before the Begindatum of a taakgericht start',
      type: 'JW305',
      bericht: voorbeeld('JW305', (b) => {
        b.Client.StartProducten = [{ Product: { Categorie: '55', Code: '55A12' }, Begindatum: '2026-05-04', StatusAanlevering: '1' }];
      }),
      context,
      paths: ['/Bericht/Client/StartProducten/StartProduct[1]/Product'],
    },
    {
      name: 'our toewijzing with a code of the other list',
      type: 'WMO301',
      bericht: voorbeeld('WMO301', (b) => (b.Client.ToegewezenProducten[0]!.Product = { Categorie: '01', Code: '01A11' })),
      context,
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Product'],
    },
    {
      name: 'a verzoek om toewijzing for a code not in the categorie',
      type: 'WMO315',
      bericht: voorbeeld('WMO315', (b) => (b.Client.AangevraagdeProducten[1]!.Product = { Categorie: '01', Code: 'BCDEF' })),
      context,
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]/Product'],
    },
    {
      name: 'a NieuwProduct whose code starts after the GewensteIngangsdatum',
      type: 'JW317',
      bericht: voorbeeld('JW317', (b) => (b.Client.Verzoek.NieuweProducten![0]!.GewensteIngangsdatum = '2026-10-31')),
      context,
      paths: ['/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct[1]/Product'],
    },
  ],
});
