import { describe, expect, it } from 'vitest';
import { checkTyped } from '../berichten.js';
import { declaratie, heen, startMetDrieProducten, STANDAARDEN, verzoekMetDrieProducten } from './heen.js';

/** The heen messages the retour tests start from are themselves valid messages of the standard. */
describe('heen messages for the retour tests', () => {
  for (const s of STANDAARDEN) {
    const p = s === 'iJw' ? 'JW' : 'WMO';
    it(`${s}: the 315 example, the multi-product 305 and 315, and multi-client declaraties with credits pass our check`, () => {
      for (const [naam, bericht] of [
        [`${p}315`, heen(s, '315')],
        [`${p}305`, startMetDrieProducten(s)],
        [`${p}315`, verzoekMetDrieProducten(s)],
        [`${p}323`, declaratie(s, [[[10000, 'D'], [2500, 'C']], [[4000, 'D']], [[3000, 'D'], [700, 'D']]])],
        [`${p}323`, declaratie(s, [[[1000, 'D'], [5000, 'C']], [[3000, 'D']]])],
        [`${p}323`, declaratie(s, [[[5000, 'D'], [5000, 'C']]])],
      ] as const) {
        const r = checkTyped(naam, bericht);
        expect(r.findings, naam).toEqual([]);
        expect(r.stage, naam).toBe('ok');
      }
    });
  }
});
