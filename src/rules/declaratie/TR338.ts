import type { ControlContext } from '../../control/context.js';
import { koppel303 } from '../../control/koppeling-303.js';
import { koppelToewijzing, prestatieSleutel } from '../../control/toewijzing-koppeling.js';
import type { Bericht323 } from '../../standard/berichten.generated.js';
import { via323 } from '../legacy/als323.js';
import { prestaties, prestaties303 } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * TR338: every prestatie relates to a ToegewezenProduct by its ToewijzingNummer: one that the
 * receiving gemeente (Ontvanger) issued, to this aanbieder (Afzender). A number of another gemeente,
 * or of another aanbieder's toewijzing, does not relate.
 *
 * The legacy 303 may leave the ToewijzingNummer out. Such a prestatie relates to the one toewijzing
 * of this gemeente for this aanbieder, client and product that covers its ProductPeriode
 * (`koppeling-303.ts`); when there is none, or more than one, it relates to nothing and is rejected.
 */
function declaratie(b: Bericht323, ctx: ControlContext): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const p of prestaties(b)) {
    const k = koppelToewijzing(ctx.geheugen, prestatieSleutel(b, p));
    const nummer = p.item.ToewijzingNummer;
    if (k.soort === 'onbekend') {
      findings.push({
        path: p.pad,
        message: `Gemeente ${b.Header.Ontvanger} heeft geen toewijzing met ToewijzingNummer ${nummer} afgegeven; de prestatie is aan geen toegewezen product te koppelen.`,
      });
    } else if (k.soort === 'andere-aanbieder') {
      findings.push({
        path: p.pad,
        message: `Toewijzing ${nummer} is aan een andere aanbieder (${k.toewijzing.agb}) afgegeven, niet aan deze aanbieder.`,
      });
    }
  }
  return findings;
}

const declaratie303 = via323(declaratie);

export default defineRule<ControlContext>({
  code: 'TR338',
  retourcode: '9338',
  level: 'berichtoverstijgend',
  description: 'De Prestatie is gerelateerd aan een ToegewezenProduct op basis van het Toewijzingnummer.',
  check: {
    '323': declaratie,
    '303': (b, ctx) => {
      const zonderNummer = new Map<string, RuleFinding>();
      for (const p of prestaties303(b)) {
        const k = koppel303(ctx.geheugen, b, p.client, p.item);
        if (k.soort !== 'geen' && k.soort !== 'meerdere') continue;
        const product = `product ${p.item.ProductCode} (categorie ${p.item.ProductCategorie})`;
        zonderNummer.set(p.pad, {
          path: p.pad,
          message:
            k.soort === 'geen'
              ? `De prestatie heeft geen ToewijzingNummer en gemeente ${b.Header.Gemeente} heeft deze aanbieder voor deze cliënt geen toewijzing voor ${product} afgegeven die de hele productperiode dekt; de prestatie is aan geen toegewezen product te koppelen.`
              : `De prestatie heeft geen ToewijzingNummer en past bij meer dan één toewijzing (${k.kandidaten.map((t) => t.toewijzingNummer).join(', ')}); vermeld het ToewijzingNummer.`,
        });
      }
      return [...declaratie303(b, ctx).filter((f) => !zonderNummer.has(f.path)), ...zonderNummer.values()];
    },
  },
});
