import type { ControlContext } from '../../control/context.js';
import { datumTekst } from '../../control/kalender.js';
import { sleutelTekst, TIJDELIJK_BEEINDIGD } from '../../control/zorgsleutel.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { stopsMetVoorgangers } from './stopstand.js';

/**
 * Once a levering (Bsn, ToewijzingNummer, Begindatum) has a definitive stop in force (any
 * RedenBeeindiging but 20), no further stop may be sent for it, whatever its reason. To change the
 * stop, delete it (StatusAanlevering 3) and send the new one. StatusAanlevering 1 lines only; see
 * `stopstand.ts`.
 */
export default defineRule<ControlContext>({
  code: 'TR415',
  retourcode: '9415',
  level: 'berichtoverstijgend',
  description:
    'Er mag geen StopProduct zijn met gelijk Bsn, ToewijzingNummer, Begindatum en RedenBeeindiging <> waarde 20, indien StatusAanlevering waarde 1 of 2 heeft.',
  check: {
    '307': (b, ctx) =>
      stopsMetVoorgangers(b, ctx).flatMap(({ regel, pad, eerder }): RuleFinding[] => {
        const definitief = eerder.find((s) => s.redenBeeindiging !== TIJDELIJK_BEEINDIGD);
        if (!definitief) return [];
        return [
          {
            path: pad,
            message: `De levering (${sleutelTekst(regel)}) is al beëindigd per ${datumTekst(definitief.einddatum)} (reden ${definitief.redenBeeindiging}); er kan geen nieuwe stop op volgen. Verwijder eerst de eerdere stop als die niet klopt.`,
          },
        ];
      }),
  },
});
