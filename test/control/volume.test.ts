import { describe, expect, it } from 'vitest';
import { hoeveelheidTekst, maximumInProductperiode, maximumOverLoopduur, schaal, vergelekenTekst } from '../../src/control/volume.js';

const week = (volume: number) => ({ volume, eenheid: '04', frequentie: '2' });
const p = (begin: string, eind: string) => ({ begin, eind });

describe('maximum volume per ProductPeriode and over the loopduur', () => {
  it('per week, inspanningsgericht: calendar weeks x volume (IV076 example)', () => {
    const t = p('2025-07-07', '2025-09-07');
    const o = { bekostiging: 'inspanningsgericht' as const };
    expect(maximumInProductperiode(week(3), t, p('2025-07-07', '2025-07-31'), o)).toBe(12);
    expect(maximumInProductperiode(week(3), t, p('2025-08-01', '2025-08-31'), o)).toBe(15);
    expect(maximumInProductperiode(week(3), t, p('2025-09-01', '2025-09-07'), o)).toBe(3);
    expect(maximumOverLoopduur(week(3), t)).toBe(27);
  });

  it('per week counts only the part of the ProductPeriode within the toewijzing (IV078 example 1)', () => {
    const t = p('2025-11-12', '2025-12-13');
    expect(maximumInProductperiode(week(3), t, p('2025-11-01', '2025-11-30'), { bekostiging: 'inspanningsgericht' })).toBe(9);
  });

  it('per week, outputgericht: Sundays, plus the last broken week where the last Sunday lies (IV076)', () => {
    const o = { bekostiging: 'outputgericht' as const };
    const euro = { volume: 30000, eenheid: '83', frequentie: '2' };
    const eindigtOpZondag = p('2022-07-11', '2022-09-04');
    expect(maximumInProductperiode(euro, eindigtOpZondag, p('2022-07-11', '2022-07-31'), o)).toBe(90000);
    expect(maximumInProductperiode(euro, eindigtOpZondag, p('2022-08-01', '2022-08-31'), o)).toBe(120000);
    expect(maximumInProductperiode(euro, eindigtOpZondag, p('2022-09-01', '2022-09-04'), o)).toBe(30000);
    const eindigtOpZaterdag = p('2022-07-11', '2022-09-03');
    expect(maximumInProductperiode(euro, eindigtOpZaterdag, p('2022-08-01', '2022-08-31'), o)).toBe(150000);
    expect(maximumInProductperiode(euro, eindigtOpZaterdag, p('2022-09-01', '2022-09-03'), o)).toBe(0);
    // IV077: 07-07-2025 t/m 05-09-2025: July 3 Sundays, August 5 + 1.
    const iv077 = p('2025-07-07', '2025-09-05');
    expect(maximumInProductperiode(euro, iv077, p('2025-07-07', '2025-07-31'), o)).toBe(90000);
    expect(maximumInProductperiode(euro, iv077, p('2025-08-01', '2025-08-31'), o)).toBe(180000);
    // A toewijzing without any Sunday keeps its one week in the period of its Einddatum.
    expect(maximumInProductperiode(euro, p('2026-04-07', '2026-04-10'), p('2026-04-07', '2026-04-10'), o)).toBe(30000);
  });

  it('per week, variant unknown: the larger of the two methods', () => {
    const t = p('2022-07-11', '2022-09-03');
    expect(maximumInProductperiode(week(3), t, p('2022-08-01', '2022-08-31'))).toBe(15);
    expect(maximumInProductperiode(week(3), t, p('2022-07-11', '2022-07-31'))).toBe(9);
    expect(maximumInProductperiode(week(3), p('2026-01-01', '2026-12-31'), p('2026-04-01', '2026-04-30'))).toBe(15);
  });

  it('per week, Wmo hulp bij het huishouden: always 6 x the weekly volume, the loopduur still by weeks (IV077)', () => {
    const t = p('2026-04-08', '2026-04-20');
    expect(maximumInProductperiode(week(3), t, p('2026-04-08', '2026-04-20'), { bekostiging: 'inspanningsgericht', huishoudelijkeHulp: true })).toBe(18);
    expect(maximumOverLoopduur(week(3), t)).toBe(9);
  });

  it('per maand: the volume for every ProductPeriode, also a broken month (IV078 example 2)', () => {
    const maand = { volume: 15, eenheid: '04', frequentie: '4' };
    const t = p('2025-10-14', '2025-12-13');
    expect(maximumInProductperiode(maand, t, p('2025-10-14', '2025-10-31'))).toBe(15);
    expect(maximumOverLoopduur(maand, t)).toBe(45);
  });

  it('per dag: volume x days within the toewijzing', () => {
    const dag = { volume: 2, eenheid: '14', frequentie: '1' };
    const t = p('2026-04-10', '2026-06-30');
    expect(maximumInProductperiode(dag, t, p('2026-04-10', '2026-04-30'))).toBe(42);
    expect(maximumOverLoopduur(dag, t)).toBe(2 * 82);
  });

  it('totaal binnen geldigheidsduur: the volume, also when open-ended', () => {
    const totaal = { volume: 40, eenheid: '04', frequentie: '6' };
    expect(maximumInProductperiode(totaal, { begin: '2026-01-01' }, p('2026-04-01', '2026-04-30'))).toBe(40);
    expect(maximumOverLoopduur(totaal, { begin: '2026-01-01' })).toBe(40);
  });

  it('has no loopduur limit for an open-ended toewijzing with a periodic frequentie', () => {
    expect(maximumOverLoopduur(week(3), { begin: '2026-01-01' })).toBeUndefined();
    expect(maximumInProductperiode(week(3), { begin: '2026-01-01' }, p('2026-04-01', '2026-04-30'), { bekostiging: 'inspanningsgericht' })).toBe(15);
  });

  it('allows nothing outside the toewijzing and knows no unknown frequentie', () => {
    expect(maximumInProductperiode(week(3), p('2026-05-01', '2026-05-31'), p('2026-04-01', '2026-04-30'))).toBe(0);
    expect(maximumInProductperiode({ volume: 3, eenheid: '04', frequentie: '9' }, p('2026-01-01', '2026-12-31'), p('2026-04-01', '2026-04-30'))).toBeUndefined();
    expect(maximumOverLoopduur({ volume: 3, eenheid: '04', frequentie: '9' }, p('2026-01-01', '2026-12-31'))).toBeUndefined();
  });
});

describe('eenheden', () => {
  it('compares hours and minutes in minutes; other units only with themselves', () => {
    expect(schaal('04', '04')).toBe(60);
    expect(schaal('01', '04')).toBe(1);
    expect(schaal('16', '04')).toBeUndefined();
    expect(schaal('04', '01')).toBeUndefined();
    expect(schaal('16', '16')).toBe(1);
    expect(schaal('83', '83')).toBe(1);
  });

  it('writes volumes for a reader', () => {
    expect(hoeveelheidTekst(16, '04', 'iJw')).toBe('16 uur');
    expect(hoeveelheidTekst(90, '01', 'iJw')).toBe('90 minuten');
    expect(hoeveelheidTekst(20000, '83', 'iWmo')).toBe('€ 200,00');
    expect(vergelekenTekst(120, '04', 'iJw')).toBe('2 uur');
    expect(vergelekenTekst(125, '04', 'iJw')).toBe('125 minuten');
  });
});
