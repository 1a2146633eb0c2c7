/**
 * The facts a decided message establishes, as plain rows: pure, so what a 301, 305, 307 or 323 adds
 * to the gemeente's memory is one function per message, tested without a database.
 */
import type { Bericht301, Bericht305, Bericht307, Bericht315, Bericht317, Bericht323 } from '../standard/berichten.generated.js';
import { prestaties, startProducten, stopProducten, toegewezenProducten } from '../rules/paden.js';
import type { PrestatieFeit, StartFeit, StopFeit, ToewijzingFeit, VerzoekFeit } from '../control/feiten.js';
import type { Beoordeling, PrestatieStatus } from './beoordeling.js';

export interface MetPad {
  readonly pad: string;
}

export function toewijzingFeiten(b: Bericht301): (ToewijzingFeit & MetPad)[] {
  const gemeente = b.Header.Afzender;
  const agb = b.Header.Ontvanger;
  return [...toegewezenProducten(b)].map(({ item: p, pad }) => ({
    gemeente,
    agb,
    bsn: b.Client.Bsn,
    toewijzingNummer: p.ToewijzingNummer,
    referentieAanbieder: p.ReferentieAanbieder,
    productcategorie: p.Product?.Categorie,
    productcode: p.Product?.Code,
    toewijzingsdatum: p.Toewijzingsdatum,
    toewijzingstijd: p.Toewijzingstijd,
    ingangsdatum: p.Ingangsdatum,
    einddatum: p.Einddatum,
    redenWijziging: p.RedenWijziging,
    volume: p.Omvang?.Volume,
    eenheid: p.Omvang?.Eenheid,
    frequentie: p.Omvang?.Frequentie,
    budget: p.Budget,
    pad,
  }));
}

export interface ZorgRegel extends MetPad {
  readonly retourcodes: readonly string[];
}

function beoordelingVan(b: Beoordeling, pad: string): { beoordeling: 'toegekend' | 'afgewezen'; retourcodes: string[] } {
  const codes = [...(b.delen.get(pad) ?? []), ...(b.delen.get('/Bericht/Client') ?? [])];
  const afgewezen = b.header.length > 0 || codes.length > 0;
  return { beoordeling: afgewezen ? 'afgewezen' : 'toegekend', retourcodes: [...new Set([...b.header, ...codes])] };
}

export function startFeiten(b: Bericht305, beoordeling: Beoordeling): (StartFeit & ZorgRegel)[] {
  return [...startProducten(b)].map(({ item: s, pad }) => ({
    gemeente: b.Header.Ontvanger,
    agb: b.Header.Afzender,
    bsn: b.Client.Bsn,
    toewijzingNummer: s.ToewijzingNummer,
    productcategorie: s.Product?.Categorie,
    productcode: s.Product?.Code,
    toewijzingIngangsdatum: s.ToewijzingIngangsdatum,
    begindatum: s.Begindatum,
    statusAanlevering: s.StatusAanlevering,
    verwijderd: false,
    ...beoordelingVan(beoordeling, pad),
    pad,
  }));
}

export function stopFeiten(b: Bericht307, beoordeling: Beoordeling): (StopFeit & ZorgRegel)[] {
  return [...stopProducten(b)].map(({ item: s, pad }) => ({
    gemeente: b.Header.Ontvanger,
    agb: b.Header.Afzender,
    bsn: b.Client.Bsn,
    toewijzingNummer: s.ToewijzingNummer,
    productcategorie: s.Product?.Categorie,
    productcode: s.Product?.Code,
    toewijzingIngangsdatum: s.ToewijzingIngangsdatum,
    begindatum: s.Begindatum,
    redenBeeindiging: s.RedenBeeindiging,
    einddatum: s.Einddatum,
    statusAanlevering: s.StatusAanlevering,
    verwijderd: false,
    ...beoordelingVan(beoordeling, pad),
    pad,
  }));
}

export interface DeclaratieFeiten {
  readonly declaratie: {
    readonly gemeente: string;
    readonly agb: string;
    readonly declaratieNummer: string;
    readonly periodeBegin: string;
    readonly periodeEind: string;
    readonly declaratieDagtekening: string;
    /** Eurocents, signed (credit negative). */
    readonly totaalIngediend: number;
  };
  readonly prestaties: (PrestatieFeit &
    MetPad & { readonly retourcodes: readonly string[]; readonly toegekendBedrag: number; readonly dubbel: boolean })[];
}

const signed = (b: { TotaalBedrag: number; DebetCredit: string }): number => (b.DebetCredit === 'C' ? -b.TotaalBedrag : b.TotaalBedrag);

/** TR314 duplicates (a ReferentieNummer used before or earlier in this message) are marked, never facts. */
export function declaratieFeiten(b: Bericht323, beoordeling: Beoordeling, tr314Codes = ['8021']): DeclaratieFeiten {
  const gemeente = b.Header.Ontvanger;
  const agb = b.Header.Afzender;
  const d = b.Declaratie;
  return {
    declaratie: {
      gemeente,
      agb,
      declaratieNummer: d.DeclaratieNummer,
      periodeBegin: d.DeclaratiePeriode.Begindatum,
      periodeEind: d.DeclaratiePeriode.Einddatum,
      declaratieDagtekening: d.DeclaratieDagtekening,
      totaalIngediend: signed(d.TotaalIngediendBedrag),
    },
    prestaties: [...prestaties(b)].map(({ item: p, client, pad }) => {
      const besluit = beoordeling.prestaties?.get(pad) ?? { status: 'afgewezen' as PrestatieStatus, toegekendBedrag: 0 };
      const codes = [
        ...beoordeling.header,
        ...(beoordeling.declaratie ?? []),
        ...(beoordeling.delen.get(pad.slice(0, pad.indexOf('/Prestaties/'))) ?? []),
        ...(beoordeling.delen.get(pad) ?? []),
      ];
      return {
        agb,
        gemeente,
        bsn: client.Bsn,
        referentieNummer: p.ProductReferentie.ReferentieNummer,
        vorigReferentieNummer: p.ProductReferentie.VorigReferentieNummer,
        toewijzingNummer: p.ToewijzingNummer,
        productcategorie: p.ProductCategorie,
        productcode: p.ProductCode,
        periodeBegin: p.ProductPeriode.Begindatum,
        periodeEind: p.ProductPeriode.Einddatum,
        geleverdVolume: p.GeleverdVolume,
        eenheid: p.Eenheid,
        productTarief: p.ProductTarief,
        bedrag: p.IngediendBedrag.Bedrag,
        debetCredit: p.IngediendBedrag.DebetCredit === 'C' ? 'C' : 'D',
        status: besluit.status,
        toegekendBedrag: besluit.toegekendBedrag,
        retourcodes: [...new Set(codes)],
        dubbel: codes.some((c) => tr314Codes.includes(c)),
        pad,
      };
    }),
  };
}

/** A verzoek the pipeline answers itself with a 319 "verzoek afgewezen" (reden 8: woonplaatsbeginsel). */
export interface VerzoekAfwijzing {
  readonly referentieAanbieder: string;
  /** RedenAfwijzingVerzoek (WJ759). */
  readonly reden: string;
  /** For reden 8: the CBS code of the responsible gemeente. */
  readonly gemeente: string;
}

export type VerzoekRegel = VerzoekFeit &
  MetPad & {
    readonly beoordeling: 'toegekend' | 'afgewezen';
    /** Answered by the pipeline with a 319 (afgewezen, this reden and gemeente). */
    readonly antwoord?: { readonly reden: string; readonly gemeente: string };
  };

/**
 * The verzoeken of a 315 (one per AangevraagdProduct) or 317 (one Verzoek). `afwijzingen` are the
 * verzoeken (by ReferentieAanbieder) the pipeline answers with a 319 "afgewezen": they are marked on
 * the verzoeken that the retour accepts. A 315 whose products share a ReferentieAanbieder is
 * answered per ReferentieAanbieder (the 319 names one): only when every accepted product with it is
 * in `afwijzingen`.
 */
export function verzoekFeiten(
  nummer: '315' | '317',
  b: Bericht315 | Bericht317,
  beoordeling: Beoordeling,
  afwijzingen: readonly (VerzoekAfwijzing & { readonly pad: string })[] = [],
): VerzoekRegel[] {
  const basis = { gemeente: b.Header.Ontvanger, agb: b.Header.Afzender, bsn: b.Client.Bsn, berichtsoort: nummer };
  const afgewezen = (pad: string) =>
    beoordeling.header.length > 0 || (beoordeling.delen.get(pad)?.length ?? 0) > 0 || (beoordeling.delen.get('/Bericht/Client')?.length ?? 0) > 0;
  const regels: VerzoekRegel[] =
    nummer === '317'
      ? [
          {
            ...basis,
            referentieAanbieder: (b as Bericht317).Client.Verzoek.ReferentieAanbieder,
            pad: '/Bericht/Client/Verzoek',
            beoordeling: afgewezen('/Bericht/Client/Verzoek') ? 'afgewezen' : 'toegekend',
          },
        ]
      : (b as Bericht315).Client.AangevraagdeProducten.map((p, i) => {
          const pad = `/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[${i + 1}]`;
          return { ...basis, referentieAanbieder: p.ReferentieAanbieder, pad, beoordeling: afgewezen(pad) ? 'afgewezen' : 'toegekend' };
        });
  const perPad = new Map(afwijzingen.map((a) => [a.pad, a]));
  const beantwoord = new Map<string, { reden: string; gemeente: string }>();
  for (const ref of new Set(regels.map((r) => r.referentieAanbieder))) {
    const geaccepteerd = regels.filter((r) => r.referentieAanbieder === ref && r.beoordeling === 'toegekend');
    const a = geaccepteerd.map((r) => perPad.get(r.pad));
    if (geaccepteerd.length > 0 && a.every((x) => x !== undefined)) beantwoord.set(ref, { reden: a[0]!.reden, gemeente: a[0]!.gemeente });
  }
  return regels.map((r) => {
    const antwoord = r.beoordeling === 'toegekend' ? beantwoord.get(r.referentieAanbieder) : undefined;
    return antwoord ? { ...r, antwoord } : r;
  });
}
