/**
 * The 319 antwoordbericht (gemeente → aanbieder) on a 315 verzoek om toewijzing or a 317 verzoek om
 * wijziging, for the answers that are not a toewijzing: "verzoek afgewezen" (with its reason, the
 * woonplaatsbeginsel among them) and "aanvraag in onderzoek".
 *
 * The standard's rules applied here (iJw/iWmo 3.2):
 * - VerzoekAntwoord (WJ760): 1 = Verzoek afgewezen, 2 = Aanvraag in onderzoek.
 * - CD085: VerzoekAntwoord 1 → RedenAfwijzingVerzoek filled; CD086: VerzoekAntwoord 2 → left out.
 * - RedenAfwijzingVerzoek (WJ759): 8 = Woonplaatsbeginsel. In iJw, reden 8 requires the class
 *   Woonplaatsbeginsel with the Gemeente that, in the gemeente's view, is responsible (TR377,
 *   IV095, OP359); any other reden leaves the class out (TR409). iWmo has no Woonplaatsbeginsel
 *   class: reden 8 goes without a gemeente there.
 * - ReferentieAanbieder is that of the verzoek answered (TR355): for a 315 the ReferentieAanbieder
 *   of one AangevraagdProduct (the gemeente answers per aangevraagd product, OP274/OP344), for a
 *   317 the Verzoek's (answered as a whole, OP344).
 * - Header: BerichtCode of the 319, BerichtVersie/Subversie of the release, Afzender = the gemeente
 *   (the verzoek's Ontvanger), Ontvanger = the aanbieder (the verzoek's Afzender),
 *   BerichtIdentificatie from the kop, XsdVersie = ours (IV034).
 * - Deadlines, for the caller: an answer (toewijzing or 319) within 5 working days of a verzoek
 *   (OP274, OP346); after "in onderzoek" a final answer within 8 weeks of the verzoek's dagtekening;
 *   a woonplaatsbeginsel rejection within the legal term of 2 weeks (OP359). Only one 319 "in
 *   onderzoek" per ReferentieAanbieder (TR360), and none after a toewijzing (TR359): those need the
 *   gemeente's earlier messages and are checked by the control, not here.
 *
 * Interpretations: a Gemeente for the woonplaatsbeginsel must be a CBS code (4 digits) other than the
 * sending gemeente itself. A 315 with one ReferentieAanbieder among its products needs none to be
 * named; with several, the caller names the one answered.
 */
import type { RetourKop } from '../decide/beoordeling.js';
import type { Bericht315, Bericht317, Bericht319, Berichten } from '../standard/berichten.generated.js';
import { betekenis } from '../standard/codes.js';
import { berichtcode, type Standaard } from '../standard/standaard.js';
import { eigenXsdVersie, kopFout } from './kop.js';
import { gelukt, geweigerd, type RetourResultaat } from './resultaat.js';

/** WJ760 VerzoekAntwoord. */
export const VERZOEK_AFGEWEZEN = '1';
export const AANVRAAG_IN_ONDERZOEK = '2';
/** WJ759 RedenAfwijzingVerzoek 8. */
export const REDEN_WOONPLAATSBEGINSEL = '8';

export type VerzoekAntwoord =
  | {
      readonly antwoord: 'afgewezen';
      /** RedenAfwijzingVerzoek (WJ759). */
      readonly reden: string;
      /** iJw, reden 8: the CBS code of the gemeente that is responsible (TR377, IV095). */
      readonly woonplaatsbeginselGemeente?: string;
    }
  | { readonly antwoord: 'in-onderzoek' };

export type Verzoeknummer = '315' | '317';

/** "Afgewezen wegens woonplaatsbeginsel": the reden 8 answer, with the responsible gemeente in iJw. */
export function afgewezenWegensWoonplaatsbeginsel(gemeente?: string): VerzoekAntwoord {
  return { antwoord: 'afgewezen', reden: REDEN_WOONPLAATSBEGINSEL, ...(gemeente !== undefined ? { woonplaatsbeginselGemeente: gemeente } : {}) };
}

function referenties(nummer: Verzoeknummer, verzoek: Bericht315 | Bericht317): string[] {
  return nummer === '315'
    ? [...new Set((verzoek as Bericht315).Client.AangevraagdeProducten.map((p) => p.ReferentieAanbieder))]
    : [(verzoek as Bericht317).Client.Verzoek.ReferentieAanbieder];
}

export function buildAntwoord<N extends Verzoeknummer>(
  s: Standaard,
  nummer: N,
  verzoek: Berichten[N],
  antwoord: VerzoekAntwoord,
  kop: RetourKop,
  referentieAanbieder?: string,
): RetourResultaat<Bericht319> {
  const fout = kopFout(kop);
  if (fout) return geweigerd('ongeldige-invoer', fout);

  const bekend = referenties(nummer, verzoek);
  const referentie = referentieAanbieder ?? (bekend.length === 1 ? bekend[0] : undefined);
  if (referentie === undefined) {
    return geweigerd('ongeldige-invoer', 'Het verzoek bevat meerdere aangevraagde producten: noem de ReferentieAanbieder van het product dat wordt beantwoord.');
  }
  if (!bekend.includes(referentie)) {
    return geweigerd('ongeldige-invoer', 'De ReferentieAanbieder komt niet voor in het verzoek dat wordt beantwoord (TR355).');
  }

  const gemeente = verzoek.Header.Ontvanger;
  let inhoud: Bericht319['Antwoord'];
  if (antwoord.antwoord === 'in-onderzoek') {
    inhoud = { ReferentieAanbieder: referentie, VerzoekAntwoord: AANVRAAG_IN_ONDERZOEK };
  } else {
    if (betekenis('RedenAfwijzingVerzoek', s.id, antwoord.reden) === undefined) {
      return geweigerd('ongeldige-invoer', `Reden van afwijzing ${antwoord.reden} komt niet voor in de codelijst RedenAfwijzingVerzoek.`);
    }
    const woonplaats = antwoord.woonplaatsbeginselGemeente;
    if (s.id === 'iWmo' && woonplaats !== undefined) {
      return geweigerd('ongeldige-invoer', 'iWmo kent geen klasse Woonplaatsbeginsel: een afwijzing in de Wmo noemt geen andere gemeente.');
    }
    if (s.id === 'iJw' && antwoord.reden === REDEN_WOONPLAATSBEGINSEL && woonplaats === undefined) {
      return geweigerd('ongeldige-invoer', 'Bij afwijzing wegens het woonplaatsbeginsel moet de verantwoordelijke gemeente worden genoemd (TR377).');
    }
    if (antwoord.reden !== REDEN_WOONPLAATSBEGINSEL && woonplaats !== undefined) {
      return geweigerd('ongeldige-invoer', 'Alleen bij afwijzing wegens het woonplaatsbeginsel wordt een gemeente genoemd (TR409).');
    }
    if (woonplaats !== undefined && !/^[0-9]{4}$/.test(woonplaats)) {
      return geweigerd('ongeldige-invoer', 'De verantwoordelijke gemeente moet een CBS-gemeentecode van 4 cijfers zijn.');
    }
    if (woonplaats !== undefined && woonplaats === gemeente) {
      return geweigerd('ongeldige-invoer', 'Bij afwijzing wegens het woonplaatsbeginsel is de verantwoordelijke gemeente een andere dan de afzender.');
    }
    inhoud = {
      ReferentieAanbieder: referentie,
      VerzoekAntwoord: VERZOEK_AFGEWEZEN,
      RedenAfwijzingVerzoek: antwoord.reden,
      ...(woonplaats !== undefined ? { Woonplaatsbeginsel: { Gemeente: woonplaats } } : {}),
    };
  }

  return gelukt({
    Header: {
      BerichtCode: berichtcode(s, '319'),
      BerichtVersie: s.release.berichtVersie,
      BerichtSubversie: s.release.berichtSubversie,
      Afzender: gemeente,
      Ontvanger: verzoek.Header.Afzender,
      BerichtIdentificatie: { Identificatie: kop.identificatie, Dagtekening: kop.dagtekening },
      XsdVersie: eigenXsdVersie(s),
    },
    Antwoord: inhoud,
  });
}
