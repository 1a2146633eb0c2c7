import { describe, expect, it } from 'vitest';
import TR388, { verwachteEinddatum } from '../../src/rules/declaratie/TR388.js';
import { declaratie, prestatiePad, toewijzing } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

describe('verwachteEinddatum (IV089)', () => {
  it('is the last of the month, or an earlier Einddatum in that month', () => {
    expect(verwachteEinddatum('2026-04-30', '2026-12-31')).toBe('2026-04-30');
    expect(verwachteEinddatum('2026-04-17', '2026-04-17')).toBe('2026-04-17');
    expect(verwachteEinddatum('2026-04-30', '2026-04-17')).toBe('2026-04-17');
    expect(verwachteEinddatum('2026-02-28', undefined)).toBe('2026-02-28');
  });
});

const tot = (naam: 'JW323' | 'WMO323', einddatum: string | undefined) => ({ toewijzingen: [toewijzing(naam, { einddatum })] });

ruleTester(TR388, {
  valid: [
    { name: 'a ProductPeriode to the last of the month', type: 'JW323', bericht: declaratie('JW323', [{}]), context: tot('JW323', '2026-12-31') },
    {
      name: 'a ProductPeriode to an Einddatum earlier in the month (IV089: 17-06)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ periode: ['2026-06-01', '2026-06-17'] }]),
      context: tot('WMO323', '2026-06-17'),
    },
    { name: 'an open-ended toewijzing', type: 'JW323', bericht: declaratie('JW323', [{}]), context: tot('JW323', undefined) },
    {
      name: 'a toewijzing ending on the last of the month',
      type: 'JW323',
      bericht: declaratie('JW323', [{}]),
      context: tot('JW323', '2026-04-30'),
    },
  ],
  invalid: [
    {
      name: 'a ProductPeriode ending before the end of the month without reason',
      type: 'JW323',
      bericht: declaratie('JW323', [{ periode: ['2026-04-01', '2026-04-29'] }]),
      context: tot('JW323', undefined),
      paths: [`${prestatiePad(1, 1)}/ProductPeriode`],
    },
    {
      name: 'a ProductPeriode to the end of the month while the toewijzing ended earlier',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ periode: ['2026-06-01', '2026-06-30'] }]),
      context: tot('WMO323', '2026-06-17'),
      paths: [`${prestatiePad(1, 1)}/ProductPeriode`],
    },
  ],
});
