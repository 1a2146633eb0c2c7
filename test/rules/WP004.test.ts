import { describe, expect, it } from 'vitest';
import WP004 from '../../src/rules/woonplaats/WP004.js';
import { runRule } from '../../src/rules/rule.js';
import { controlContext, ruleTester } from './rule-tester.js';
import { CBS, voorbeeld, woonplaats } from './zorgfeiten.js';

const woont = (...w: ReturnType<typeof woonplaats>[]) => ({ gemeenten: CBS, woonplaatsen: w });

ruleTester(WP004, {
  valid: [
    { name: 'a start zorg for a client the register knows', type: 'JW305', bericht: voorbeeld('JW305'), context: woont(woonplaats('0363', '2010-02-14')) },
    { name: 'a known client living elsewhere (that is WP001)', type: 'JW307', bericht: voorbeeld('JW307'), context: woont(woonplaats('0518', '2010-02-14')) },
    { name: 'our toewijzing for a known client', type: 'JW301', bericht: voorbeeld('JW301'), context: woont(woonplaats('0384', '2010-02-14')) },
    {
      name: 'the deletion of a toewijzing (RedenWijziging 13) for an unknown client',
      type: 'WMO301',
      bericht: voorbeeld('WMO301', (b) => {
        b.Client.ToegewezenProducten[0]!.RedenWijziging = '13';
        b.Client.ToegewezenProducten[0]!.Einddatum = b.Client.ToegewezenProducten[0]!.Ingangsdatum;
      }),
      context: woont(),
    },
    {
      name: 'deletion lines (StatusAanlevering 3) for an unknown client',
      type: 'JW305',
      bericht: voorbeeld('JW305', (b) => b.Client.StartProducten.forEach((p) => (p.StatusAanlevering = '3'))),
      context: woont(),
    },
    { name: 'an iWmo verzoek for an unknown client (no woonplaats control on iWmo verzoeken)', type: 'WMO315', bericht: voorbeeld('WMO315'), context: woont() },
    { name: 'an iJw verzoek om wijziging for a known client', type: 'JW317', bericht: voorbeeld('JW317'), context: woont(woonplaats('0384', '2000-01-01')) },
  ],
  invalid: [
    { name: 'a start zorg for a client not in the register', type: 'JW305', bericht: voorbeeld('JW305'), context: woont(), paths: ['/Bericht/Client'] },
    { name: 'our toewijzing for a client not in the register', type: 'JW301', bericht: voorbeeld('JW301'), context: woont(), paths: ['/Bericht/Client'] },
    {
      name: 'a stop zorg whose second Begindatum the register does not cover',
      type: 'WMO307',
      bericht: voorbeeld('WMO307'),
      context: woont(woonplaats('0363', '2000-01-01', '2025-04-10')),
      paths: ['/Bericht/Client/StopProducten/StopProduct[2]'],
    },
    { name: 'an iJw verzoek om wijziging for a client not in the register', type: 'JW317', bericht: voorbeeld('JW317'), context: woont(), paths: ['/Bericht/Client'] },
    {
      name: 'an iJw verzoek om toewijzing whose date the register does not cover',
      type: 'JW315',
      bericht: voorbeeld('WMO315'),
      context: woont(woonplaats('0384', '2024-01-01')),
      paths: ['/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[1]', '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]'],
    },
  ],
});

describe('WP004', () => {
  it('is a signal: it changes no decision', () => {
    expect(WP004.gevolg).toBe('signaal');
    const [f] = runRule(WP004, voorbeeld('JW305'), controlContext('JW305', woont()));
    expect(f?.message).toBe('De cliënt staat niet in het woonplaatsregister; het woonplaatsbeginsel is niet gecontroleerd.');
  });
});
