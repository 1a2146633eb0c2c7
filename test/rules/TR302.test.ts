import TR302 from '../../src/rules/toewijzing/TR302.js';
import type { Bericht301, ToegewezenProduct301 } from '../../src/standard/berichten.generated.js';
import { overlappen, overlappendeZorgperiodes, zelfdeProduct } from '../../src/rules/zorgperiodes.js';
import { describe, expect, it } from 'vitest';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

describe('zorgperiodes', () => {
  it('compares products at category level when either has no code, and a missing product matches all', () => {
    expect(zelfdeProduct({ Categorie: '45', Code: '45A01' }, { Categorie: '45', Code: '45A01' })).toBe(true);
    expect(zelfdeProduct({ Categorie: '45', Code: '45A01' }, { Categorie: '45', Code: '45A02' })).toBe(false);
    expect(zelfdeProduct({ Categorie: '45' }, { Categorie: '45', Code: '45A02' })).toBe(true);
    expect(zelfdeProduct({ Categorie: '45' }, { Categorie: '46' })).toBe(false);
    expect(zelfdeProduct(undefined, { Categorie: '46' })).toBe(true);
  });
  it('treats periods as inclusive and a missing end as open', () => {
    const p = (begin: string, eind?: string) => ({ product: undefined, begin, eind });
    expect(overlappen(p('2026-01-01', '2026-01-31'), p('2026-01-31', '2026-02-28'))).toBe(true);
    expect(overlappen(p('2026-01-01', '2026-01-31'), p('2026-02-01', '2026-02-28'))).toBe(false);
    expect(overlappen(p('2026-01-01'), p('2030-02-01', '2030-02-28'))).toBe(true);
    expect(overlappen(p('2026-03-01'), p('2026-02-01', '2026-02-28'))).toBe(false);
    expect(overlappen(p('2026-03-01'), p('2020-01-01'))).toBe(true);
  });
  it('exempts hulpmiddelen (categories 11-14) in iWmo only', () => {
    const rolstoelen = [
      { product: { Categorie: '11' }, begin: '2026-01-01', eind: undefined },
      { product: { Categorie: '11' }, begin: '2026-06-01', eind: undefined },
    ];
    expect(overlappendeZorgperiodes(rolstoelen, 'iWmo')).toEqual([]);
    expect(overlappendeZorgperiodes(rolstoelen, 'iJw')).toEqual([{ index: 1, eerder: 0 }]);
  });
});

/** A second (and further) toegewezen product: a copy of the first with its own number and the changes given. */
const erbij = (b: Bericht301, ...wijzigingen: Partial<ToegewezenProduct301>[]): void => {
  for (const [i, w] of wijzigingen.entries()) {
    b.Client.ToegewezenProducten.push({ ...structuredClone(b.Client.ToegewezenProducten[0]!), ToewijzingNummer: 900 + i, ...w });
  }
};

ruleTester(TR302, {
  valid: [
    { name: 'the example toewijzing (two codes of one category, overlapping)', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example toewijzing', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    {
      name: 'the same product again from the day after the first ends (touching, not overlapping)',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        const p = b.Client.ToegewezenProducten[1]!;
        p.Product!.Code = '55A11';
        p.Ingangsdatum = '2026-07-15';
        p.Einddatum = '2026-12-31';
      }),
    },
    {
      name: 'the same product in the next year',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => erbij(b, { Ingangsdatum: '2024-01-01', Einddatum: '2024-12-31' })),
    },
    {
      name: 'a removed toewijzing (13, end equal to start) inside the period of the same product',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        const p = b.Client.ToegewezenProducten[1]!;
        p.Product!.Code = '55A11';
        p.Ingangsdatum = '2026-05-01';
        p.Einddatum = '2026-05-01';
        p.RedenWijziging = '13';
      }),
    },
    {
      name: 'a toewijzing withdrawn with the old 01 (end equal to start) inside the period of the same product',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => erbij(b, { Ingangsdatum: '2023-03-01', Einddatum: '2023-03-01', RedenWijziging: '01' })),
    },
    {
      name: 'overlapping hulpmiddelen (iWmo category 11, rolstoelen)',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        b.Client.ToegewezenProducten[0]!.Product = { Categorie: '11', Code: '11A01' };
        erbij(b, { Ingangsdatum: '2023-06-01' });
      }),
    },
    {
      name: 'a category-only product and a product of another category',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => erbij(b, { Product: { Categorie: '02' }, Omvang: undefined, Budget: 10000 })),
    },
  ],
  invalid: [
    {
      name: 'the same product code twice in overlapping periods',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.ToegewezenProducten[1]!.Product!.Code = '55A11';
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]'],
    },
    {
      name: 'the same product, the second starting on the day the first ends',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        const p = b.Client.ToegewezenProducten[1]!;
        p.Product!.Code = '55A11';
        p.Ingangsdatum = '2026-07-14';
        p.Einddatum = '2026-12-31';
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]'],
    },
    {
      name: 'a category-only product overlapping a coded product of that category',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        const p = b.Client.ToegewezenProducten[1]!;
        delete p.Product!.Code;
        delete p.Omvang;
        p.Budget = 100000;
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]'],
    },
    {
      name: 'a toewijzing without product overlapping another product',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => erbij(b, { Product: undefined, Omvang: undefined, Budget: 10000, Ingangsdatum: '2023-12-31', Einddatum: '2024-06-30' })),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]'],
    },
    {
      name: 'an open-ended product and the same product starting later',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => {
        delete b.Client.ToegewezenProducten[0]!.Einddatum;
        erbij(b, { Ingangsdatum: '2030-01-01', Einddatum: undefined });
      }),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]'],
    },
    {
      name: 'the third product overlapping the first, not the second',
      type: 'WMO301',
      bericht: variant('WMO301', (b) =>
        erbij(b, { Product: { Categorie: '02', Code: '02A01' } }, { Ingangsdatum: '2023-12-01', Einddatum: '2024-03-31' }),
      ),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[3]'],
    },
    {
      name: 'a removal (13) whose end date differs from its start date still counts',
      type: 'WMO301',
      bericht: variant('WMO301', (b) => erbij(b, { Ingangsdatum: '2023-03-01', Einddatum: '2023-03-02', RedenWijziging: '13' })),
      paths: ['/Bericht/Client/ToegewezenProducten/ToegewezenProduct[2]'],
    },
  ],
});
