/**
 * The 325 declaratie-antwoord (gemeente → aanbieder) on a 323 declaratie.
 *
 * The standard's rules applied here (iJw/iWmo 3.2; IV087 "Hoe wordt een declaratie-antwoordbericht
 * opgesteld?", IV088 "Welke retourcode moet gevuld worden in het declaratie-antwoordbericht?",
 * TR342, OP303, OP304, CS325, TR337, TR371, TR376, OP090x4):
 *
 * - One 325 per 323 (IV087, 1-op-1), within ten working days of receipt, also when everything is
 *   granted (OP090x4; see `termijn.ts`). A 323 that is not XML or fails its schema gets no 325.
 * - Header: BerichtCode of the 325 (`berichtcode(standaard, ...)`), BerichtVersie/Subversie of the
 *   release, Afzender = the gemeente (the 323's Ontvanger), Ontvanger = the aanbieder (the 323's
 *   Afzender), BerichtIdentificatie from the RetourKop, XsdVersie = ours (`standaard.xsdVersie`,
 *   IV034). DeclaratieIdentificatie = the 323's BerichtIdentificatie (IV087, TR337);
 *   XsdVersieDeclaratie = the 323's XsdVersie (TR371). XsltVersie only when given (IV087: mandatory
 *   when a rejection rests on the standard's XSLTs, which this pipeline does not use). The Header's
 *   RetourCodes is required by the schema: 0200 whenever a DeclaratieAntwoord follows.
 * - An in-message rule failed (0001, given anywhere) or a rule on the Header failed (9056, 8848,
 *   S300, ...): Header only, with those codes (IV087, IV088). The declaratie counts as not sent.
 * - A rule failed on the Declaratie class itself (e.g. 9333, TR333 DeclaratieNummer not unique;
 *   given in `beoordeling.declaratie` or on a `/Bericht/Declaratie[/...]` path outside the clients):
 *   Header 0200; DeclaratieAntwoord with DeclaratieNummer, TotaalIngediendBedrag copied from the
 *   323, TotaalToegekendBedrag 0 D and that retourcode; no Clienten: the prestaties are not judged
 *   and not included (IV087, TR342).
 * - Otherwise the prestaties are judged, wholly granted or wholly rejected (IV087: "Prestaties worden
 *   altijd volledig goed of volledig afgekeurd"):
 *   - a fault on a Client (its path or an element of it): the Client gets that retourcode and all
 *     its prestaties are returned with 0233, not judged (IV087), whatever else was said of them;
 *   - a fault on a Prestatie (status `afgewezen`, or retourcodes on its path): the Prestatie is
 *     returned, copied unchanged from the 323, with its retourcode(s); its Client comes along with
 *     0200 (IV087);
 *   - granted prestaties are not in the 325 (TR342, OP303); clients with no rejected prestatie are
 *     left out (OP304);
 *   - TotaalToegekendBedrag = the sum of the granted prestaties' IngediendBedrag, debet minus credit
 *     (IV087), so that SOM(returned IngediendBedrag) = TotaalIngediendBedrag - TotaalToegekendBedrag
 *     (TR342); the DeclaratieAntwoord gets 0200 (also when every prestatie is rejected);
 *   - nothing rejected: DeclaratieAntwoord with 8001 ("Declaratie is volledig toegewezen"), both
 *     totals equal to the 323's TotaalIngediendBedrag, no Clienten; Header 0200 (IV087).
 * - Totals carry D or C by their sign; zero is D (CS325). Amounts are integer eurocents throughout.
 * - A prestatie `in-onderzoek` has no decision yet: the 325 cannot be built until it has one
 *   (unless the prestatie is not judged anyway because its client or the declaratie is rejected).
 *
 * Interpretations: a prestatie with a decision `toegekend` must not also carry rejecting codes,
 * and its toegekendBedrag must equal its IngediendBedrag (unsigned, as it is sent); an `afgewezen`
 * one must carry at least one retourcode and a toegekendBedrag of 0. A prestatie with neither a
 * decision nor codes is granted. 0233 given on a prestatie means it was not judged, and so not
 * granted. The builder refuses a 323 whose TotaalIngediendBedrag is not the sum of its prestaties
 * (that 323 fails TR358, an in-message rule: its answer is a header with 0001). IV085 (a credit
 * prestatie can only be rejected technically) is a matter for the decision, not checked here.
 */
import type { Beoordeling, RetourKop } from '../decide/beoordeling.js';
import type { Bericht323, Bericht325, Client325, Prestatie323, Prestatie325 } from '../standard/berichten.generated.js';
import { berichtmodellen } from '../standard/model/berichten.js';
import { berichtcode, type Standaard } from '../standard/standaard.js';
import { alsTotaal, centen, totaalCenten } from './bedrag.js';
import { instanties, wijsToe } from './delen.js';
import { eigenXsdVersie, kopFout, type RetourOpties } from './kop.js';
import { gelukt, geweigerd, type RetourResultaat } from './resultaat.js';
import {
  afkeurcodes,
  GEEN_OPMERKING,
  NIET_BEOORDEELD,
  onbekendeRetourcodes,
  retourCodes,
  TECHNISCH_AFGEKEURD,
  VOLLEDIG_TOEGEWEZEN,
} from './retourcodes.js';

const DECLARATIE = '/Bericht/Declaratie';

/** The codes that refuse a prestatie (or client): its rejecting codes, or 0233 when it was not judged. */
function afwijzing(codes: readonly string[] = []): string[] {
  const afkeur = afkeurcodes(codes);
  if (afkeur.length > 0) return afkeur;
  return codes.includes(NIET_BEOORDEELD) ? [NIET_BEOORDEELD] : [];
}

export function buildDeclaratieAntwoord(
  s: Standaard,
  heen: Bericht323,
  beoordeling: Beoordeling,
  kop: RetourKop,
  opties: RetourOpties = {},
): RetourResultaat<Bericht325> {
  const fout = kopFout(kop, opties);
  if (fout) return geweigerd('ongeldige-invoer', fout);

  const alle = instanties(s.id, berichtmodellen['323'].root, heen);
  const t = wijsToe(beoordeling.delen, alle, s.id);
  const beslissingen = beoordeling.prestaties ?? new Map();
  const geenPrestatie = [...beslissingen.keys()].filter((pad) => alle.get(pad)?.klasse.naam !== 'Prestatie');
  const onbekendePaden = [...t.onbekend, ...geenPrestatie];
  if (onbekendePaden.length > 0) {
    return geweigerd('ongeldige-invoer', `De beoordeling noemt ${onbekendePaden.length} onderdeel/onderdelen die niet in de declaratie voorkomen.`, onbekendePaden);
  }
  const alleCodes = [...beoordeling.header, ...(beoordeling.declaratie ?? []), ...t.header, ...[...t.perDeel.values()].flat()];
  const onbekend = onbekendeRetourcodes(alleCodes, s.id);
  if (onbekend.length > 0) {
    return geweigerd('ongeldige-invoer', `Retourcode(s) ${onbekend.join(', ')} komen niet voor in de retourcodelijst (WJ001) van ${s.id}.`);
  }

  const header = {
    BerichtCode: berichtcode(s, '325'),
    BerichtVersie: s.release.berichtVersie,
    BerichtSubversie: s.release.berichtSubversie,
    Afzender: heen.Header.Ontvanger,
    Ontvanger: heen.Header.Afzender,
    BerichtIdentificatie: { Identificatie: kop.identificatie, Dagtekening: kop.dagtekening },
    XsdVersie: eigenXsdVersie(s),
    DeclaratieIdentificatie: structuredClone(heen.Header.BerichtIdentificatie),
    ...(opties.xsltVersie !== undefined ? { XsltVersie: opties.xsltVersie } : {}),
    XsdVersieDeclaratie: structuredClone(heen.Header.XsdVersie),
  };

  // Rejected as a whole: header only.
  const headerAfkeur = afkeurcodes([...beoordeling.header, ...t.header]);
  if (alleCodes.includes(TECHNISCH_AFGEKEURD) || headerAfkeur.length > 0) {
    const codes = alleCodes.includes(TECHNISCH_AFGEKEURD)
      ? [TECHNISCH_AFGEKEURD, ...headerAfkeur.filter((c) => c !== TECHNISCH_AFGEKEURD)]
      : headerAfkeur;
    return gelukt({ Header: { ...header, RetourCodes: retourCodes(codes) } });
  }

  const kop325 = { ...header, RetourCodes: retourCodes([GEEN_OPMERKING]) };
  const declaratie = heen.Declaratie;
  const ingediend = structuredClone(declaratie.TotaalIngediendBedrag);

  // Rejected at the Declaratie: no prestatie judged, nothing granted.
  const declaratieAfkeur = afkeurcodes([...(beoordeling.declaratie ?? []), ...(t.perDeel.get(DECLARATIE) ?? [])]);
  if (declaratieAfkeur.length > 0) {
    return gelukt({
      Header: kop325,
      DeclaratieAntwoord: {
        DeclaratieNummer: declaratie.DeclaratieNummer,
        TotaalIngediendBedrag: ingediend,
        TotaalToegekendBedrag: alsTotaal(0),
        RetourCodes: retourCodes(declaratieAfkeur),
      },
    });
  }

  // Judged per prestatie.
  const inOnderzoek: string[] = [];
  const strijdig: string[] = [];
  const clienten: Client325[] = [];
  let som = 0;
  let toegekend = 0;
  declaratie.Clienten.forEach((client, ci) => {
    const clientPad = `${DECLARATIE}/Clienten/Client[${ci + 1}]`;
    const clientAfwijzing = afwijzing(t.perDeel.get(clientPad));
    const afgewezen: Prestatie325[] = [];
    client.Prestaties.forEach((p: Prestatie323, pi) => {
      const pad = `${clientPad}/Prestaties/Prestatie[${pi + 1}]`;
      som += centen(p.IngediendBedrag);
      if (clientAfwijzing.length > 0) {
        afgewezen.push({ ...structuredClone(p), RetourCodes: retourCodes([NIET_BEOORDEELD]) });
        return;
      }
      const codes = afwijzing(t.perDeel.get(pad));
      const besluit = beslissingen.get(pad);
      if (besluit?.status === 'in-onderzoek') {
        inOnderzoek.push(pad);
      } else if (besluit?.status === 'afgewezen' || (besluit === undefined && codes.length > 0)) {
        if (codes.length === 0 || (besluit !== undefined && besluit.toegekendBedrag !== 0)) strijdig.push(pad);
        else afgewezen.push({ ...structuredClone(p), RetourCodes: retourCodes(codes) });
      } else {
        if (codes.length > 0 || (besluit !== undefined && besluit.toegekendBedrag !== p.IngediendBedrag.Bedrag)) strijdig.push(pad);
        else toegekend += centen(p.IngediendBedrag);
      }
    });
    if (afgewezen.length > 0) {
      clienten.push({
        Bsn: client.Bsn,
        Prestaties: afgewezen,
        RetourCodes: retourCodes(clientAfwijzing.length > 0 ? clientAfwijzing : [GEEN_OPMERKING]),
      });
    }
  });

  if (inOnderzoek.length > 0) {
    return geweigerd(
      'in-onderzoek',
      `Het declaratie-antwoord kan nog niet worden gemaakt: ${inOnderzoek.length === 1 ? '1 prestatie is' : `${inOnderzoek.length} prestaties zijn`} nog in onderzoek.`,
      inOnderzoek,
    );
  }
  if (strijdig.length > 0) {
    return geweigerd(
      'ongeldige-invoer',
      'Een prestatie wordt volledig toegekend of volledig afgewezen: een afgewezen prestatie heeft een retourcode en een toegekend bedrag 0, ' +
        'een toegekende prestatie geen retourcode en een toegekend bedrag gelijk aan het ingediende bedrag.',
      strijdig,
    );
  }
  if (som !== totaalCenten(declaratie.TotaalIngediendBedrag)) {
    return geweigerd(
      'ongeldige-invoer',
      'Het totaal ingediende bedrag van de declaratie is niet gelijk aan de som van de prestaties (TR358); zo\'n declaratie krijgt een antwoord met alleen retourcode 0001.',
      [`${DECLARATIE}/TotaalIngediendBedrag`],
    );
  }

  return gelukt({
    Header: kop325,
    DeclaratieAntwoord: {
      DeclaratieNummer: declaratie.DeclaratieNummer,
      TotaalIngediendBedrag: ingediend,
      TotaalToegekendBedrag: alsTotaal(toegekend),
      ...(clienten.length > 0 ? { Clienten: clienten } : {}),
      RetourCodes: retourCodes([clienten.length > 0 ? GEEN_OPMERKING : VOLLEDIG_TOEGEWEZEN]),
    },
  });
}
