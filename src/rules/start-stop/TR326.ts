import type { ControlContext } from '../../control/context.js';
import { datumTekst } from '../../control/kalender.js';
import { regiestand305, startlijnen } from '../../control/regiestand.js';
import { isVerwijdering, sleutelTekst, zelfdeStartsleutel, zelfdeToegewezenProduct, type Startregel } from '../../control/zorgsleutel.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * A new start (StatusAanlevering 1) is allowed only when the toegewezen product has no actueel start.
 * Actueel (the rule's own definition, IV008): a start in force (accepted, not deleted by a
 * StatusAanlevering 3, also not by a valid deletion in this same message) for which no stop with the
 * same key (ToewijzingNummer, Product, Begindatum) is in force. Any stop ends it, a temporary one
 * (RedenBeeindiging 20) too: the resumption is a new start. "Bij ToegewezenProduct" is the same
 * ToewijzingNummer; taakgericht, without one, the same Product.
 * A start earlier in this same message counts as well: two new starts for one toegewezen product
 * without a stop between them would leave two actuele starts.
 */
export default defineRule<ControlContext>({
  code: 'TR326',
  retourcode: '9326',
  level: 'berichtoverstijgend',
  description: 'Een Startbericht mag pas verstuurd worden als er géén actueel Startbericht bij ToegewezenProduct is.',
  check: {
    '305': (b, ctx) => {
      const stand = regiestand305(b, ctx);
      const starts: Startregel[] = [...stand.starts];
      const findings: RuleFinding[] = [];
      for (const { regel, pad } of startlijnen(b)) {
        if (isVerwijdering(regel)) continue;
        const actueel = starts.find((s) => zelfdeToegewezenProduct(s, regel) && !stand.stops.some((stop) => zelfdeStartsleutel(stop, s)));
        if (actueel) {
          findings.push({
            path: pad,
            message: `Voor dit toegewezen product loopt nog een start met begindatum ${datumTekst(actueel.begindatum)} zonder stopbericht; stuur eerst een stop voordat een nieuwe start (${sleutelTekst(regel)}) gemeld wordt.`,
          });
        }
        starts.push(regel);
      }
      return findings;
    },
  },
});
