import { describe, expect, it } from 'vitest';
import {
  isActueel,
  sleutelTekst,
  startregel,
  stopregel,
  stopsleutelTekst,
  teVerwijderen,
  zelfdeLevering,
  zelfdeStartsleutel,
  zelfdeStopsleutel,
  zelfdeToegewezenProduct,
} from '../../src/control/zorgsleutel.js';
import { startFeit, stopFeit } from '../rules/zorgfeiten.js';

describe('the logical keys of start and stop lines', () => {
  it('reads a StartProduct and a StopProduct into lines', () => {
    expect(startregel({ ToewijzingNummer: 7, Product: { Categorie: '55' }, Begindatum: '2026-04-03', StatusAanlevering: '1' })).toEqual({
      toewijzingNummer: 7,
      productcategorie: '55',
      begindatum: '2026-04-03',
      statusAanlevering: '1',
    });
    expect(
      stopregel({ Product: { Categorie: '55', Code: '55A11' }, ToewijzingIngangsdatum: '2026-04-01', Begindatum: '2026-04-03', RedenBeeindiging: '20', Einddatum: '2026-05-01', StatusAanlevering: '3' }),
    ).toEqual({
      productcategorie: '55',
      productcode: '55A11',
      toewijzingIngangsdatum: '2026-04-01',
      begindatum: '2026-04-03',
      redenBeeindiging: '20',
      einddatum: '2026-05-01',
      statusAanlevering: '3',
    });
  });

  it('keys a start by ToewijzingNummer, Product and Begindatum, not by ToewijzingIngangsdatum or status', () => {
    const a = startFeit();
    expect(zelfdeStartsleutel(a, startFeit({ toewijzingIngangsdatum: '2026-01-01', statusAanlevering: '3' }))).toBe(true);
    expect(zelfdeStartsleutel(a, startFeit({ toewijzingNummer: 1 }))).toBe(false);
    expect(zelfdeStartsleutel(a, startFeit({ productcode: undefined }))).toBe(false);
    expect(zelfdeStartsleutel(a, startFeit({ productcategorie: '45' }))).toBe(false);
    expect(zelfdeStartsleutel(a, startFeit({ begindatum: '2026-04-04' }))).toBe(false);
  });

  it('keys a stop by the start key, RedenBeeindiging and Einddatum', () => {
    const s = stopFeit();
    expect(zelfdeStopsleutel(s, stopFeit({ toewijzingIngangsdatum: '2025-01-01' }))).toBe(true);
    expect(zelfdeStopsleutel(s, stopFeit({ redenBeeindiging: '20' }))).toBe(false);
    expect(zelfdeStopsleutel(s, stopFeit({ einddatum: '2026-07-18' }))).toBe(false);
    expect(zelfdeStartsleutel(startFeit(), s)).toBe(true);
  });

  it('groups by toegewezen product (number; product when there is none) and by levering (plus Begindatum)', () => {
    expect(zelfdeToegewezenProduct(startFeit(), startFeit({ begindatum: '2020-01-01', productcode: '55A99' }))).toBe(true);
    expect(zelfdeToegewezenProduct(startFeit(), startFeit({ toewijzingNummer: undefined }))).toBe(false);
    const taak = (productcode: string) => startFeit({ toewijzingNummer: undefined, productcode });
    expect(zelfdeToegewezenProduct(taak('55A11'), taak('55A11'))).toBe(true);
    expect(zelfdeToegewezenProduct(taak('55A11'), taak('55A12'))).toBe(false);
    expect(zelfdeLevering(stopFeit(), stopFeit({ redenBeeindiging: '20', einddatum: '2026-05-01' }))).toBe(true);
    expect(zelfdeLevering(stopFeit(), stopFeit({ begindatum: '2026-04-04' }))).toBe(false);
  });

  it('counts only accepted, undeleted aanleveringen as in force', () => {
    expect(isActueel(startFeit())).toBe(true);
    expect(isActueel(startFeit({ beoordeling: 'afgewezen' }))).toBe(false);
    expect(isActueel(startFeit({ verwijderd: true }))).toBe(false);
    expect(isActueel(startFeit({ statusAanlevering: '3' }))).toBe(false);
  });

  it('tells the fact writer which earlier lines a StatusAanlevering 3 deletes', () => {
    const oud = startFeit({ verwijderd: true, toewijzingIngangsdatum: '2026-03-01' });
    const geldig = startFeit({ berichtId: 2 });
    const ander = startFeit({ begindatum: '2026-04-10' });
    const afgewezen = startFeit({ beoordeling: 'afgewezen', berichtId: 3 });
    expect(teVerwijderen(startFeit({ statusAanlevering: '3' }), [oud, geldig, ander, afgewezen])).toEqual([geldig]);
    const stop = stopFeit({ berichtId: 5 });
    expect(teVerwijderen(stopFeit({ statusAanlevering: '3' }), [stop, stopFeit({ einddatum: '2026-07-01' })])).toEqual([stop]);
    expect(teVerwijderen(stopFeit({ statusAanlevering: '3', redenBeeindiging: '20' }), [stop])).toEqual([]);
  });

  it('words a key without personal data', () => {
    expect(sleutelTekst(startFeit())).toBe('toewijzing 300201, product 55/55A11, begindatum 03-04-2026');
    expect(sleutelTekst(startFeit({ toewijzingNummer: undefined, productcategorie: undefined, productcode: undefined }))).toBe('zonder product, begindatum 03-04-2026');
    expect(stopsleutelTekst(stopFeit())).toBe('toewijzing 300201, product 55/55A11, begindatum 03-04-2026, reden beëindiging 31, einddatum 17-07-2026');
  });
});
