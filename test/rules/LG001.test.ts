import { describe, expect, it } from 'vitest';
import LG001 from '../../src/rules/legacy/LG001.js';
import { runRule } from '../../src/rules/rule.js';
import { d303, type Naam303 } from './declaratie-303-fixtures.js';
import { controlContext, ruleTester } from './rule-tester.js';

const PERIODE = '/Bericht/Header/DeclaratieFactuurIdentificatie/DeclaratiePeriode';
const JANUARI_2021: [string, string] = ['2021-01-01', '2021-01-31'];

ruleTester(LG001, {
  valid: [
    { name: 'a declaratie over November 2020', type: 'JW303', bericht: d303('JW303', [{}]) },
    { name: 'a factuur over November 2020', type: 'WMO303', bericht: d303('WMO303', [{ btw: 2100 }], { factuur: true }) },
    {
      name: 'a late correction over December 2020, the last month of the 303, sent in 2026',
      type: 'WMO303',
      bericht: d303('WMO303', [{ periode: ['2020-12-01', '2020-12-31'] }], { periode: ['2020-12-01', '2020-12-31'], dagtekening: '2026-03-02' }),
    },
  ],
  invalid: [
    {
      name: 'a declaratie over January 2021',
      type: 'JW303',
      bericht: d303('JW303', [{ periode: JANUARI_2021 }], { periode: JANUARI_2021, dagtekening: '2021-02-05' }),
      paths: [PERIODE],
    },
    {
      name: 'a factuur over January 2021',
      type: 'WMO303',
      bericht: d303('WMO303', [{ periode: JANUARI_2021, btw: 2100 }], { periode: JANUARI_2021, dagtekening: '2021-02-05', factuur: true }),
      paths: [PERIODE],
    },
    {
      name: 'a period that begins in 2020 and runs into 2021',
      type: 'WMO303',
      bericht: d303('WMO303', [{ periode: ['2020-12-01', '2020-12-31'] }], { periode: ['2020-12-15', '2021-01-14'], dagtekening: '2021-02-05' }),
      paths: [PERIODE],
    },
  ],
});

describe('LG001 explains the phase-out', () => {
  for (const naam of ['WMO303', 'JW303'] as Naam303[]) {
    it(`points a ${naam} after 2020 to the ${naam.replace('303', '323')}, without a retourcode`, () => {
      const b = d303(naam, [{ periode: JANUARI_2021 }], { periode: JANUARI_2021, dagtekening: '2021-02-05' });
      const [f] = runRule(LG001, b, controlContext(naam));
      expect(f?.retourcode).toBeUndefined();
      expect(f?.message).toContain('31-12-2020');
      expect(f?.message).toContain('uitgefaseerd');
      expect(f?.message).toContain(naam.replace('303', '323'));
      expect(LG001.level).toBe('eigen');
      expect(LG001.gevolg).toBe('afkeuren');
    });
  }
});
