import { describe, expect, it } from 'vitest';
import { InMemoryContext } from '../../src/control/context.js';
import { bekostigingVan, contractDekking } from '../../src/control/contract-dekking.js';
import { AGB, GEMEENTE, contract } from '../rules/declaratie-fixtures.js';

const april = { begin: '2026-04-01', eind: '2026-04-30' };
const vraag = { agb: AGB, gemeente: GEMEENTE, productcategorie: '45', productcode: '45A03', periode: april };

describe('contractDekking', () => {
  it('covers a prestatie with a contract for its code over the whole ProductPeriode', () => {
    const d = contractDekking(new InMemoryContext({ contracten: [contract('JW323')] }), vraag);
    expect(d.ongedektVanaf).toBeUndefined();
    expect(d.tariefContracten.map((c) => c.tarief)).toEqual([1250]);
  });

  it('accepts a contract for the whole categorie, but takes the tarief of a code contract first', () => {
    const categorie = contract('JW323', { productcode: undefined, tarief: 1100 });
    expect(contractDekking(new InMemoryContext({ contracten: [categorie] }), vraag).tariefContracten.map((c) => c.tarief)).toEqual([1100]);
    const beide = contractDekking(new InMemoryContext({ contracten: [categorie, contract('JW323')] }), vraag);
    expect(beide.contracten).toHaveLength(2);
    expect(beide.tariefContracten.map((c) => c.tarief)).toEqual([1250]);
  });

  it('ignores contracts of another code, categorie, aanbieder or gemeente, or outside the period', () => {
    const ctx = new InMemoryContext({
      contracten: [
        contract('JW323', { productcode: '45A04' }),
        contract('JW323', { productcategorie: '44', productcode: undefined }),
        contract('JW323', { agb: '12345678' }),
        contract('JW323', { gemeentecode: '0363' }),
        contract('JW323', { ingangsdatum: '2025-01-01', einddatum: '2026-03-31' }),
      ],
    });
    const d = contractDekking(ctx, vraag);
    expect(d.contracten).toEqual([]);
    expect(d.ongedektVanaf).toBe('2026-04-01');
  });

  it('reports the first uncovered day when contracts cover part of the period, and none when they join up', () => {
    const deel = contract('JW323', { einddatum: '2026-04-15' });
    expect(contractDekking(new InMemoryContext({ contracten: [deel] }), vraag).ongedektVanaf).toBe('2026-04-16');
    const vervolg = contract('JW323', { ingangsdatum: '2026-04-16', einddatum: undefined, tarief: 1300 });
    const d = contractDekking(new InMemoryContext({ contracten: [vervolg, deel] }), vraag);
    expect(d.ongedektVanaf).toBeUndefined();
    expect(d.tariefContracten.map((c) => c.tarief).sort()).toEqual([1250, 1300]);
  });

  it('tells the bekostiging only when the contracts agree', () => {
    const ctx = (c: ReturnType<typeof contract>[]) => contractDekking(new InMemoryContext({ contracten: c }), vraag);
    expect(bekostigingVan(ctx([contract('JW323', { bekostiging: 'outputgericht' })]))).toBe('outputgericht');
    expect(bekostigingVan(ctx([]))).toBeUndefined();
    expect(
      bekostigingVan(ctx([contract('JW323', { einddatum: '2026-04-15' }), contract('JW323', { ingangsdatum: '2026-04-16', bekostiging: 'outputgericht' })])),
    ).toBeUndefined();
  });
});
