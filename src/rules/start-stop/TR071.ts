import type { ControlContext } from '../../control/context.js';
import { eerdereRegiestand, startlijnen } from '../../control/regiestand.js';
import { isVerwijdering, sleutelTekst, zelfdeStartsleutel } from '../../control/zorgsleutel.js';
import { datumTekst } from '../../control/kalender.js';
import { defineRule, type RuleFinding } from '../rule.js';

/**
 * A start may not be deleted (StatusAanlevering 3) once a stop was sent for it: "Als de ondersteuning
 * beeindigd is, kan de aanvang niet meer op deze manier gecorrigeerd worden" (OP033). The stop belongs
 * to the start by the start key (ToewijzingNummer, Product, Begindatum); only a stop in force counts:
 * one that was rejected or itself deleted since (a 307 with StatusAanlevering 3) no longer stops the
 * start, and then the start can be deleted.
 */
export default defineRule<ControlContext>({
  code: 'TR071',
  retourcode: '9071',
  level: 'berichtoverstijgend',
  description: "StatusAanlevering mag niet de waarde '3' bevatten als er voor de betreffende melding start zorg al een stop zorg is verstuurd.",
  check: {
    '305': (b, ctx) => {
      const { stops } = eerdereRegiestand(ctx, b.Header.Ontvanger, b.Header.Afzender, b.Client.Bsn);
      const findings: RuleFinding[] = [];
      for (const { regel, pad } of startlijnen(b)) {
        if (!isVerwijdering(regel)) continue;
        const stop = stops.find((s) => zelfdeStartsleutel(s, regel));
        if (stop) {
          findings.push({
            path: `${pad}/StatusAanlevering`,
            message: `De start (${sleutelTekst(regel)}) kan niet verwijderd worden: de zorg is al gestopt per ${datumTekst(stop.einddatum)} (reden beëindiging ${stop.redenBeeindiging}). Verwijder eerst de stop.`,
          });
        }
      }
      return findings;
    },
  },
});
