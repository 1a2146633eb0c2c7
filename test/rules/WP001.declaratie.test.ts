import { describe, expect, it } from 'vitest';
import WP001, { wp001Declaratie } from '../../src/rules/woonplaats/WP001.js';
import { runRule } from '../../src/rules/rule.js';
import { BSN2, GEMEENTE, declaratie, prestatiePad, woonplaats } from './declaratie-fixtures.js';
import { controlContext, ruleTester } from './rule-tester.js';

const gemeenten = [
  { gemeentecode: GEMEENTE, naam: 'Diemen', ingangsdatum: '1900-01-01' },
  { gemeentecode: '0363', naam: 'Amsterdam', ingangsdatum: '1900-01-01' },
];
const verhuisd = (datum: string, naar = '0363') => [
  woonplaats({ einddatum: datum }),
  woonplaats({ gemeentecode: naar, ingangsdatum: new Date(Date.parse(datum) + 86_400_000).toISOString().slice(0, 10) }),
];

ruleTester(WP001, {
  valid: [
    { name: 'a client living in the gemeente all along', type: 'JW323', bericht: declaratie('JW323', [{}]), context: { woonplaatsen: [woonplaats()], gemeenten } },
    {
      name: 'a client who moved away the day after the ProductPeriode (same day boundary)',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{}]),
      context: { woonplaatsen: verhuisd('2026-04-30'), gemeenten },
    },
    { name: 'a client the register does not know', type: 'JW323', bericht: declaratie('JW323', [{}]), context: { woonplaatsen: [woonplaats({ bsn: BSN2 })] } },
    {
      name: 'a credit for a period the client lived elsewhere',
      type: 'JW323',
      bericht: declaratie('JW323', [{ dc: 'C', vorig: 'OUD1' }]),
      context: { woonplaatsen: [woonplaats({ gemeentecode: '0363' })] },
    },
  ],
  invalid: [
    {
      name: 'a client living in another gemeente',
      type: 'JW323',
      bericht: declaratie('JW323', [{}, { bsn: BSN2 }]),
      context: { woonplaatsen: [woonplaats({ gemeentecode: '0363' }), woonplaats({ bsn: BSN2 })], gemeenten },
      paths: [prestatiePad(1, 1)],
    },
    {
      name: 'a client who moved away within the ProductPeriode',
      type: 'WMO323',
      bericht: declaratie('WMO323', [{ periode: ['2026-03-01', '2026-03-31'] }, {}]),
      context: { woonplaatsen: verhuisd('2026-04-14'), gemeenten },
      paths: [prestatiePad(1, 2)],
    },
  ],
});

describe('WP001 for declaraties', () => {
  it('holds the prestatie for a person, without retourcode', () => {
    expect(WP001.gevolg).toBe('onderzoek');
    expect(WP001.retourcode).toBeUndefined();
    expect(WP001.level).toBe('eigen');
  });

  it('names both gemeenten with code and name, and the days, but no BSN', () => {
    const b = declaratie('JW323', [{}]);
    const [f] = runRule(WP001, b, controlContext('JW323', { woonplaatsen: verhuisd('2026-04-14'), gemeenten }));
    expect(f!.message).toContain('15-04-2026 t/m 30-04-2026 in gemeente 0363 Amsterdam');
    expect(f!.message).toContain('gemeente 0384 Diemen');
    expect(f!.message).not.toContain(b.Declaratie.Clienten[0]!.Bsn);
  });

  it('exports the 323 check on its own for the merge with the 305/307 check', () => {
    const b = declaratie('WMO323', [{}]);
    expect(wp001Declaratie(b, controlContext('WMO323', { woonplaatsen: [woonplaats({ gemeentecode: '0363' })] }))).toHaveLength(1);
  });
});
