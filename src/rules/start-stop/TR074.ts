import type { ControlContext } from '../../control/context.js';
import { regiestand305, regiestand307, startlijnen, stoplijnen } from '../../control/regiestand.js';
import { isVerwijdering, sleutelTekst, stopsleutelTekst, zelfdeStartsleutel, zelfdeStopsleutel } from '../../control/zorgsleutel.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * A new aanlevering (StatusAanlevering 1) must have a key no earlier message of this aanbieder to this
 * gemeente has for this client. Keys per `zorgsleutel.ts`: a start by ToewijzingNummer, Product and
 * Begindatum; a stop by those plus RedenBeeindiging and Einddatum. What counts as "reeds ontvangen":
 * the aanleveringen in force. A key that was deleted before (StatusAanlevering 3, in an earlier message
 * or validly in this one) is free again: that is how IV008 corrects a ToewijzingIngangsdatum, which is
 * not in the key (delete, then send again with the same key). A rejected line was never processed and
 * blocks nothing. Uniqueness inside the message is TR101's (in-message, 0001), not repeated here.
 */
const melding = (wat: string, sleutel: string): string =>
  `Er is al eerder een ${wat} ontvangen met dezelfde sleutel (${sleutel}); stuur een correctie als verwijdering (StatusAanlevering 3) met zo nodig een nieuwe aanlevering.`;

export default defineRule<ControlContext>({
  code: 'TR074',
  retourcode: '9074',
  level: 'berichtoverstijgend',
  description:
    "Indien StatusAanlevering de waarde '1' bevat, dan moet de sleutel van de betreffende aanlevering niet alleen uniek zijn binnen het bericht zelf, maar ook in combinatie met alle reeds ontvangen berichten.",
  check: {
    '305': (b, ctx) => {
      const { starts } = regiestand305(b, ctx);
      return startlijnen(b)
        .filter(({ regel }) => !isVerwijdering(regel) && starts.some((s) => zelfdeStartsleutel(s, regel)))
        .map(({ regel, pad }): RuleFinding => ({ path: pad, message: melding('start', sleutelTekst(regel)) }));
    },
    '307': (b, ctx) => {
      const { stops } = regiestand307(b, ctx);
      return stoplijnen(b)
        .filter(({ regel }) => !isVerwijdering(regel) && stops.some((s) => zelfdeStopsleutel(s, regel)))
        .map(({ regel, pad }): RuleFinding => ({ path: pad, message: melding('stop', stopsleutelTekst(regel)) }));
    },
  },
});
