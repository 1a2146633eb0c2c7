/**
 * The legacy 303 (release 3.0) read as the 323 it was succeeded by, so that a rule of the standard
 * that means the same for both is written once: its 323 check runs on this view of the 303, and the
 * paths of its findings are mapped back to the 303's own elements.
 *
 * The view, element by element:
 * - Header: Afzender ← Aanbieder, Ontvanger ← Gemeente, BerichtIdentificatie ← DeclarantFactuurNummer
 *   and FactuurDagtekening (the 303 has no BerichtIdentificatie; its factuur identifies it);
 * - Declaratie: DeclaratieNummer ← DeclarantFactuurNummer, DeclaratiePeriode ← DeclaratiePeriode,
 *   DeclaratieDagtekening ← FactuurDagtekening, TotaalIngediendBedrag ← DeclaratieFactuurTotaalBedrag;
 * - Prestatie: GeleverdVolume, Eenheid and ProductTarief ← IngediendeBedragPrestatie, IngediendBedrag ←
 *   its DeclaratieFactuurBedrag (what is declared or invoiced, BTW included); ToewijzingNummer ← the
 *   prestatie's own, or for controls the toewijzing it is linked to (`koppeling-303.ts`), else none
 *   (`GEEN_TOEWIJZING`, a number no toewijzing has: the 323 rules then find no toewijzing to judge).
 *
 * Client and prestatie keep their order, so `Client[i]/Prestaties/Prestatie[j]` is the same instance
 * in both.
 */
import type { ControlContext } from '../../control/context.js';
import { GEEN_TOEWIJZING, toewijzingNummers303 } from '../../control/koppeling-303.js';
import type { Bericht303, Bericht323, Prestatie323 } from '../../standard/berichten.generated.js';
import type { CheckPerBericht, RuleContext, RuleFinding } from '../rule.js';

export function als323(b: Bericht303, toewijzingNummers: ReadonlyMap<string, number> = new Map()): Bericht323 {
  const h = b.Header;
  const id = h.DeclaratieFactuurIdentificatie;
  const pad = (c: number, p: number): string => `/Bericht/Clienten/Client[${c + 1}]/Prestaties/Prestatie[${p + 1}]`;
  return {
    Header: {
      BerichtCode: h.BerichtCode,
      BerichtVersie: h.BerichtVersie,
      BerichtSubversie: h.BerichtSubversie,
      Afzender: h.Aanbieder,
      Ontvanger: h.Gemeente,
      BerichtIdentificatie: { Identificatie: id.DeclarantFactuurNummer, Dagtekening: id.FactuurDagtekening },
      XsdVersie: h.XsdVersie,
    },
    Declaratie: {
      DeclaratieNummer: id.DeclarantFactuurNummer,
      DeclaratiePeriode: id.DeclaratiePeriode,
      DeclaratieDagtekening: id.FactuurDagtekening,
      TotaalIngediendBedrag: h.DeclaratieFactuurBedragen.DeclaratieFactuurTotaalBedrag,
      Clienten: b.Clienten.map((c, ci) => ({
        Bsn: c.Bsn,
        Prestaties: c.Prestaties.map((p, pi): Prestatie323 => {
          const bedrag = p.IngediendeBedragPrestatie;
          return {
            ProductReferentie: p.ProductReferentie,
            ToewijzingNummer: p.ToewijzingNummer ?? toewijzingNummers.get(pad(ci, pi)) ?? GEEN_TOEWIJZING,
            ProductCategorie: p.ProductCategorie,
            ProductCode: p.ProductCode,
            ProductPeriode: p.ProductPeriode,
            GeleverdVolume: bedrag.GeleverdVolume,
            Eenheid: bedrag.Eenheid,
            ...(bedrag.ProductTarief !== undefined ? { ProductTarief: bedrag.ProductTarief } : {}),
            IngediendBedrag: bedrag.DeclaratieFactuurBedrag,
          };
        }),
      })),
    },
  };
}

const IDENTIFICATIE = '/Bericht/Header/DeclaratieFactuurIdentificatie';

/** Element paths of the 323 view and the 303 elements they come from, longest first where they nest. */
const VERTALING: readonly (readonly [van: RegExp, naar: string])[] = [
  [/^\/Bericht\/Declaratie\/Clienten\//, '/Bericht/Clienten/'],
  [/^\/Bericht\/Declaratie\/DeclaratieNummer/, `${IDENTIFICATIE}/DeclarantFactuurNummer`],
  [/^\/Bericht\/Declaratie\/DeclaratiePeriode/, `${IDENTIFICATIE}/DeclaratiePeriode`],
  [/^\/Bericht\/Declaratie\/DeclaratieDagtekening/, `${IDENTIFICATIE}/FactuurDagtekening`],
  [/^\/Bericht\/Declaratie\/TotaalIngediendBedrag/, '/Bericht/Header/DeclaratieFactuurBedragen/DeclaratieFactuurTotaalBedrag'],
  [/^\/Bericht\/Declaratie$/, IDENTIFICATIE],
  [/^\/Bericht\/Header\/Afzender/, '/Bericht/Header/Aanbieder'],
  [/^\/Bericht\/Header\/Ontvanger/, '/Bericht/Header/Gemeente'],
  [/^\/Bericht\/Header\/BerichtIdentificatie\/Identificatie/, `${IDENTIFICATIE}/DeclarantFactuurNummer`],
  [/^\/Bericht\/Header\/BerichtIdentificatie\/Dagtekening/, `${IDENTIFICATIE}/FactuurDagtekening`],
  [/^\/Bericht\/Header\/BerichtIdentificatie/, IDENTIFICATIE],
];

/** Prestatie elements the 303 keeps inside its IngediendeBedragPrestatie. */
const IN_BEDRAG: readonly (readonly [van: RegExp, naar: string])[] = [
  [/(\/Prestatie\[\d+\])\/IngediendBedrag/, '$1/IngediendeBedragPrestatie/DeclaratieFactuurBedrag'],
  [/(\/Prestatie\[\d+\])\/(GeleverdVolume|Eenheid|ProductTarief)/, '$1/IngediendeBedragPrestatie/$2'],
];

/** The 303 path of an element of the 323 view. */
export function pad303(pad323: string): string {
  let pad = pad323;
  for (const [van, naar] of VERTALING) {
    if (van.test(pad)) {
      pad = pad.replace(van, naar);
      break;
    }
  }
  for (const [van, naar] of IN_BEDRAG) pad = pad.replace(van, naar);
  return pad;
}

type Check323<C extends RuleContext> = NonNullable<CheckPerBericht<C>['323']>;
type Check303<C extends RuleContext> = NonNullable<CheckPerBericht<C>['303']>;

const isControl = (ctx: RuleContext): ctx is ControlContext => 'geheugen' in ctx;

/**
 * A 323 check as a check of the 303: run on the view (for controls with the prestaties linked to
 * their toewijzing), its findings on the 303's own elements.
 */
export function via323<C extends RuleContext>(check: Check323<C>): Check303<C> {
  return (b, ctx) => {
    const nummers = isControl(ctx) ? toewijzingNummers303(ctx.geheugen, b) : new Map<string, number>();
    return check(als323(b, nummers), ctx).map((f): RuleFinding => ({ ...f, path: pad303(f.path) }));
  };
}

/** A rule's checks with the 303 added, checked as its 323 is: `check: met303({ '323': ... })`. */
export function met303<C extends RuleContext>(check: CheckPerBericht<C> & { readonly '323': Check323<C> }): CheckPerBericht<C> {
  return { ...check, '303': via323(check['323']) };
}
