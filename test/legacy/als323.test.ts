/**
 * The 323 view of a 303 that lets the standard's declaratie rules judge it, and the way back from
 * the view's element paths to the 303's own.
 */
import { describe, expect, it } from 'vitest';
import { GEEN_TOEWIJZING } from '../../src/control/koppeling-303.js';
import { als323, met303, pad303 as naar303, via323 } from '../../src/rules/legacy/als323.js';
import type { RuleContext } from '../../src/rules/rule.js';
import { typeVan } from '../berichten.js';
import { controlContext } from '../rules/rule-tester.js';
import { d303, pad303, toewijzing2020 } from '../rules/declaratie-303-fixtures.js';

describe('als323', () => {
  it('reads the 303’s header and factuur as the 323’s header and declaratie', () => {
    const b = d303('WMO303', [{}], { factuur: true });
    const v = als323(b);
    expect(v.Header).toMatchObject({
      Afzender: b.Header.Aanbieder,
      Ontvanger: b.Header.Gemeente,
      BerichtIdentificatie: { Identificatie: 'F2020110', Dagtekening: '2020-12-07' },
    });
    expect(v.Declaratie).toMatchObject({
      DeclaratieNummer: 'F2020110',
      DeclaratiePeriode: { Begindatum: '2020-11-01', Einddatum: '2020-11-30' },
      DeclaratieDagtekening: '2020-12-07',
      TotaalIngediendBedrag: b.Header.DeclaratieFactuurBedragen.DeclaratieFactuurTotaalBedrag,
    });
  });

  it('reads a prestatie’s amounts from IngediendeBedragPrestatie, its ToewijzingNummer as linked', () => {
    const b = d303('JW303', [{ btw: 2100 }, { nummer: null, ref: 'RN2' }, { nummer: null, ref: 'RN3' }], { factuur: true });
    const v = als323(b, new Map([[pad303(1, 2), 1001]]));
    const [p1, p2, p3] = v.Declaratie.Clienten[0]!.Prestaties;
    expect(p1).toMatchObject({ ToewijzingNummer: 1001, GeleverdVolume: 4, Eenheid: '04', ProductTarief: 1250, IngediendBedrag: { Bedrag: 6050, DebetCredit: 'D' } });
    expect(p2?.ToewijzingNummer).toBe(1001);
    expect(p3?.ToewijzingNummer).toBe(GEEN_TOEWIJZING);
  });
});

describe('pad303: the 303 element behind a path of the view', () => {
  it.each([
    ['/Bericht/Declaratie/Clienten/Client[2]/Bsn', '/Bericht/Clienten/Client[2]/Bsn'],
    ['/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[3]/ProductReferentie', '/Bericht/Clienten/Client[1]/Prestaties/Prestatie[3]/ProductReferentie'],
    ['/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/IngediendBedrag/DebetCredit', '/Bericht/Clienten/Client[1]/Prestaties/Prestatie[1]/IngediendeBedragPrestatie/DeclaratieFactuurBedrag/DebetCredit'],
    ['/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/ProductTarief', '/Bericht/Clienten/Client[1]/Prestaties/Prestatie[1]/IngediendeBedragPrestatie/ProductTarief'],
    ['/Bericht/Declaratie/Clienten/Client[1]/Prestaties/Prestatie[1]/GeleverdVolume', '/Bericht/Clienten/Client[1]/Prestaties/Prestatie[1]/IngediendeBedragPrestatie/GeleverdVolume'],
    ['/Bericht/Declaratie/DeclaratieNummer', '/Bericht/Header/DeclaratieFactuurIdentificatie/DeclarantFactuurNummer'],
    ['/Bericht/Declaratie/DeclaratiePeriode/Einddatum', '/Bericht/Header/DeclaratieFactuurIdentificatie/DeclaratiePeriode/Einddatum'],
    ['/Bericht/Declaratie/TotaalIngediendBedrag', '/Bericht/Header/DeclaratieFactuurBedragen/DeclaratieFactuurTotaalBedrag'],
    ['/Bericht/Declaratie', '/Bericht/Header/DeclaratieFactuurIdentificatie'],
    ['/Bericht/Header/Ontvanger', '/Bericht/Header/Gemeente'],
    ['/Bericht/Header/Afzender', '/Bericht/Header/Aanbieder'],
    ['/Bericht/Header/BerichtIdentificatie/Dagtekening', '/Bericht/Header/DeclaratieFactuurIdentificatie/FactuurDagtekening'],
  ])('%s → %s', (van, naar) => {
    expect(naar303(van)).toBe(naar);
  });
});

describe('via323 and met303', () => {
  const wijzer = (b: { Declaratie: { Clienten: { Prestaties: { ToewijzingNummer: number }[] }[] } }) =>
    b.Declaratie.Clienten.flatMap((c, i) => c.Prestaties.map((p, j) => ({ path: `/Bericht/Declaratie/Clienten/Client[${i + 1}]/Prestaties/Prestatie[${j + 1}]/IngediendBedrag`, message: String(p.ToewijzingNummer) })));

  it('runs a 323 check on the view and reports on the 303’s elements; controls see linked numbers', () => {
    const b = d303('JW303', [{ nummer: null }]);
    const control = controlContext('JW303', { toewijzingen: [toewijzing2020('JW303')] });
    expect(via323(wijzer)(b, control)).toEqual([{ path: `${pad303(1, 1)}/IngediendeBedragPrestatie/DeclaratieFactuurBedrag`, message: '1001' }]);
    const inBericht: RuleContext = { standaard: control.standaard, berichttype: typeVan('JW303') };
    expect(via323(wijzer)(b, inBericht)[0]?.message).toBe(String(GEEN_TOEWIJZING));
  });

  it('adds the 303 beside the other checks', () => {
    const check = met303({ '323': wijzer, '325': () => [] });
    expect(Object.keys(check).sort()).toEqual(['303', '323', '325']);
  });
});
