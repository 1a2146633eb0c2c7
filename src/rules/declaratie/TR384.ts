import type { ControlContext } from '../../control/context.js';
import { datumTekst } from '../../control/kalender.js';
import { koppelToewijzing, prestatieSleutel } from '../../control/toewijzing-koppeling.js';
import { prestaties } from '../paden.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { met303 } from '../legacy/als323.js';

/**
 * TR384: no debet on a toewijzing whose version in force has RedenWijziging 13 (Verwijderd). A
 * credit that withdraws an earlier approved debet is not refused on that ground (IV085).
 */
export default defineRule<ControlContext>({
  code: 'TR384',
  retourcode: '9384',
  level: 'berichtoverstijgend',
  description: 'Het is niet toegestaan te declareren op een toewijzing met RedenWijziging waarde "13" (Verwijderd)',
  check: met303({
    '323': (b, ctx) => {
      const findings: RuleFinding[] = [];
      for (const p of prestaties(b)) {
        if (p.item.IngediendBedrag.DebetCredit === 'C') continue;
        const k = koppelToewijzing(ctx.geheugen, prestatieSleutel(b, p));
        if (k.soort !== 'verwijderd') continue;
        findings.push({
          path: p.pad,
          message: `Toewijzing ${p.item.ToewijzingNummer} is door de gemeente verwijderd (RedenWijziging 13, toewijzingsdatum ${datumTekst(k.toewijzing.toewijzingsdatum)}); op een verwijderde toewijzing mag niet worden gedeclareerd.`,
        });
      }
      return findings;
    },
  }),
});
