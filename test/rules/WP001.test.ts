import { describe, expect, it } from 'vitest';
import WP001 from '../../src/rules/woonplaats/WP001.js';
import { runRule } from '../../src/rules/rule.js';
import { controlContext, ruleTester } from './rule-tester.js';
import { BSN, CBS, voorbeeld, woonplaats } from './zorgfeiten.js';

/** The JW305 example: gemeente 0363, lines with begindatum 2026-04-03 and 2026-04-15. */
const woont = (...w: ReturnType<typeof woonplaats>[]) => ({ gemeenten: CBS, woonplaatsen: w });
const START = (i: number) => `/Bericht/Client/StartProducten/StartProduct[${i}]`;

ruleTester(WP001, {
  valid: [
    { name: 'a client living in the gemeente', type: 'JW305', bericht: voorbeeld('JW305'), context: woont(woonplaats('0363', '2010-02-14')) },
    {
      name: 'a client who moved in on the first Begindatum',
      type: 'JW305',
      bericht: voorbeeld('JW305'),
      context: woont(woonplaats('0518', '2010-02-14', '2026-04-02'), woonplaats('0363', '2026-04-03')),
    },
    {
      name: 'a client who moved out the day after the last Begindatum',
      type: 'JW305',
      bericht: voorbeeld('JW305'),
      context: woont(woonplaats('0363', '2010-02-14', '2026-04-15'), woonplaats('0518', '2026-04-16')),
    },
    {
      name: 'a deletion line (StatusAanlevering 3) of a client living elsewhere',
      type: 'JW305',
      bericht: voorbeeld('JW305', (b) => b.Client.StartProducten.forEach((p) => (p.StatusAanlevering = '3'))),
      context: woont(woonplaats('0518', '2010-02-14')),
    },
    { name: 'a client the register does not know (WP004 signals that)', type: 'JW305', bericht: voorbeeld('JW305'), context: woont() },
    {
      name: 'a client the register does not know on the Begindatum',
      type: 'JW307',
      bericht: voorbeeld('JW307'),
      context: woont(woonplaats('0518', '2010-02-14', '2020-12-31')),
    },
  ],
  invalid: [
    { name: 'a client living in another gemeente', type: 'JW305', bericht: voorbeeld('JW305'), context: woont(woonplaats('0518', '2010-02-14')), paths: [START(1), START(2)] },
    {
      name: 'a client who moved away between the two Begindatums',
      type: 'JW305',
      bericht: voorbeeld('JW305'),
      context: woont(woonplaats('0363', '2010-02-14', '2026-04-09'), woonplaats('0518', '2026-04-10')),
      paths: [START(2)],
    },
    {
      name: 'iWmo: a stop for a client living elsewhere on the Begindatum',
      type: 'WMO307',
      bericht: voorbeeld('WMO307'),
      context: woont(woonplaats('0384', '2000-01-01')),
      paths: ['/Bericht/Client/StopProducten/StopProduct[1]', '/Bericht/Client/StopProducten/StopProduct[2]'],
    },
  ],
});

describe('WP001 findings', () => {
  it('name both gemeenten with code and name, and the date, never the BSN; they go to onderzoek', () => {
    const [f] = runRule(WP001, voorbeeld('JW305'), controlContext('JW305', woont(woonplaats('0518', '2010-02-14'))));
    expect(f?.message).toContain("gemeente 0518 ('s-Gravenhage)");
    expect(f?.message).toContain('gemeente 0363 (Amsterdam)');
    expect(f?.message).toContain('03-04-2026');
    expect(f?.message).not.toContain(BSN);
    expect(f?.retourcode).toBeUndefined();
    expect(WP001.gevolg).toBe('onderzoek');
    // On a start or stop only a signal: the 306/308 must go out within its deadline.
    expect(WP001.gevolgPer).toEqual({ '305': 'signaal', '307': 'signaal' });
  });
});
