import { describe, expect, it } from 'vitest';
import type { Contract } from '../../src/control/feiten.js';
import CT002 from '../../src/rules/contract/CT002.js';
import { gevolgOp, runRule } from '../../src/rules/rule.js';
import { typeVan } from '../berichten.js';
import { controlContext, ruleTester } from './rule-tester.js';
import { AGB_301, contract, voorbeeld } from './zorgfeiten.js';

/**
 * The example 301: 0384 → 42420001, toewijzing 300201 (55/55A11, 01-04-2026 t/m 14-07-2026) and
 * 300202 (55/55A12, 01-04-2026 t/m 19-07-2026).
 */
const contracten = (...c: Contract[]) => ({ contracten: c });
const PAD = (i: number) => `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${i}]`;
const eersteProduct = (wijzig: (p: ReturnType<typeof voorbeeld<'JW301'>>['Client']['ToegewezenProducten'][number]) => void) =>
  voorbeeld('JW301', (b) => {
    b.Client.ToegewezenProducten = [b.Client.ToegewezenProducten[0]!];
    wijzig(b.Client.ToegewezenProducten[0]!);
  });
const openEinde = () => eersteProduct((p) => delete p.Einddatum);

ruleTester(CT002, {
  valid: [
    { name: 'a contract for the whole categorie (no productcode)', type: 'JW301', bericht: voorbeeld('JW301'), context: contracten(contract()) },
    {
      name: 'a contract per product code',
      type: 'JW301',
      bericht: voorbeeld('JW301'),
      context: contracten(contract({ productcode: '55A11' }), contract({ productcode: '55A12' })),
    },
    {
      name: 'consecutive contracts (one ends 31-05, the next starts 01-06)',
      type: 'JW301',
      bericht: voorbeeld('JW301'),
      context: contracten(contract({ einddatum: '2026-05-31' }), contract({ ingangsdatum: '2026-06-01' })),
    },
    {
      name: 'overlapping contracts of a code and of the categorie',
      type: 'JW301',
      bericht: eersteProduct(() => {}),
      context: contracten(contract({ productcode: '55A11', einddatum: '2026-06-30' }), contract({ ingangsdatum: '2026-05-01', einddatum: '2026-07-31' })),
    },
    {
      name: 'contracts that start on the Ingangsdatum and end on the Einddatum exactly',
      type: 'JW301',
      bericht: eersteProduct(() => {}),
      context: contracten(contract({ ingangsdatum: '2026-04-01', einddatum: '2026-07-14' })),
    },
    {
      name: 'an open-ended toewijzing under an open-ended contract',
      type: 'JW301',
      bericht: openEinde(),
      context: contracten(contract({ einddatum: '2026-03-31' }), contract({ ingangsdatum: '2026-04-01', einddatum: undefined })),
    },
    {
      name: 'an aspecifieke toewijzing (categorie only) under a contract for a code in that categorie',
      type: 'JW301',
      bericht: eersteProduct((p) => (p.Product = { Categorie: '55' })),
      context: contracten(contract({ productcode: '55A12' })),
    },
    {
      name: 'a generic toewijzing (no product) under a contract of any categorie',
      type: 'JW301',
      bericht: eersteProduct((p) => delete p.Product),
      context: contracten(contract({ productcategorie: '45' })),
    },
    {
      name: 'a deletion (RedenWijziging 13) without any contract',
      type: 'JW301',
      bericht: eersteProduct((p) => {
        p.RedenWijziging = '13';
        p.Einddatum = p.Ingangsdatum;
      }),
    },
    {
      name: 'iWmo: the example under a categorie contract',
      type: 'WMO301',
      bericht: voorbeeld('WMO301'),
      context: contracten(contract({ productcategorie: '01', ingangsdatum: '2023-01-01', einddatum: '2023-12-31' })),
    },
  ],
  invalid: [
    { name: 'no contract at all', type: 'JW301', bericht: voorbeeld('JW301'), paths: [PAD(1), PAD(2)] },
    {
      name: 'contracts of another aanbieder and with another gemeente',
      type: 'JW301',
      bericht: voorbeeld('JW301'),
      context: contracten(contract({ agb: '12345678' }), contract({ gemeentecode: '0363' })),
      paths: [PAD(1), PAD(2)],
    },
    { name: 'a contract for the other product code only', type: 'JW301', bericht: voorbeeld('JW301'), context: contracten(contract({ productcode: '55A12' })), paths: [PAD(1)] },
    {
      name: 'a one-day gap between two contracts',
      type: 'JW301',
      bericht: voorbeeld('JW301'),
      context: contracten(contract({ einddatum: '2026-05-31' }), contract({ ingangsdatum: '2026-06-02' })),
      paths: [PAD(1), PAD(2)],
    },
    {
      name: 'a contract ending a day before the toewijzing',
      type: 'JW301',
      bericht: eersteProduct(() => {}),
      context: contracten(contract({ einddatum: '2026-07-13' })),
      paths: [PAD(1)],
    },
    {
      name: 'a contract starting a day after the Ingangsdatum',
      type: 'JW301',
      bericht: eersteProduct(() => {}),
      context: contracten(contract({ ingangsdatum: '2026-04-02' })),
      paths: [PAD(1)],
    },
    { name: 'an open-ended toewijzing under a contract with an end', type: 'JW301', bericht: openEinde(), context: contracten(contract({ einddatum: '2030-12-31' })), paths: [PAD(1)] },
    {
      name: 'an aspecifieke toewijzing under a contract of another categorie',
      type: 'JW301',
      bericht: eersteProduct((p) => (p.Product = { Categorie: '55' })),
      context: contracten(contract({ productcategorie: '45' })),
      paths: [PAD(1)],
    },
    {
      name: 'a new version extending the toewijzing past the contract',
      type: 'WMO301',
      bericht: voorbeeld('WMO301', (b) => {
        const p = b.Client.ToegewezenProducten[0]!;
        p.RedenWijziging = '04';
        p.Einddatum = '2024-06-30';
      }),
      context: contracten(contract({ productcategorie: '01', ingangsdatum: '2023-01-01', einddatum: '2023-12-31' })),
      paths: [PAD(1)],
    },
  ],
});

describe('CT002 findings', () => {
  it('name the aanbieder, the product, the period and the first day not covered; the 301 is held back', () => {
    const ctx = controlContext('JW301', { ...contracten(contract({ einddatum: '2026-05-31' })), aanbieders: [{ agb: AGB_301, naam: 'Jeugdhulp Noord' }] });
    const [f] = runRule(CT002, eersteProduct(() => {}), ctx);
    expect(f?.message).toBe(
      'Aanbieder 42420001 (Jeugdhulp Noord) is bij gemeente 0384 niet gecontracteerd voor product 55/55A11 (toewijzing 300201, 01-04-2026 t/m 14-07-2026) vanaf 01-06-2026.',
    );
    expect(f?.retourcode).toBeUndefined();
    expect(CT002.gevolg).toBe('tegenhouden');
    expect(gevolgOp(CT002, typeVan('JW301'))).toBe('tegenhouden');
  });
  it('say when there is no contract for the product at all', () => {
    const [f] = runRule(CT002, openEinde(), controlContext('JW301'));
    expect(f?.message).toBe('Aanbieder 42420001 heeft geen contract met gemeente 0384 voor product 55/55A11 (toewijzing 300201, vanaf 01-04-2026).');
  });
});
