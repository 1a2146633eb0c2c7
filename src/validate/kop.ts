/**
 * Who sent a message to whom, and how it identifies itself: what the pipeline records of every
 * message's header (sender, receiver, Identificatie, Dagtekening; TR056 keeps the identification
 * unique per sender and message type). Every message of release 3.2 has Afzender, Ontvanger and
 * BerichtIdentificatie; the legacy 303 of release 3.0 names its parties Aanbieder and Gemeente and is
 * identified by its factuur: DeclarantFactuurNummer and FactuurDagtekening.
 */
import type { Bericht303, Berichten } from '../standard/berichten.generated.js';
import type { Berichtnummer } from '../standard/model/berichten.js';

export interface Berichtkop {
  readonly afzender: string;
  readonly ontvanger: string;
  readonly identificatie: string;
  readonly dagtekening: string;
  /** Where the Identificatie is, for a finding about it (TR056). */
  readonly identificatiePad: string;
}

interface Kop32 {
  readonly Header: {
    readonly Afzender: string;
    readonly Ontvanger: string;
    readonly BerichtIdentificatie: { readonly Identificatie: string; readonly Dagtekening: string };
  };
}

export function berichtkop(nummer: Berichtnummer, bericht: Berichten[Berichtnummer]): Berichtkop {
  if (nummer === '303') {
    const h = (bericht as Bericht303).Header;
    const id = h.DeclaratieFactuurIdentificatie;
    return {
      afzender: h.Aanbieder,
      ontvanger: h.Gemeente,
      identificatie: id.DeclarantFactuurNummer,
      dagtekening: id.FactuurDagtekening,
      identificatiePad: '/Bericht/Header/DeclaratieFactuurIdentificatie/DeclarantFactuurNummer',
    };
  }
  const h = (bericht as unknown as Kop32).Header;
  return {
    afzender: h.Afzender,
    ontvanger: h.Ontvanger,
    identificatie: h.BerichtIdentificatie.Identificatie,
    dagtekening: h.BerichtIdentificatie.Dagtekening,
    identificatiePad: '/Bericht/Header/BerichtIdentificatie/Identificatie',
  };
}
