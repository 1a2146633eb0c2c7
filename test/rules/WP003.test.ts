import { describe, expect, it } from 'vitest';
import { InMemoryContext } from '../../src/control/context.js';
import WP003, { verantwoordelijkeGemeente, woonplaatsbeginsel } from '../../src/rules/woonplaats/WP003.js';
import { runRule } from '../../src/rules/rule.js';
import { controlContext, ruleTester } from './rule-tester.js';
import { BSN, CBS, voorbeeld, woonplaats } from './zorgfeiten.js';

/**
 * The reference has no valid JW315 example (its only one has an impossible date); iJw and iWmo 315
 * have the same structure, so the iWmo example serves as an iJw 315: to 0384, two AangevraagdProducten
 * (ReferentieAanbieder 42420001 and 42420002) with ToewijzingIngangsdatum 2023-06-01.
 * The JW317 example: to 0384, an OngewijzigdProduct and a NieuwProduct wanted from 2026-11-01.
 */
const verzoekOmToewijzing = (wijzig: (b: ReturnType<typeof voorbeeld<'WMO315'>>) => void = () => {}) =>
  voorbeeld('WMO315', (b) => {
    // As an iJw 315 it needs an iJw product categorie (Jeugdhulp ambulant) to stay schema-valid.
    for (const p of b.Client.AangevraagdeProducten) if (p.Product) p.Product = { Categorie: '45', Code: '45A03' };
    b.Header.BerichtCode = '446';
    wijzig(b);
  });
const woont = (...w: ReturnType<typeof woonplaats>[]) => ({ gemeenten: CBS, woonplaatsen: w });
const PRODUCT = (i: number) => `/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[${i}]`;
const VERZOEK = '/Bericht/Client/Verzoek';

/** The JW317 example with a TeWijzigenProduct of toewijzing 10071 wanted from `vanaf`. */
const metTeWijzigen = (vanaf: string) =>
  voorbeeld('JW317', (b) => {
    b.Client.Verzoek.TeWijzigenProducten = [{ ToewijzingNummer: 10071, GewensteIngangsdatum: vanaf, Einddatum: '2026-12-31' }];
    delete b.Client.Verzoek.OngewijzigdeProducten;
  });
const alleenOngewijzigd = () => voorbeeld('JW317', (b) => delete b.Client.Verzoek.NieuweProducten);

ruleTester(WP003, {
  valid: [
    { name: 'a verzoek om toewijzing for a client living in the gemeente', type: 'JW315', bericht: verzoekOmToewijzing(), context: woont(woonplaats('0384', '2000-01-01')) },
    { name: 'an iWmo verzoek (the woonplaatsbeginsel answer is iJw only)', type: 'WMO315', bericht: voorbeeld('WMO315'), context: woont(woonplaats('0518', '2000-01-01')) },
    {
      name: 'a client who moved in on the ToewijzingIngangsdatum',
      type: 'JW315',
      bericht: verzoekOmToewijzing(),
      context: woont(woonplaats('0518', '2000-01-01', '2023-05-31'), woonplaats('0384', '2023-06-01')),
    },
    { name: 'a verzoek om wijziging for a client living in the gemeente', type: 'JW317', bericht: voorbeeld('JW317'), context: woont(woonplaats('0384', '2000-01-01')) },
    { name: 'a client the register does not know (WP004 signals that)', type: 'JW317', bericht: voorbeeld('JW317'), context: woont() },
    { name: 'a verzoek om wijziging with unchanged products only, client in the gemeente on the Dagtekening', type: 'JW317', bericht: alleenOngewijzigd(), context: woont(woonplaats('0384', '2026-01-01')) },
  ],
  invalid: [
    { name: 'a verzoek om toewijzing for a client living elsewhere', type: 'JW315', bericht: verzoekOmToewijzing(), context: woont(woonplaats('0518', '2000-01-01')), paths: [PRODUCT(1), PRODUCT(2)] },
    {
      name: 'a second AangevraagdProduct wanted after the client moved away',
      type: 'JW315',
      bericht: verzoekOmToewijzing((b) => (b.Client.AangevraagdeProducten[1]!.ToewijzingIngangsdatum = '2023-08-01')),
      context: woont(woonplaats('0384', '2000-01-01', '2023-07-31'), woonplaats('0518', '2023-08-01')),
      paths: [PRODUCT(2)],
    },
    { name: 'a verzoek om wijziging for a client living elsewhere', type: 'JW317', bericht: voorbeeld('JW317'), context: woont(woonplaats('0363', '2000-01-01')), paths: [VERZOEK] },
    {
      name: 'a verzoek om wijziging whose new product starts after the client moved away',
      type: 'JW317',
      bericht: metTeWijzigen('2026-09-01'),
      context: woont(woonplaats('0384', '2000-01-01', '2026-10-31'), woonplaats('0363', '2026-11-01')),
      paths: [VERZOEK],
    },
    { name: 'unchanged products only, the client living elsewhere on the Dagtekening', type: 'JW317', bericht: alleenOngewijzigd(), context: woont(woonplaats('0518', '2025-01-01')), paths: [VERZOEK] },
  ],
});

describe('the woonplaatsbeginsel helper for the 319 builder', () => {
  const registers = (...w: ReturnType<typeof woonplaats>[]) => new InMemoryContext(woont(...w));

  it('gives the responsible gemeente per ReferentieAanbieder of a 315', () => {
    const b = verzoekOmToewijzing((v) => (v.Client.AangevraagdeProducten[1]!.ToewijzingIngangsdatum = '2023-08-01'));
    const r = registers(woonplaats('0384', '2000-01-01', '2023-07-31'), woonplaats('0518', '2023-08-01'));
    expect(verantwoordelijkeGemeente(b, '42420001', r)).toBeUndefined();
    expect(verantwoordelijkeGemeente(b, '42420002', r)).toBe('0518');
    expect(woonplaatsbeginsel(b, r)).toEqual([{ referentieAanbieder: '42420002', pad: '/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]', peildatum: '2023-08-01', gemeente: '0518' }]);
  });

  it('gives the responsible gemeente of a 317, on the earliest date the client lives elsewhere', () => {
    const b = metTeWijzigen('2026-09-01');
    const r = registers(woonplaats('0384', '2000-01-01', '2026-09-30'), woonplaats('0363', '2026-10-01', '2026-10-31'), woonplaats('0518', '2026-11-01'));
    expect(verantwoordelijkeGemeente(b, '9003', r)).toBe('0518');
    expect(verantwoordelijkeGemeente(b, 'andere-referentie', r)).toBeUndefined();
  });

  it('gives nothing when the register does not know the client', () => {
    expect(verantwoordelijkeGemeente(voorbeeld('JW317'), '9003', registers())).toBeUndefined();
  });

  it('findings say to answer with RedenAfwijzingVerzoek 8 and which gemeente, without the BSN', () => {
    const [f] = runRule(WP003, voorbeeld('JW317'), controlContext('JW317', woont(woonplaats('0363', '2000-01-01'))));
    expect(f?.message).toContain('RedenAfwijzingVerzoek 8');
    expect(f?.message).toContain('gemeente 0363 (Amsterdam)');
    expect(f?.message).toContain('gemeente 0384 (Diemen)');
    expect(f?.message).not.toContain(BSN);
    expect(WP003.appliesTo).toEqual(['JW315', 'JW317']);
  });
});
