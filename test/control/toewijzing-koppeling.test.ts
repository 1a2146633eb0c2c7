import { describe, expect, it } from 'vitest';
import { InMemoryContext } from '../../src/control/context.js';
import { gekoppeldeDebetPrestaties, gekoppeldeToewijzing, koppelToewijzing } from '../../src/control/toewijzing-koppeling.js';
import { AGB, BSN, BSN2, GEMEENTE, declaratie, toewijzing } from '../rules/declaratie-fixtures.js';

const sleutel = { gemeente: GEMEENTE, agb: AGB, bsn: BSN, toewijzingNummer: 1001 };

describe('the toewijzing of a prestatie', () => {
  it('is the latest version by Toewijzingsdatum and Toewijzingstijd', () => {
    const ctx = new InMemoryContext({
      toewijzingen: [
        toewijzing('JW323', { toewijzingsdatum: '2026-03-01', toewijzingstijd: '09:00:00', einddatum: '2026-03-31', redenWijziging: '05' }),
        toewijzing('JW323'),
        toewijzing('JW323', { toewijzingsdatum: '2026-03-01', toewijzingstijd: '08:00:00', einddatum: '2026-06-30', redenWijziging: '05' }),
      ],
    });
    expect(gekoppeldeToewijzing(ctx, sleutel)?.einddatum).toBe('2026-03-31');
  });

  it('says why a toewijzing is not the prestatie’s own', () => {
    const met = (t: ReturnType<typeof toewijzing>[]) => koppelToewijzing(new InMemoryContext({ toewijzingen: t }), sleutel).soort;
    expect(met([])).toBe('onbekend');
    expect(met([toewijzing('JW323', { gemeente: '0363' })])).toBe('onbekend');
    expect(met([toewijzing('JW323', { agb: '12345678' })])).toBe('andere-aanbieder');
    expect(met([toewijzing('JW323', { bsn: BSN2 })])).toBe('andere-client');
    expect(met([toewijzing('JW323', { einddatum: '2026-01-01', redenWijziging: '13', toewijzingsdatum: '2026-02-01' })])).toBe('verwijderd');
    expect(met([toewijzing('JW323')])).toBe('gekoppeld');
  });

  it('judges a deleted toewijzing by its latest version only', () => {
    const ctx = new InMemoryContext({
      toewijzingen: [
        toewijzing('JW323', { einddatum: '2026-01-01', redenWijziging: '13', toewijzingsdatum: '2026-02-01' }),
        toewijzing('JW323', { toewijzingsdatum: '2026-02-02' }),
      ],
    });
    expect(koppelToewijzing(ctx, sleutel).soort).toBe('gekoppeld');
  });

  it('yields the debets with their own toewijzing, leaving credits and strangers out', () => {
    const ctx = new InMemoryContext({ toewijzingen: [toewijzing('JW323'), toewijzing('JW323', { toewijzingNummer: 1002, bsn: BSN2 })] });
    const b = declaratie('JW323', [{}, { dc: 'C', vorig: 'X' }, { nummer: 1002 }, { nummer: 1002, bsn: BSN2 }, { nummer: 9999 }]);
    expect([...gekoppeldeDebetPrestaties(b, ctx)].map((p) => p.pad)).toEqual([
      '/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]',
      '/Bericht/Declaratie/Clienten/Client[2]/Prestaties/Prestatie[1]',
    ]);
  });
});
