import { describe, expect, it } from 'vitest';
import { InMemoryContext } from '../../src/control/context.js';
import { crediteertGoedgekeurdeDebet, overschrijdingen, prestatiesPerToewijzing, saldo, tellendePrestaties } from '../../src/control/verbruik.js';
import { AGB, declaratie, prestatieFeit } from '../rules/declaratie-fixtures.js';

const post = (hoeveelheid: number, credit = false, maand = '2026-04') => ({ hoeveelheid, credit, maand });

describe('usage of a toewijzing', () => {
  it('adds debets and subtracts credits', () => {
    expect(saldo([post(10), post(4, true), post(3)])).toBe(9);
    expect(saldo([])).toBe(0);
  });

  it('counts earlier prestaties unless rejected', () => {
    const f = [prestatieFeit('JW323'), prestatieFeit('JW323', { status: 'afgewezen' }), prestatieFeit('JW323', { status: 'in-onderzoek' })];
    expect(tellendePrestaties(f).map((p) => p.status)).toEqual(['toegekend', 'in-onderzoek']);
  });

  it('counts a credit in the message only when it credits an approved earlier debet', () => {
    const ctx = new InMemoryContext({
      prestaties: [
        prestatieFeit('JW323'),
        prestatieFeit('JW323', { referentieNummer: 'AF', status: 'afgewezen' }),
        prestatieFeit('JW323', { referentieNummer: 'CR', debetCredit: 'C' }),
      ],
    });
    const b = declaratie('JW323', [{ dc: 'C', vorig: 'OUD1' }, { dc: 'C', vorig: 'AF' }, { dc: 'C', vorig: 'CR' }, { dc: 'C', vorig: 'ONBEKEND' }, { dc: 'C' }]);
    expect(b.Declaratie.Clienten[0]!.Prestaties.map((p) => crediteertGoedgekeurdeDebet(ctx, AGB, p))).toEqual([true, false, false, false, false]);
  });

  it('processes credits first, then debets in order, leaving out the debets that do not fit', () => {
    const debet = (n: number, item: string) => ({ ...post(n), item });
    const teVeel = overschrijdingen([post(6)], [post(2, true)], [debet(3, 'a'), debet(4, 'b'), debet(1, 'c')], (posten) =>
      saldo(posten) > 8 ? 'te veel' : undefined,
    );
    // 6 - 2 + 3 = 7 fits; + 4 = 11 does not (left out); + 1 = 8 fits.
    expect(teVeel.map((t) => [t.post.item, t.reden])).toEqual([['b', 'te veel']]);
  });

  it('groups the message’s prestaties by ToewijzingNummer in document order', () => {
    const b = declaratie('JW323', [{ nummer: 2 }, { nummer: 1 }, { nummer: 2, bsn: '999900018' }]);
    const m = prestatiesPerToewijzing(b);
    expect([...m.keys()]).toEqual([2, 1]);
    expect(m.get(2)!.map((p) => p.pad)).toEqual([
      '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
      '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]',
    ]);
  });
});
