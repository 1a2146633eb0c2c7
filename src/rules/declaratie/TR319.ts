import type { ControlContext } from '../../control/context.js';
import { datumTekst, maandVan, periodeTekst } from '../../control/kalender.js';
import { prestaties, prestaties303 } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * TR319: every ProductPeriode lies within the declaratie's own DeclaratiePeriode or an earlier one.
 * Declaratieperiodes are calendar months (CS340), so the ProductPeriode must lie in one calendar
 * month (CS337) that ends no later than the DeclaratiePeriode. Debet and credit alike.
 *
 * For the legacy 303 (release 3.0, which had neither CS337 nor CS340) only the first half holds: the
 * ProductPeriode ends no later than the DeclaratiePeriode.
 */
export default defineRule<ControlContext>({
  code: 'TR319',
  retourcode: '9319',
  level: 'berichtoverstijgend',
  description: 'Een declaratiebericht bevat alleen prestaties waarvan de ProductPeriode valt binnen de huidige, of een voorgaande declaratieperiode.',
  check: {
    '323': (b) => {
      const declaratieEind = b.Declaratie.DeclaratiePeriode.Einddatum;
      const findings: RuleFinding[] = [];
      for (const p of prestaties(b)) {
        const { Begindatum: begin, Einddatum: eind } = p.item.ProductPeriode;
        if (maandVan(begin) === maandVan(eind) && eind <= declaratieEind) continue;
        findings.push({
          path: p.pad,
          message: `De productperiode ${periodeTekst({ begin, eind })} valt niet binnen de declaratieperiode (t/m ${datumTekst(declaratieEind)}) of een eerdere declaratieperiode.`,
        });
      }
      return findings;
    },
    '303': (b) => {
      const declaratieEind = b.Header.DeclaratieFactuurIdentificatie.DeclaratiePeriode.Einddatum;
      const findings: RuleFinding[] = [];
      for (const p of prestaties303(b)) {
        const { Begindatum: begin, Einddatum: eind } = p.item.ProductPeriode;
        if (eind <= declaratieEind) continue;
        findings.push({
          path: p.pad,
          message: `De productperiode ${periodeTekst({ begin, eind })} eindigt na de declaratieperiode (t/m ${datumTekst(declaratieEind)}); een declaratie bevat alleen prestaties van de eigen of een eerdere declaratieperiode.`,
        });
      }
      return findings;
    },
  },
});
