import type { ControlContext } from '../../control/context.js';
import { eerdereRegiestand, stoplijnen } from '../../control/regiestand.js';
import { isVerwijdering, sleutelTekst, zelfdeStartsleutel } from '../../control/zorgsleutel.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * A stop (StatusAanlevering 1) carries the key of the start it ends unchanged (ToewijzingNummer,
 * Product, Begindatum), so there must be a start in force with that key for this client from this
 * aanbieder at this gemeente (OP072, OP155). Retourcode 9069 "Er is geen actueel startbericht met
 * dezelfde sleutel".
 *
 * On the code: the WJ001 lists of both standards name the rule behind 9069 "TR069" (for WMO307 and
 * JW307 alike); the standard's 3.2 rule catalogue and its per-data-element table have no TR069 and
 * give 9069 to TR382 on the StopProduct. Same check, one rule, under its 3.2 name.
 * "Actueel" here is "in force" (accepted, not deleted): a start that already has a temporary stop
 * (RedenBeeindiging 20) may get its definitive stop with the same key (TR413–TR415 rest on that).
 */
export default defineRule<ControlContext>({
  code: 'TR382',
  retourcode: '9069',
  level: 'berichtoverstijgend',
  description:
    'De sleutelelementen uit het startbericht moeten in het stopbericht, waarin wordt aangegeven dat de betreffende levering (tijdelijk) beeindigd wordt, ongewijzigd worden overgenomen.',
  check: {
    '307': (b, ctx) => {
      const { starts } = eerdereRegiestand(ctx, b.Header.Ontvanger, b.Header.Afzender, b.Client.Bsn);
      return stoplijnen(b)
        .filter(({ regel }) => !isVerwijdering(regel) && !starts.some((s) => zelfdeStartsleutel(s, regel)))
        .map(
          ({ regel, pad }): RuleFinding => ({
            path: pad,
            message: `Er is geen start met dezelfde sleutel als deze stop (${sleutelTekst(regel)}): neem ToewijzingNummer, Product en Begindatum ongewijzigd over uit het startbericht.`,
          }),
        );
    },
  },
});
