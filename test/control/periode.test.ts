import { describe, expect, it } from 'vitest';
import { datumTekst, eersteOngedekteDag, periodeTekst, volgendeDag } from '../../src/control/kalender.js';

describe('calendar days', () => {
  it('steps to the next day across months, years and leap days', () => {
    expect(volgendeDag('2026-01-31')).toBe('2026-02-01');
    expect(volgendeDag('2026-02-28')).toBe('2026-03-01');
    expect(volgendeDag('2028-02-28')).toBe('2028-02-29');
    expect(volgendeDag('2026-12-31')).toBe('2027-01-01');
  });
  it('writes dates and periods as a Dutch reader does', () => {
    expect(datumTekst('2026-03-01')).toBe('01-03-2026');
    expect(periodeTekst({ begin: '2026-03-01', eind: '2026-12-31' })).toBe('01-03-2026 t/m 31-12-2026');
    expect(periodeTekst({ begin: '2026-03-01' })).toBe('vanaf 01-03-2026');
  });
});

describe('eersteOngedekteDag', () => {
  const p = (begin: string, eind?: string) => ({ begin, ...(eind ? { eind } : {}) });

  it('is undefined when one period covers all, boundaries included', () => {
    expect(eersteOngedekteDag(p('2026-04-01', '2026-07-14'), [p('2026-04-01', '2026-07-14')])).toBeUndefined();
    expect(eersteOngedekteDag(p('2026-04-01', '2026-07-14'), [p('2026-01-01')])).toBeUndefined();
  });
  it('joins consecutive and overlapping periods, in any order', () => {
    expect(eersteOngedekteDag(p('2026-01-01', '2026-12-31'), [p('2026-07-01', '2026-12-31'), p('2026-01-01', '2026-06-30')])).toBeUndefined();
    expect(eersteOngedekteDag(p('2026-01-01', '2026-12-31'), [p('2026-01-01', '2026-08-31'), p('2026-03-01', '2026-04-30'), p('2026-09-01', '2027-01-31')])).toBeUndefined();
  });
  it('gives the first day without cover', () => {
    expect(eersteOngedekteDag(p('2026-01-01', '2026-12-31'), [])).toBe('2026-01-01');
    expect(eersteOngedekteDag(p('2026-01-01', '2026-12-31'), [p('2026-01-02')])).toBe('2026-01-01');
    expect(eersteOngedekteDag(p('2026-01-01', '2026-12-31'), [p('2026-01-01', '2026-06-30'), p('2026-07-02')])).toBe('2026-07-01');
    expect(eersteOngedekteDag(p('2026-01-01', '2026-12-31'), [p('2025-01-01', '2026-12-30')])).toBe('2026-12-31');
  });
  it('needs an open period for an open one', () => {
    expect(eersteOngedekteDag(p('2026-01-01'), [p('2020-01-01', '2099-12-31')])).toBe('2100-01-01');
    expect(eersteOngedekteDag(p('2026-01-01'), [p('2020-01-01', '2026-05-31'), p('2026-06-01')])).toBeUndefined();
  });
});
