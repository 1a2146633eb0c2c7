import { describe, expect, it } from 'vitest';
import {
  aantalDagen,
  aantalKalendermaanden,
  aantalKalenderweken,
  aantalZondagen,
  datumTekst,
  doorsnede,
  eersteOngedekteDag,
  eersteVanMaand,
  laatsteVanMaand,
  maandTekst,
  periodeTekst,
  plusDagen,
  weekdag,
  zondagOpOfVoor,
} from '../../src/control/kalender.js';

const p = (begin: string, eind: string) => ({ begin, eind });

describe('kalender', () => {
  it('knows the weekday (1 = Monday, 7 = Sunday)', () => {
    expect(weekdag('2025-07-07')).toBe(1);
    expect(weekdag('2025-09-07')).toBe(7);
    expect(weekdag('2026-04-01')).toBe(3);
    expect(weekdag('1970-01-01')).toBe(4);
    expect(weekdag('1969-12-29')).toBe(1);
  });

  it('finds month boundaries, leap years included', () => {
    expect(eersteVanMaand('2026-04-17')).toBe('2026-04-01');
    expect(laatsteVanMaand('2026-04-17')).toBe('2026-04-30');
    expect(laatsteVanMaand('2024-02-03')).toBe('2024-02-29');
    expect(laatsteVanMaand('2026-02-03')).toBe('2026-02-28');
    expect(laatsteVanMaand('2026-12-01')).toBe('2026-12-31');
    expect(plusDagen('2026-12-31', 1)).toBe('2027-01-01');
    expect(plusDagen('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts days inclusively', () => {
    expect(aantalDagen(p('2026-04-01', '2026-04-30'))).toBe(30);
    expect(aantalDagen(p('2026-04-10', '2026-04-10'))).toBe(1);
    expect(aantalDagen(p('2026-04-10', '2026-04-09'))).toBe(0);
  });

  it('counts calendar weeks as the standard does (IV076, IV077)', () => {
    // IV076: toewijzing 07-07-2025 t/m 07-09-2025: 4, 5 and 1 weeks; 9 over the whole toewijzing.
    expect(aantalKalenderweken(p('2025-07-07', '2025-07-31'))).toBe(4);
    expect(aantalKalenderweken(p('2025-08-01', '2025-08-31'))).toBe(5);
    expect(aantalKalenderweken(p('2025-09-01', '2025-09-07'))).toBe(1);
    expect(aantalKalenderweken(p('2025-07-07', '2025-09-07'))).toBe(9);
    // IV077: 07-10-2025 t/m 30-12-2025: 4, 5, 5 weeks; 13 in all.
    expect(aantalKalenderweken(p('2025-10-07', '2025-10-31'))).toBe(4);
    expect(aantalKalenderweken(p('2025-11-01', '2025-11-30'))).toBe(5);
    expect(aantalKalenderweken(p('2025-12-01', '2025-12-30'))).toBe(5);
    expect(aantalKalenderweken(p('2025-10-07', '2025-12-30'))).toBe(13);
    // A single day is one (broken) week; a Sunday-to-Monday period two.
    expect(aantalKalenderweken(p('2026-04-05', '2026-04-05'))).toBe(1);
    expect(aantalKalenderweken(p('2026-04-05', '2026-04-06'))).toBe(2);
    expect(aantalKalenderweken(p('2026-04-06', '2026-04-05'))).toBe(0);
  });

  it('counts Sundays (IV076 outputgericht)', () => {
    expect(aantalZondagen(p('2022-07-11', '2022-07-31'))).toBe(3);
    expect(aantalZondagen(p('2022-08-01', '2022-08-31'))).toBe(4);
    expect(aantalZondagen(p('2022-09-01', '2022-09-04'))).toBe(1);
    expect(aantalZondagen(p('2026-04-06', '2026-04-11'))).toBe(0);
    expect(zondagOpOfVoor('2022-09-03')).toBe('2022-08-28');
    expect(zondagOpOfVoor('2022-09-04')).toBe('2022-09-04');
  });

  it('counts calendar months, broken ones whole', () => {
    expect(aantalKalendermaanden(p('2025-10-14', '2025-12-13'))).toBe(3);
    expect(aantalKalendermaanden(p('2025-12-31', '2026-01-01'))).toBe(2);
    expect(aantalKalendermaanden(p('2026-04-01', '2026-04-30'))).toBe(1);
  });

  it('intersects periods, open ends included', () => {
    expect(doorsnede({ begin: '2026-01-01' }, p('2026-04-01', '2026-04-30'))).toEqual(p('2026-04-01', '2026-04-30'));
    expect(doorsnede(p('2026-04-10', '2026-05-10'), p('2026-04-01', '2026-04-30'))).toEqual(p('2026-04-10', '2026-04-30'));
    expect(doorsnede(p('2026-05-01', '2026-05-10'), p('2026-04-01', '2026-04-30'))).toBeUndefined();
    expect(doorsnede({ begin: '2026-01-01' }, { begin: '2026-02-01' })).toEqual({ begin: '2026-02-01' });
  });

  it('finds the first day a set of periods leaves uncovered', () => {
    const april = p('2026-04-01', '2026-04-30');
    expect(eersteOngedekteDag(april, [])).toBe('2026-04-01');
    expect(eersteOngedekteDag(april, [{ begin: '2026-01-01' }])).toBeUndefined();
    expect(eersteOngedekteDag(april, [p('2026-01-01', '2026-04-15')])).toBe('2026-04-16');
    expect(eersteOngedekteDag(april, [p('2026-04-16', '2026-12-31'), p('2026-01-01', '2026-04-15')])).toBeUndefined();
    expect(eersteOngedekteDag(april, [p('2026-04-02', '2026-12-31')])).toBe('2026-04-01');
    expect(eersteOngedekteDag(april, [p('2026-01-01', '2026-04-10'), p('2026-04-12', '2026-12-31')])).toBe('2026-04-11');
  });

  it('writes dates, periods and months for a Dutch reader', () => {
    expect(datumTekst('2026-04-01')).toBe('01-04-2026');
    expect(periodeTekst(p('2026-04-01', '2026-04-30'))).toBe('01-04-2026 t/m 30-04-2026');
    expect(periodeTekst({ begin: '2026-04-01' })).toBe('vanaf 01-04-2026');
    expect(maandTekst('2026-04')).toBe('april 2026');
    expect(maandTekst('2026-12-31')).toBe('december 2026');
  });
});
