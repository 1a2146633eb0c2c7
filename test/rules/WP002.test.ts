import { describe, expect, it } from 'vitest';
import WP002 from '../../src/rules/woonplaats/WP002.js';
import { runRule } from '../../src/rules/rule.js';
import { controlContext, ruleTester } from './rule-tester.js';
import { BSN, CBS, voorbeeld, woonplaats } from './zorgfeiten.js';

/** The JW301 example: gemeente 0384, both toewijzingen from 01-04-2026. */
const woont = (...w: ReturnType<typeof woonplaats>[]) => ({ gemeenten: CBS, woonplaatsen: w });
const PAD = (i: number) => `/Bericht/Client/ToegewezenProducten/ToegewezenProduct[${i}]`;

ruleTester(WP002, {
  valid: [
    { name: 'a client living in the gemeente', type: 'JW301', bericht: voorbeeld('JW301'), context: woont(woonplaats('0384', '2010-02-14')) },
    {
      name: 'a client who moved in on the Ingangsdatum',
      type: 'JW301',
      bericht: voorbeeld('JW301'),
      context: woont(woonplaats('0363', '2010-02-14', '2026-03-31'), woonplaats('0384', '2026-04-01')),
    },
    {
      name: 'a client who moved away after the Ingangsdatum (the toewijzing is shortened, RedenWijziging 07)',
      type: 'JW301',
      bericht: voorbeeld('JW301', (b) => {
        b.Client.ToegewezenProducten[0]!.RedenWijziging = '07';
        b.Client.ToegewezenProducten[0]!.Einddatum = '2026-05-31';
      }),
      context: woont(woonplaats('0384', '2010-02-14', '2026-05-31'), woonplaats('0363', '2026-06-01')),
    },
    {
      name: 'the deletion (RedenWijziging 13) of a toewijzing of a client living elsewhere',
      type: 'WMO301',
      bericht: voorbeeld('WMO301', (b) => {
        b.Client.ToegewezenProducten[0]!.RedenWijziging = '13';
        b.Client.ToegewezenProducten[0]!.Einddatum = b.Client.ToegewezenProducten[0]!.Ingangsdatum;
      }),
      context: woont(woonplaats('0363', '2000-01-01')),
    },
    { name: 'a client the register does not know (WP004 signals that)', type: 'JW301', bericht: voorbeeld('JW301'), context: woont() },
  ],
  invalid: [
    { name: 'a client living in another gemeente', type: 'JW301', bericht: voorbeeld('JW301'), context: woont(woonplaats('0363', '2010-02-14')), paths: [PAD(1), PAD(2)] },
    {
      name: 'a client who moved away the day before the Ingangsdatum',
      type: 'JW301',
      bericht: voorbeeld('JW301', (b) => (b.Client.ToegewezenProducten[1]!.Ingangsdatum = '2026-04-02')),
      context: woont(woonplaats('0384', '2010-02-14', '2026-04-01'), woonplaats('0363', '2026-04-02')),
      paths: [PAD(2)],
    },
    { name: 'iWmo: a client living elsewhere', type: 'WMO301', bericht: voorbeeld('WMO301'), context: woont(woonplaats('0518', '2000-01-01')), paths: [PAD(1)] },
  ],
});

describe('WP002 findings', () => {
  it('name both gemeenten and hold the 301 back, without the BSN', () => {
    const [f] = runRule(WP002, voorbeeld('JW301'), controlContext('JW301', woont(woonplaats('0363', '2010-02-14'))));
    expect(f?.message).toContain('gemeente 0363 (Amsterdam)');
    expect(f?.message).toContain('gemeente 0384 (Diemen)');
    expect(f?.message).toContain('toewijzing 300201');
    expect(f?.message).not.toContain(BSN);
    expect(WP002.gevolg).toBe('tegenhouden');
  });
});
