import { describe, expect, it } from 'vitest';
import TR387, { verwachteBegindatum } from '../../src/rules/declaratie/TR387.js';
import { declaratie, prestatiePad, toewijzing } from './declaratie-fixtures.js';
import { ruleTester } from './rule-tester.js';

describe('verwachteBegindatum (IV089)', () => {
  it('is the first of the month, or a later Ingangsdatum in that month', () => {
    expect(verwachteBegindatum('2026-04-01', '2026-01-01')).toBe('2026-04-01');
    expect(verwachteBegindatum('2026-04-08', '2026-04-08')).toBe('2026-04-08');
    expect(verwachteBegindatum('2026-04-01', '2026-04-08')).toBe('2026-04-08');
    expect(verwachteBegindatum('2026-04-01', '2026-05-08')).toBe('2026-04-01');
  });
});

const vanaf = (naam: 'JW323' | 'WMO323', ingangsdatum: string) => ({ toewijzingen: [toewijzing(naam, { ingangsdatum })] });

ruleTester(TR387, {
  valid: [
    { name: 'a ProductPeriode from the first of the month', type: 'JW323', bericht: declaratie('JW323', [{}]), context: vanaf('JW323', '2026-01-01') },
    {
      name: 'a ProductPeriode from the Ingangsdatum later in the month (IV089: 08-04)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ periode: ['2026-04-08', '2026-04-30'] }]),
      context: vanaf('WMO323', '2026-04-08'),
    },
    {
      name: 'a ProductPeriode from the first when the toewijzing began on it',
      type: 'JW323',
      bericht: declaratie('JW323', [{}]),
      context: vanaf('JW323', '2026-04-01'),
    },
  ],
  invalid: [
    {
      name: 'a ProductPeriode beginning mid-month without reason',
      type: 'JW323',
      bericht: declaratie('JW323', [{ periode: ['2026-04-02', '2026-04-30'] }]),
      context: vanaf('JW323', '2026-01-01'),
      paths: [`${prestatiePad(1, 1)}/ProductPeriode`],
    },
    {
      name: 'a ProductPeriode from the first while the toewijzing began later that month',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{}]),
      context: vanaf('WMO323', '2026-04-08'),
      paths: [`${prestatiePad(1, 1)}/ProductPeriode`],
    },
    {
      name: 'a ProductPeriode beginning after the Ingangsdatum in its month',
      type: 'JW323',
      bericht: declaratie('JW323', [{ periode: ['2026-04-09', '2026-04-30'] }]),
      context: vanaf('JW323', '2026-04-08'),
      paths: [`${prestatiePad(1, 1)}/ProductPeriode`],
    },
  ],
});
