import type { ControlContext } from '../../control/context.js';
import { datumTekst } from '../../control/kalender.js';
import { startlijnen } from '../../control/regiestand.js';
import { isVerwijderd } from '../../control/toewijzing.js';
import { isVerwijdering } from '../../control/zorgsleutel.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * Our own signal on a start line: care starts outside the period of the toewijzing it names (before
 * its Ingangsdatum or after its Einddatum). The standard has no rule for this on the 305 (its
 * declaraties meet TR307/TR308 later), so it rejects nothing; the backoffice sees early that care
 * started without a toewijzing in force. A line that cannot be linked at all is TR019's.
 */
export default defineRule<ControlContext>({
  code: 'TW001',
  level: 'eigen',
  gevolg: 'signaal',
  description: 'De Begindatum van een start valt binnen de periode van de toewijzing (Ingangsdatum t/m Einddatum).',
  check: {
    '305': (b, ctx) => {
      const { Ontvanger: gemeente, Afzender: agb } = b.Header;
      const findings: RuleFinding[] = [];
      for (const { regel, pad } of startlijnen(b)) {
        if (isVerwijdering(regel) || regel.toewijzingNummer === undefined) continue;
        const t = ctx.geheugen.toewijzing(gemeente, regel.toewijzingNummer);
        if (!t || t.bsn !== b.Client.Bsn || t.agb !== agb || isVerwijderd(t)) continue;
        const begin = regel.begindatum;
        if (begin < t.ingangsdatum) {
          findings.push({
            path: `${pad}/Begindatum`,
            message: `De zorg start op ${datumTekst(begin)}, vóór de ingangsdatum ${datumTekst(t.ingangsdatum)} van toewijzing ${t.toewijzingNummer}.`,
          });
        } else if (t.einddatum !== undefined && begin > t.einddatum) {
          findings.push({
            path: `${pad}/Begindatum`,
            message: `De zorg start op ${datumTekst(begin)}, na de einddatum ${datumTekst(t.einddatum)} van toewijzing ${t.toewijzingNummer}: er is dan geen toewijzing van kracht.`,
          });
        }
      }
      return findings;
    },
  },
});
