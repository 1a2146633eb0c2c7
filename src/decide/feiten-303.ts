/**
 * The facts a decided legacy 303 (declaratie/factuur of release 3.0) establishes, in the shape of the
 * 323's (`declaratieFeiten`), so that its prestaties are stored beside the 323's and count in the
 * figures of their years (KPIs, budget realisation) as any declaratie does. Pure.
 *
 * - declaratie: DeclaratieNummer ← DeclarantFactuurNummer, the period ← DeclaratiePeriode,
 *   DeclaratieDagtekening ← FactuurDagtekening, the total ← DeclaratieFactuurTotaalBedrag (signed);
 * - prestatie: its amount is the DeclaratieFactuurBedrag (what is declared or invoiced: on a factuur
 *   BTW included), GeleverdVolume, Eenheid and ProductTarief from IngediendeBedragPrestatie;
 *   ToewijzingNummer its own, or the toewijzing it was linked to (`toewijzingNummers303`), else
 *   `GEEN_TOEWIJZING` (only a rejected prestatie can be linked to none);
 * - BTW is kept beside it: whether it is a factuur, the BTW total and per prestatie the BTW amount
 *   and percentage, so that figures can be made with or without BTW. The repository stores the
 *   323's columns; the BTW fields are there for whoever records them.
 */
import { GEEN_TOEWIJZING } from '../control/koppeling-303.js';
import { prestaties303 } from '../rules/paden.js';
import type { Bericht303 } from '../standard/berichten.generated.js';
import { alleStandaarden } from '../standard/standaard.js';
import type { Beoordeling, PrestatieStatus } from './beoordeling.js';
import type { DeclaratieFeiten } from './feiten.js';

/** The BerichtCodes of the factuur variant of the 303 (with BTW): iWmo 448, iJw 450. */
export const FACTUURCODES_303: ReadonlySet<string> = new Set(alleStandaarden.flatMap((s) => s.factuurcodes?.['303'] ?? []));

export interface DeclaratieFeiten303 extends DeclaratieFeiten {
  readonly declaratie: DeclaratieFeiten['declaratie'] & {
    /** BerichtCode 448/450: a factuur (with BTW), not a declaratie. */
    readonly factuur: boolean;
    /** COD833: who is to be paid (01 servicebureau, 02 zorgverlener, ...). */
    readonly betalingAan: string;
    readonly servicebureau?: string;
    /** Eurocents, signed (credit negative); absent when the 303 gives none. */
    readonly btwTotaal?: number;
  };
  readonly prestaties: (DeclaratieFeiten['prestaties'][number] & {
    readonly beschikkingNummer?: number;
    /** The ToewijzingNummer was not in the 303 but derived from the gemeente's toewijzingen. */
    readonly toewijzingAfgeleid: boolean;
    /** Eurocents, signed (credit negative); part of `bedrag`. */
    readonly btwBedrag?: number;
    /** Hundredths of a percent (2100 = 21%). */
    readonly btwPercentage?: number;
  })[];
}

const signed = (bedrag: number, debetCredit: string): number => (debetCredit === 'C' ? -bedrag : bedrag);

/**
 * TR314 duplicates (a ReferentieNummer used before or earlier in this message) are marked, never
 * facts. For the 303 the codes of a part are retourcodes where the rule has one, else rule codes
 * (`beoordeel`): LG001 is recorded as `LG001`.
 */
export function declaratieFeiten303(
  b: Bericht303,
  beoordeling: Beoordeling,
  toewijzingNummers: ReadonlyMap<string, number> = new Map(),
  tr314Codes = ['8021'],
): DeclaratieFeiten303 {
  const h = b.Header;
  const id = h.DeclaratieFactuurIdentificatie;
  const gemeente = h.Gemeente;
  const agb = h.Aanbieder;
  const totaal = h.DeclaratieFactuurBedragen.DeclaratieFactuurTotaalBedrag;
  const btwTotaal = h.DeclaratieFactuurBedragen.BtwTotaalBedrag;
  return {
    declaratie: {
      gemeente,
      agb,
      declaratieNummer: id.DeclarantFactuurNummer,
      periodeBegin: id.DeclaratiePeriode.Begindatum,
      periodeEind: id.DeclaratiePeriode.Einddatum,
      declaratieDagtekening: id.FactuurDagtekening,
      totaalIngediend: signed(totaal.TotaalBedrag, totaal.DebetCredit),
      factuur: FACTUURCODES_303.has(h.BerichtCode),
      betalingAan: h.BetalingAanID,
      ...(h.Servicebureau !== undefined ? { servicebureau: h.Servicebureau } : {}),
      ...(btwTotaal ? { btwTotaal: signed(btwTotaal.TotaalBedrag, btwTotaal.DebetCredit) } : {}),
    },
    prestaties: [...prestaties303(b)].map(({ item: p, client, pad }) => {
      const besluit = beoordeling.prestaties?.get(pad) ?? { status: 'afgewezen' as PrestatieStatus, toegekendBedrag: 0 };
      const codes = [
        ...beoordeling.header,
        ...(beoordeling.declaratie ?? []),
        ...(beoordeling.delen.get(pad.slice(0, pad.indexOf('/Prestaties/'))) ?? []),
        ...(beoordeling.delen.get(pad) ?? []),
      ];
      const bedrag = p.IngediendeBedragPrestatie;
      const afgeleid = p.ToewijzingNummer === undefined ? toewijzingNummers.get(pad) : undefined;
      return {
        agb,
        gemeente,
        bsn: client.Bsn,
        referentieNummer: p.ProductReferentie.ReferentieNummer,
        vorigReferentieNummer: p.ProductReferentie.VorigReferentieNummer,
        toewijzingNummer: p.ToewijzingNummer ?? afgeleid ?? GEEN_TOEWIJZING,
        toewijzingAfgeleid: afgeleid !== undefined,
        ...(p.BeschikkingNummer !== undefined ? { beschikkingNummer: p.BeschikkingNummer } : {}),
        productcategorie: p.ProductCategorie,
        productcode: p.ProductCode,
        periodeBegin: p.ProductPeriode.Begindatum,
        periodeEind: p.ProductPeriode.Einddatum,
        geleverdVolume: bedrag.GeleverdVolume,
        eenheid: bedrag.Eenheid,
        productTarief: bedrag.ProductTarief,
        bedrag: bedrag.DeclaratieFactuurBedrag.Bedrag,
        debetCredit: bedrag.DeclaratieFactuurBedrag.DebetCredit === 'C' ? 'C' : 'D',
        ...(bedrag.BtwBedrag ? { btwBedrag: signed(bedrag.BtwBedrag.Bedrag, bedrag.BtwBedrag.DebetCredit) } : {}),
        ...(bedrag.BtwPercentage !== undefined ? { btwPercentage: bedrag.BtwPercentage } : {}),
        status: besluit.status,
        toegekendBedrag: besluit.toegekendBedrag,
        retourcodes: [...new Set(codes)],
        dubbel: codes.some((c) => tr314Codes.includes(c)),
        pad,
      };
    }),
  };
}
