import type { ControlContext, Registers } from '../../control/context.js';
import { datumTekst } from '../../control/kalender.js';
import { gemeenteTekst, woonplaatsOp } from '../../control/woonplaats.js';
import type { Bericht315, Bericht317 } from '../../standard/berichten.generated.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * Our own control on an iJw verzoek om toewijzing (315) or verzoek om wijziging (317): under the
 * Jeugdwet's woonplaatsbeginsel the gemeente where the client lives is responsible. When the
 * woonplaats register places the client in another gemeente than the Ontvanger on the date the
 * toewijzing would start, the verzoek is to be answered with a 319 with RedenAfwijzingVerzoek 8
 * (Woonplaatsbeginsel) naming the responsible gemeente (IV095, OP359: within two weeks). The pipeline
 * gives that answer itself (`src/pipeline/chunk.ts` records it with the verzoek, the retour stage
 * makes the 319 beside the 316), so the finding is a `signaal`: it tells the backoffice why, and
 * changes nothing in the 316 — the 316 judges the message, the 319 answers the verzoek.
 * `woonplaatsbeginsel` gives the pipeline the verzoeken and gemeenten, `verantwoordelijkeGemeente`
 * the code for one ReferentieAanbieder.
 * - 315: per AangevraagdProduct (each has its own ReferentieAanbieder and its own answer), on its
 *   ToewijzingIngangsdatum;
 * - 317: one answer for the Verzoek (one ReferentieAanbieder), on the GewensteIngangsdatum of its
 *   TeWijzigenProducten and NieuweProducten; the earliest date on which the client lives elsewhere
 *   decides (only OngewijzigdeProducten: the Dagtekening).
 * iJw only: iWmo's 319 has no Woonplaatsbeginsel class. A client the register does not know on the
 * date is WP004's signal.
 */
export interface WoonplaatsbeginselAfwijzing {
  readonly referentieAanbieder: string;
  /** The part the answer is about: `/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[2]` or `/Bericht/Client/Verzoek`. */
  readonly pad: string;
  /** The date the woonplaats was taken on. */
  readonly peildatum: string;
  /** The CBS code of the gemeente responsible by the register. */
  readonly gemeente: string;
}

function elders(registers: Registers, bsn: string, ontvanger: string, data: readonly string[]): { peildatum: string; gemeente: string } | undefined {
  for (const peildatum of [...data].sort()) {
    const w = woonplaatsOp(registers, bsn, peildatum);
    if (w.soort === 'bekend' && w.gemeentecode !== ontvanger) return { peildatum, gemeente: w.gemeentecode };
  }
  return undefined;
}

/** Every verzoek in this 315 or 317 that, by the woonplaats register, belongs to another gemeente than the Ontvanger. */
export function woonplaatsbeginsel(b: Bericht315 | Bericht317, registers: Registers): WoonplaatsbeginselAfwijzing[] {
  const ontvanger = b.Header.Ontvanger;
  if ('Verzoek' in b.Client) {
    const v = b.Client.Verzoek;
    const data = [...(v.TeWijzigenProducten ?? []), ...(v.NieuweProducten ?? [])].map((p) => p.GewensteIngangsdatum);
    const e = elders(registers, b.Client.Bsn, ontvanger, data.length > 0 ? data : [b.Header.BerichtIdentificatie.Dagtekening]);
    return e ? [{ referentieAanbieder: v.ReferentieAanbieder, pad: '/Bericht/Client/Verzoek', ...e }] : [];
  }
  const bsn = b.Client.Bsn;
  return b.Client.AangevraagdeProducten.flatMap((p, i) => {
    const e = elders(registers, bsn, ontvanger, [p.ToewijzingIngangsdatum]);
    return e ? [{ referentieAanbieder: p.ReferentieAanbieder, pad: `/Bericht/Client/AangevraagdeProducten/AangevraagdProduct[${i + 1}]`, ...e }] : [];
  });
}

/**
 * For the 319 builder: the gemeentecode for Woonplaatsbeginsel/Gemeente when the verzoek with this
 * ReferentieAanbieder is answered with RedenAfwijzingVerzoek 8; undefined when by the register the
 * Ontvanger itself is responsible (or the register does not know the client on that date).
 */
export function verantwoordelijkeGemeente(b: Bericht315 | Bericht317, referentieAanbieder: string, registers: Registers): string | undefined {
  return woonplaatsbeginsel(b, registers).find((a) => a.referentieAanbieder === referentieAanbieder)?.gemeente;
}

function findings(b: Bericht315 | Bericht317, ctx: ControlContext): RuleFinding[] {
  const ontvanger = b.Header.Ontvanger;
  return woonplaatsbeginsel(b, ctx.registers).map((a) => ({
    path: a.pad,
    message: `Volgens het woonplaatsregister woont de cliënt op ${datumTekst(a.peildatum)} in ${gemeenteTekst(ctx.registers, a.gemeente, a.peildatum)}, niet in ${gemeenteTekst(ctx.registers, ontvanger, a.peildatum)}: het verzoek (ReferentieAanbieder ${a.referentieAanbieder}) wordt afgewezen met een antwoordbericht met RedenAfwijzingVerzoek 8 (Woonplaatsbeginsel) en gemeente ${a.gemeente}.`,
  }));
}

export default defineRule<ControlContext>({
  code: 'WP003',
  level: 'eigen',
  gevolg: 'signaal',
  standaarden: ['iJw'],
  description:
    'De cliënt woont op de (gewenste) ingangsdatum van het verzoek in de gemeente aan wie het verzoek is gericht; anders wijst de pijplijn het verzoek af op het woonplaatsbeginsel: naast de 316/318 een antwoordbericht (319) met RedenAfwijzingVerzoek 8 en de verantwoordelijke gemeente.',
  check: { '315': findings, '317': findings },
});
