/**
 * What a decided 303 establishes: the decision per prestatie (`beoordeel`), its facts in the 323's
 * shape (`declaratieFeiten303`), the header the pipeline records (`berichtkop`) and the toewijzing
 * a prestatie without ToewijzingNummer is on (`koppel303`). Pure.
 */
import { describe, expect, it } from 'vitest';
import { InMemoryContext } from '../../src/control/context.js';
import { GEEN_TOEWIJZING, koppel303, toewijzingNummers303 } from '../../src/control/koppeling-303.js';
import { beoordeel } from '../../src/decide/beoordeel.js';
import { declaratieFeiten } from '../../src/decide/feiten.js';
import { declaratieFeiten303 } from '../../src/decide/feiten-303.js';
import type { Finding } from '../../src/finding.js';
import { berichtkop } from '../../src/validate/kop.js';
import { voorbeeldBericht } from '../berichten.js';
import { AGB, BSN, GEMEENTE } from '../rules/declaratie-fixtures.js';
import { d303, pad303, toewijzing2020 } from '../rules/declaratie-303-fixtures.js';

const finding = (rule: string, path: string, retourcode?: string): Finding => ({ rule, path, message: 'x', ...(retourcode ? { retourcode } : {}) });

describe('beoordeel on a 303', () => {
  const b = d303('JW303', [{}, { ref: 'RN2', volume: 2 }]);

  it('grants every prestatie its declared amount when nothing is found', () => {
    const r = beoordeel('303', b, []);
    expect(r.header).toEqual([]);
    expect([...r.prestaties!.values()]).toEqual([
      { status: 'toegekend', toegekendBedrag: 5000 },
      { status: 'toegekend', toegekendBedrag: 2500 },
    ]);
  });

  it('rejects one prestatie on a control with a retourcode, and the other stands', () => {
    const r = beoordeel('303', b, [finding('CT001', `${pad303(1, 2)}/ProductCode`, '0611')]);
    expect(r.prestaties!.get(pad303(1, 1))).toEqual({ status: 'toegekend', toegekendBedrag: 5000 });
    expect(r.prestaties!.get(pad303(1, 2))).toEqual({ status: 'afgewezen', toegekendBedrag: 0 });
    expect(r.delen.get(pad303(1, 2))).toEqual(['0611']);
  });

  it('rejects the whole 303 after 2020 (LG001, no retourcode): recorded under the rule code', () => {
    const r = beoordeel('303', b, [finding('LG001', '/Bericht/Header/DeclaratieFactuurIdentificatie/DeclaratiePeriode')]);
    expect(r.header).toEqual(['LG001']);
    expect([...r.prestaties!.values()].every((p) => p.status === 'afgewezen' && p.toegekendBedrag === 0)).toBe(true);
  });

  it('puts a prestatie in onderzoek on WP001 (woonplaats), as for a 323', () => {
    const r = beoordeel('303', b, [finding('WP001', pad303(1, 1))]);
    expect(r.prestaties!.get(pad303(1, 1))?.status).toBe('in-onderzoek');
    expect(r.inOnderzoek).toEqual([pad303(1, 1)]);
  });

  it('leaves the 323 as it was: a control of our own without retourcode does not reject there', () => {
    const d = voorbeeldBericht('JW323');
    const r = beoordeel('323', d, [finding('LG001', '/Bericht/Header/BerichtIdentificatie')]);
    expect(r.header).toEqual([]);
  });
});

describe('declaratieFeiten303', () => {
  it('gives the facts of a declaratie in the 323 shape, amounts signed in the total', () => {
    const b = d303('WMO303', [{}, { ref: 'C1', vorig: 'OUD1', credit: true, volume: 1, periode: ['2020-10-01', '2020-10-31'] }]);
    const f = declaratieFeiten303(b, beoordeel('303', b, []));
    expect(f.declaratie).toEqual({
      gemeente: GEMEENTE,
      agb: AGB,
      declaratieNummer: 'F2020110',
      periodeBegin: '2020-11-01',
      periodeEind: '2020-11-30',
      declaratieDagtekening: '2020-12-07',
      totaalIngediend: 5000 - 1250,
      factuur: false,
      betalingAan: '02',
    });
    expect(f.prestaties.map((p) => [p.referentieNummer, p.vorigReferentieNummer, p.toewijzingNummer, p.bedrag, p.debetCredit, p.status, p.toegekendBedrag])).toEqual([
      ['RN1', undefined, 1001, 5000, 'D', 'toegekend', 5000],
      ['C1', 'OUD1', 1001, 1250, 'C', 'toegekend', 1250],
    ]);
    expect(f.prestaties[0]).toMatchObject({
      agb: AGB,
      gemeente: GEMEENTE,
      bsn: BSN,
      productcategorie: '02',
      productcode: '02A01',
      periodeBegin: '2020-11-01',
      periodeEind: '2020-11-30',
      geleverdVolume: 4,
      eenheid: '04',
      productTarief: 1250,
      retourcodes: [],
      dubbel: false,
      toewijzingAfgeleid: false,
      pad: pad303(1, 1),
    });
  });

  it('has every field the 323 facts have', () => {
    const b = d303('JW303', [{}]);
    const van323 = declaratieFeiten(voorbeeldBericht('JW323'), { header: [], delen: new Map() });
    const van303 = declaratieFeiten303(b, beoordeel('303', b, []));
    for (const k of Object.keys(van323.declaratie)) expect(van303.declaratie, k).toHaveProperty(k);
    for (const k of Object.keys(van323.prestaties[0]!)) expect(van303.prestaties[0], k).toHaveProperty(k);
  });

  it('keeps the BTW of a factuur beside the amount it is part of', () => {
    const b = d303('JW303', [{ btw: 2100 }, { ref: 'RN2', btw: 900, volume: 3 }], { factuur: true });
    const f = declaratieFeiten303(b, beoordeel('303', b, []));
    expect(f.declaratie.factuur).toBe(true);
    // 5000 + 21% = 6050; 3750 + 9% (337,5 → 338) = 4088.
    expect(f.declaratie.btwTotaal).toBe(1050 + 338);
    expect(f.declaratie.totaalIngediend).toBe(6050 + 4088);
    expect(f.prestaties.map((p) => [p.bedrag, p.btwBedrag, p.btwPercentage, p.toegekendBedrag])).toEqual([
      [6050, 1050, 2100, 6050],
      [4088, 338, 900, 4088],
    ]);
  });

  it('records the toewijzing a prestatie without ToewijzingNummer was linked to, and marks TR314 duplicates', () => {
    const b = d303('WMO303', [{ nummer: null }, { ref: 'RN1', nummer: null }]);
    const beoordeling = beoordeel('303', b, [finding('TR314', `${pad303(1, 2)}/ProductReferentie`, '8021')]);
    const f = declaratieFeiten303(b, beoordeling, new Map([[pad303(1, 1), 1001]]));
    expect(f.prestaties.map((p) => [p.toewijzingNummer, p.toewijzingAfgeleid, p.dubbel, p.status])).toEqual([
      [1001, true, false, 'toegekend'],
      [GEEN_TOEWIJZING, false, true, 'afgewezen'],
    ]);
  });
});

describe('berichtkop', () => {
  it('reads the 303’s parties and factuur as sender, receiver and identification', () => {
    const b = d303('JW303', [{}]);
    expect(berichtkop('303', b)).toEqual({
      afzender: AGB,
      ontvanger: GEMEENTE,
      identificatie: 'F2020110',
      dagtekening: '2020-12-07',
      identificatiePad: '/Bericht/Header/DeclaratieFactuurIdentificatie/DeclarantFactuurNummer',
    });
  });

  it('reads a 3.2 header as before', () => {
    const b = voorbeeldBericht('WMO323');
    expect(berichtkop('323', b)).toEqual({
      afzender: b.Header.Afzender,
      ontvanger: b.Header.Ontvanger,
      identificatie: b.Header.BerichtIdentificatie.Identificatie,
      dagtekening: b.Header.BerichtIdentificatie.Dagtekening,
      identificatiePad: '/Bericht/Header/BerichtIdentificatie/Identificatie',
    });
  });
});

describe('koppel303: the toewijzing of a 303 prestatie', () => {
  const metNummer = d303('JW303', [{}]);
  const zonder = d303('JW303', [{ nummer: null }]);
  const client = (b: typeof zonder) => b.Clienten[0]!;
  const p = (b: typeof zonder) => b.Clienten[0]!.Prestaties[0]!;

  it('is the prestatie’s own ToewijzingNummer when it has one', () => {
    expect(koppel303(new InMemoryContext(), metNummer, client(metNummer), p(metNummer))).toEqual({ soort: 'nummer', toewijzingNummer: 1001 });
  });

  it('is derived from the one toewijzing of the client, aanbieder and product that covers the ProductPeriode', () => {
    const ctx = new InMemoryContext({
      toewijzingen: [
        toewijzing2020('JW303'),
        toewijzing2020('JW303', { toewijzingNummer: 1002, productcode: '45A04' }),
        toewijzing2020('JW303', { toewijzingNummer: 1003, agb: '11111111' }),
        toewijzing2020('JW303', { toewijzingNummer: 1004, ingangsdatum: '2020-11-15' }),
      ],
    });
    expect(koppel303(ctx, zonder, client(zonder), p(zonder))).toEqual({ soort: 'afgeleid', toewijzingNummer: 1001 });
    expect(toewijzingNummers303(ctx, zonder)).toEqual(new Map([[pad303(1, 1), 1001]]));
  });

  it('is none when no toewijzing covers it, or when two do, or when the one that does was deleted', () => {
    const geen = new InMemoryContext({ toewijzingen: [toewijzing2020('JW303', { einddatum: '2020-11-29' })] });
    expect(koppel303(geen, zonder, client(zonder), p(zonder)).soort).toBe('geen');
    const twee = new InMemoryContext({ toewijzingen: [toewijzing2020('JW303'), toewijzing2020('JW303', { toewijzingNummer: 1002, productcode: undefined })] });
    expect(koppel303(twee, zonder, client(zonder), p(zonder)).soort).toBe('meerdere');
    const weg = new InMemoryContext({ toewijzingen: [toewijzing2020('JW303', { redenWijziging: '13' })] });
    expect(koppel303(weg, zonder, client(zonder), p(zonder)).soort).toBe('geen');
    expect(toewijzingNummers303(geen, zonder).size).toBe(0);
  });
});
