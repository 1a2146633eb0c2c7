/**
 * The retour message of a heen message: 306 for a 305, 308 for a 307, 316 for a 315, 318 for a
 * 317; and, by the same construction, 302 for a 301 and 320 for a 319 (those the gemeente receives
 * rather than sends). One model-driven construction for all of them, as the standard derives the
 * retour's structure from its heen message (`retourVan` in the model).
 *
 * The standard's rules applied here (iJw/iWmo 3.2; IV028 "Hoe wordt een retourbericht opgesteld?",
 * IV032 "Welke retourcode moet gevuld worden in het retourbericht?", OP065, OP090):
 *
 * - One retour per received heen message (IV028, 1-op-1), sent within three working days of receipt
 *   (OP090; see `termijn.ts`). A message that is not XML or fails its schema gets no retour at all
 *   (controleniveau 1): that is a technical rejection outside the messages.
 * - The Header is always there. BerichtCode is the retour's own (`berichtcode(standaard, ...)`); every
 *   other element of the heen message's header, Afzender and Ontvanger included, is copied
 *   unchanged (IV028) - so a 306 keeps Afzender = the aanbieder's AGB code and Ontvanger = the
 *   gemeente, as its schema says. XsdVersie is the heen message's (its schema documents it as "de
 *   XSD's die zijn ingezet voor het opstellen van het heenbericht"); XsdVersieRetour is the version
 *   of the schemas this retour is made on, ours (`standaard.xsdVersie`, IV034). IdentificatieRetour
 *   and DagtekeningRetour come from the RetourKop. XsltVersie is left out unless given: it is
 *   mandatory only when a rejection rests on the standard's published XSLTs (IV028, IV033), and
 *   this pipeline checks its in-message rules with its own code.
 * - No errors: the retour is the Header only, without RetourCodes (IV028).
 * - An in-message rule failed (controleniveau 2, retourcode 0001): Header only, RetourCodes 0001
 *   (IV028, IV032). A 0001 given on any part of the beoordeling is such a failure too.
 * - A cross-message or external-source rule failed on the Header (controleniveau 3/4, e.g. 9056
 *   TR056, 8848 TR135, S300 TR378): Header only, with that rule's retourcode. The parts are not
 *   judged then.
 * - A rule failed on one or more berichtklassen about a Client: the Header gets 0200, and the Client
 *   is returned with all its berichtklassen copied unchanged, each with RetourCodes (IV028):
 *   the failed rule's retourcode(s) where a fault was found; 0233 ("niet beoordeeld") where the
 *   beoordeling says the class was not judged (only the control knows that: it gives 0233 itself);
 *   0200 ("geen opmerking") on every other class. List classes (StartProducten, ...) carry no
 *   RetourCodes; every other class does (the retour schemas require it).
 * - OP065: a retour holds only clients some berichtklasse of which was rejected. In release 3.2
 *   these messages hold exactly one Client (one Antwoord in a 319), so that client is returned
 *   whole when anything about it was rejected, and not at all otherwise.
 * - IV032: a fault found at controleniveau 3 or 4 rejects the message as a whole; the retour's part
 *   codes say where and why.
 *
 * Interpretations: codes in the beoordeling are taken per class instance; a code given on an element
 * path belongs to the class holding that element, a code on `/Bericht/Header/...` or `/Bericht` to
 * the Header. 0200 and 0233 never count as a rejection: a beoordeling with nothing but those is an
 * accepted message. Every code must be in the standard's WJ001 list (the schemas enumerate it); a
 * path that names no part of the message, or an unknown code, makes the builder refuse rather than
 * drop a finding.
 */
import type { Beoordeling, RetourKop } from '../decide/beoordeling.js';
import type { Berichten } from '../standard/berichten.generated.js';
import { berichtsoorten } from '../standard/catalogue.js';
import { berichtmodellen, elementenVan, isLijstklasse, type Klasse } from '../standard/model/berichten.js';
import { berichtcode, type Standaard } from '../standard/standaard.js';
import { BERICHT, instanties, wijsToe } from './delen.js';
import { eigenXsdVersie, kopFout, type RetourOpties } from './kop.js';
import { gelukt, geweigerd, type RetourResultaat } from './resultaat.js';
import {
  afkeurcodes,
  GEEN_OPMERKING,
  NIET_BEOORDEELD,
  onbekendeRetourcodes,
  retourCodes,
  TECHNISCH_AFGEKEURD,
} from './retourcodes.js';

/** The retour of each heen message this construction serves (the 323's is the 325: see `declaratie-antwoord.ts`). */
export const retourNummers = { '301': '302', '305': '306', '307': '308', '315': '316', '317': '318', '319': '320' } as const;

export type HeenMetRetour = keyof typeof retourNummers;
export type RetourNummer<N extends HeenMetRetour> = (typeof retourNummers)[N];

type Obj = Record<string, unknown>;

/** The RetourCodes of one class instance from the codes the beoordeling gave it. */
export function klassecodes(codes: readonly string[] = []): string[] {
  const afkeur = afkeurcodes(codes);
  if (afkeur.length > 0) return afkeur;
  return codes.includes(NIET_BEOORDEELD) ? [NIET_BEOORDEELD] : [GEEN_OPMERKING];
}

export function buildRetour<N extends HeenMetRetour>(
  s: Standaard,
  nummer: N,
  heen: Berichten[N],
  beoordeling: Beoordeling,
  kop: RetourKop,
  opties: RetourOpties = {},
): RetourResultaat<Berichten[RetourNummer<N>]> {
  type R = Berichten[RetourNummer<N>];
  const soort = berichtsoorten[nummer].omschrijving.toLowerCase();
  const fout = kopFout(kop, opties);
  if (fout) return geweigerd<R>('ongeldige-invoer', fout);
  if ((beoordeling.declaratie?.length ?? 0) > 0 || (beoordeling.prestaties?.size ?? 0) > 0) {
    return geweigerd<R>('ongeldige-invoer', `De beoordeling bevat een declaratiebeslissing, maar het bericht is een ${soort}.`);
  }

  const model = berichtmodellen[nummer];
  const alle = instanties(s.id, model.root, heen);
  const t = wijsToe(beoordeling.delen, alle, s.id);
  if (t.onbekend.length > 0) {
    return geweigerd<R>('ongeldige-invoer', `De beoordeling noemt ${t.onbekend.length} onderdeel/onderdelen die niet in het bericht voorkomen.`, t.onbekend);
  }
  const alleCodes = [...beoordeling.header, ...t.header, ...[...t.perDeel.values()].flat()];
  const onbekend = onbekendeRetourcodes(alleCodes, s.id);
  if (onbekend.length > 0) {
    return geweigerd<R>('ongeldige-invoer', `Retourcode(s) ${onbekend.join(', ')} komen niet voor in de retourcodelijst (WJ001) van ${s.id}.`);
  }

  const retourNummer = retourNummers[nummer];
  const header: Obj = {
    ...structuredClone(heen.Header),
    BerichtCode: berichtcode(s, retourNummer),
    IdentificatieRetour: kop.identificatie,
    DagtekeningRetour: kop.dagtekening,
    ...(opties.xsltVersie !== undefined ? { XsltVersie: opties.xsltVersie } : {}),
    XsdVersieRetour: eigenXsdVersie(s),
  };

  // Rejected as a whole: an in-message rule (0001, anywhere) or a rule on the header.
  const headerAfkeur = afkeurcodes([...beoordeling.header, ...t.header]);
  const technisch = alleCodes.includes(TECHNISCH_AFGEKEURD);
  if (technisch || headerAfkeur.length > 0) {
    const codes = technisch ? [TECHNISCH_AFGEKEURD, ...headerAfkeur.filter((c) => c !== TECHNISCH_AFGEKEURD)] : headerAfkeur;
    return gelukt({ Header: { ...header, RetourCodes: retourCodes(codes) } } as unknown as R);
  }

  // Accepted: the header alone, without codes.
  const afgekeurd = [...t.perDeel.values()].some((codes) => afkeurcodes(codes).length > 0);
  if (!afgekeurd) return gelukt({ Header: header } as unknown as R);

  // Rejected in parts: the client (or antwoord) whole, every class with its codes.
  const kopieer = (k: Klasse, obj: Obj, pad: string): Obj => {
    const uit: Obj = {};
    for (const e of elementenVan(k, s.id)) {
      const v = obj[e.naam];
      if (v === undefined) continue;
      if (typeof e.type === 'string') uit[e.naam] = structuredClone(v);
      else if (isLijstklasse(e.type)) {
        const inner = e.type.elementen[0]!;
        uit[e.naam] = (v as Obj[]).map((item, i) => kopieer(inner.type as Klasse, item, `${pad}/${e.naam}/${inner.naam}[${i + 1}]`));
      } else if (e.max === 'unbounded') {
        uit[e.naam] = (v as Obj[]).map((item, i) => kopieer(e.type as Klasse, item, `${pad}/${e.naam}[${i + 1}]`));
      } else uit[e.naam] = kopieer(e.type, v as Obj, `${pad}/${e.naam}`);
    }
    uit.RetourCodes = retourCodes(klassecodes(t.perDeel.get(pad)));
    return uit;
  };
  const retour: Obj = { Header: { ...header, RetourCodes: retourCodes([GEEN_OPMERKING]) } };
  for (const e of elementenVan(model.root, s.id)) {
    const v = (heen as unknown as Obj)[e.naam];
    if (e.naam === 'Header' || v === undefined || typeof e.type === 'string') continue;
    retour[e.naam] = kopieer(e.type, v as Obj, `${BERICHT}/${e.naam}`);
  }
  return gelukt(retour as unknown as R);
}
