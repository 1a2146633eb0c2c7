import { describe, expect, it } from 'vitest';
import {
  afgewezenWegensWoonplaatsbeginsel,
  buildAntwoord,
  type VerzoekAntwoord,
  type Verzoeknummer,
} from '../../src/retour/antwoord.js';
import type { Bericht319, Berichten } from '../../src/standard/berichten.generated.js';
import { iJw, iWmo, type StandaardId } from '../../src/standard/standaard.js';
import { voorbeeldBericht } from '../berichten.js';
import { expectValide, heen, KOP, STANDAARDEN } from './heen.js';

const std = (s: StandaardId) => (s === 'iJw' ? iJw : iWmo);

function bouw<N extends Verzoeknummer>(s: StandaardId, nummer: N, verzoek: Berichten[N], a: VerzoekAntwoord, ref?: string): Bericht319 {
  const r = buildAntwoord(std(s), nummer, verzoek, a, KOP, ref);
  if (!r.ok) throw new Error(`refused: ${r.weigering.message}`);
  return r.bericht;
}

function weigering<N extends Verzoeknummer>(s: StandaardId, nummer: N, verzoek: Berichten[N], a: VerzoekAntwoord, ref?: string) {
  const r = buildAntwoord(std(s), nummer, verzoek, a, KOP, ref);
  expect(r.ok).toBe(false);
  return r.ok ? undefined : r.weigering;
}

for (const s of STANDAARDEN) {
  describe(`${s} 319`, () => {
    const verzoek = () => heen(s, '315');
    const tweedeRef = () => verzoek().Client.AangevraagdeProducten[1]!.ReferentieAanbieder;

    it('header: gemeente → aanbieder, BerichtCode of the 319, our own identification and XsdVersie', () => {
      const v = verzoek();
      const r = bouw(s, '315', v, { antwoord: 'in-onderzoek' }, tweedeRef());
      expect(r.Header).toEqual({
        BerichtCode: std(s).berichtcodes['319'],
        BerichtVersie: 3,
        BerichtSubversie: 2,
        Afzender: v.Header.Ontvanger,
        Ontvanger: v.Header.Afzender,
        BerichtIdentificatie: { Identificatie: KOP.identificatie, Dagtekening: KOP.dagtekening },
        XsdVersie: { BasisschemaXsdVersie: std(s).xsdVersie.basisschema, BerichtXsdVersie: std(s).xsdVersie.bericht },
      });
    });

    it('in onderzoek: VerzoekAntwoord 2 without a reden (CD086), for one aangevraagd product of a 315', () => {
      const r = bouw(s, '315', verzoek(), { antwoord: 'in-onderzoek' }, tweedeRef());
      expect(r.Antwoord).toEqual({ ReferentieAanbieder: tweedeRef(), VerzoekAntwoord: '2' });
      expectValide(s, '319', r);
    });

    it('afgewezen for another reason: VerzoekAntwoord 1 with the reden (CD085), no Woonplaatsbeginsel (TR409)', () => {
      const v = heen(s, '317');
      const r = bouw(s, '317', v, { antwoord: 'afgewezen', reden: '3' });
      expect(r.Antwoord).toEqual({ ReferentieAanbieder: v.Client.Verzoek.ReferentieAanbieder, VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '3' });
      expectValide(s, '319', r);
    });

    it('refuses a 315 with several aangevraagde producten when none is named, and a ReferentieAanbieder not in the verzoek (TR355)', () => {
      expect(weigering(s, '315', verzoek(), { antwoord: 'in-onderzoek' })?.reden).toBe('ongeldige-invoer');
      expect(weigering(s, '315', verzoek(), { antwoord: 'in-onderzoek' }, 'ONBEKEND')?.message).toMatch(/TR355/);
      expect(weigering(s, '317', heen(s, '317'), { antwoord: 'in-onderzoek' }, 'ONBEKEND')?.message).toMatch(/TR355/);
    });

    it('a 315 with a single ReferentieAanbieder needs none named', () => {
      const v = verzoek();
      v.Client.AangevraagdeProducten = [v.Client.AangevraagdeProducten[0]!];
      expect(bouw(s, '315', v, { antwoord: 'in-onderzoek' }).Antwoord.ReferentieAanbieder).toBe(v.Client.AangevraagdeProducten[0]!.ReferentieAanbieder);
    });

    it('refuses a reden that is not in the code list, and a Woonplaatsbeginsel gemeente with another reden (TR409)', () => {
      expect(weigering(s, '317', heen(s, '317'), { antwoord: 'afgewezen', reden: '99' })?.message).toMatch(/99/);
      expect(weigering(s, '317', heen(s, '317'), { antwoord: 'afgewezen', reden: '3', woonplaatsbeginselGemeente: '0344' })?.reden).toBe('ongeldige-invoer');
    });

    it('refuses a bad kop', () => {
      const r = buildAntwoord(std(s), '317', heen(s, '317'), { antwoord: 'in-onderzoek' }, { identificatie: '', dagtekening: '2026-11-20' });
      expect(r.ok).toBe(false);
    });
  });
}

describe('iJw 319 afgewezen wegens woonplaatsbeginsel', () => {
  it('reden 8 with the responsible gemeente in Woonplaatsbeginsel (TR377, IV095)', () => {
    const v = heen('iJw', '315');
    const ref = v.Client.AangevraagdeProducten[0]!.ReferentieAanbieder;
    const r = bouw('iJw', '315', v, afgewezenWegensWoonplaatsbeginsel('0344'), ref);
    expect(r.Antwoord).toEqual({ ReferentieAanbieder: ref, VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '8', Woonplaatsbeginsel: { Gemeente: '0344' } });
    expectValide('iJw', '319', r);
  });

  it('refuses reden 8 without a gemeente (TR377), a gemeente that is no CBS code, and the sending gemeente itself', () => {
    const v = heen('iJw', '317');
    expect(weigering('iJw', '317', v, afgewezenWegensWoonplaatsbeginsel())?.message).toMatch(/TR377/);
    expect(weigering('iJw', '317', v, afgewezenWegensWoonplaatsbeginsel('344'))?.reden).toBe('ongeldige-invoer');
    expect(weigering('iJw', '317', v, afgewezenWegensWoonplaatsbeginsel(v.Header.Ontvanger))?.reden).toBe('ongeldige-invoer');
  });

  it('rebuilds the standard\'s JW319 example from the JW317 example', () => {
    const voorbeeld = voorbeeldBericht('JW319');
    const r = buildAntwoord(iJw, '317', voorbeeldBericht('JW317'), afgewezenWegensWoonplaatsbeginsel(voorbeeld.Antwoord.Woonplaatsbeginsel!.Gemeente), {
      identificatie: voorbeeld.Header.BerichtIdentificatie.Identificatie,
      dagtekening: voorbeeld.Header.BerichtIdentificatie.Dagtekening,
    });
    expect(r.ok).toBe(true);
    // The example writes XsdVersie 1.0.0; the published iJw schemas declare 0.1.0, which is ours.
    if (r.ok) expect({ ...r.bericht, Header: { ...r.bericht.Header, XsdVersie: voorbeeld.Header.XsdVersie } }).toEqual(voorbeeld);
  });
});

describe('iWmo 319 and the woonplaatsbeginsel', () => {
  it('reden 8 goes without a Woonplaatsbeginsel class, which iWmo does not have', () => {
    const r = bouw('iWmo', '317', heen('iWmo', '317'), afgewezenWegensWoonplaatsbeginsel());
    expect(r.Antwoord).toEqual({ ReferentieAanbieder: '9003', VerzoekAntwoord: '1', RedenAfwijzingVerzoek: '8' });
    expectValide('iWmo', '319', r);
  });

  it('refuses a gemeente for the woonplaatsbeginsel', () => {
    expect(weigering('iWmo', '317', heen('iWmo', '317'), afgewezenWegensWoonplaatsbeginsel('0344'))?.message).toMatch(/iWmo/);
  });

  it('rebuilds the standard\'s WMO319 example from the WMO317 example', () => {
    const voorbeeld = voorbeeldBericht('WMO319');
    const r = buildAntwoord(iWmo, '317', voorbeeldBericht('WMO317'), { antwoord: 'afgewezen', reden: voorbeeld.Antwoord.RedenAfwijzingVerzoek! }, {
      identificatie: voorbeeld.Header.BerichtIdentificatie.Identificatie,
      dagtekening: voorbeeld.Header.BerichtIdentificatie.Dagtekening,
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.bericht).toEqual(voorbeeld);
  });
});
