import type { ControlContext } from '../../control/context.js';
import { eerdereRegiestand, startlijnen, stoplijnen } from '../../control/regiestand.js';
import { isVerwijdering, sleutelTekst, stopsleutelTekst, teVerwijderen } from '../../control/zorgsleutel.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * A line with StatusAanlevering 3 deletes the earlier aanlevering with the same logical key
 * (IV008; the keys are in `zorgsleutel.ts`), so for this client that aanlevering must exist: sent
 * earlier by this aanbieder to this gemeente, accepted, and not deleted already. A rejected line was
 * never processed and a deleted one counts as never sent (OP033): neither can be deleted. The 3 line
 * itself needs no other content checks (the rule's note); the other start/stop rules skip it.
 */
const melding = (wat: string, sleutel: string): string =>
  `Er is geen eerdere ${wat} (${sleutel}) die verwijderd kan worden: die is niet ontvangen, was afgekeurd of is al verwijderd.`;

export default defineRule<ControlContext>({
  code: 'TR063',
  retourcode: '9063',
  level: 'berichtoverstijgend',
  description:
    'Indien StatusAanlevering de waarde 3 (aanlevering verwijderen) bevat, dan moet voor de betreffende Client een eerdere aanlevering met dezelfde logische sleutel verstuurd zijn.',
  check: {
    '305': (b, ctx) => {
      const { starts } = eerdereRegiestand(ctx, b.Header.Ontvanger, b.Header.Afzender, b.Client.Bsn);
      return startlijnen(b)
        .filter(({ regel }) => isVerwijdering(regel) && teVerwijderen(regel, starts).length === 0)
        .map(({ regel, pad }): RuleFinding => ({ path: `${pad}/StatusAanlevering`, message: melding('start', sleutelTekst(regel)) }));
    },
    '307': (b, ctx) => {
      const { stops } = eerdereRegiestand(ctx, b.Header.Ontvanger, b.Header.Afzender, b.Client.Bsn);
      return stoplijnen(b)
        .filter(({ regel }) => isVerwijdering(regel) && teVerwijderen(regel, stops).length === 0)
        .map(({ regel, pad }): RuleFinding => ({ path: `${pad}/StatusAanlevering`, message: melding('stop', stopsleutelTekst(regel)) }));
    },
  },
});
