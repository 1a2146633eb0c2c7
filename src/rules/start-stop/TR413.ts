import type { ControlContext } from '../../control/context.js';
import { datumTekst } from '../../control/kalender.js';
import { sleutelTekst, TIJDELIJK_BEEINDIGD } from '../../control/zorgsleutel.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { stopsMetVoorgangers } from './stopstand.js';

/**
 * A levering (Bsn, ToewijzingNummer, Begindatum) can be stopped temporarily (RedenBeeindiging 20) only
 * once: when a temporary stop is in force for it, a new stop must give another reason (the definitive
 * end). StatusAanlevering 1 lines only (2 is not allowed, 3 is a correction); see `stopstand.ts`.
 */
export default defineRule<ControlContext>({
  code: 'TR413',
  retourcode: '9413',
  level: 'berichtoverstijgend',
  description:
    'Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer, Begindatum en met RedenBeeindiging waarde 20 is, dan moet RedenBeeindiging <> aan waarde 20 zijn, indien StatusAanlevering waarde 1 of 2 heeft.',
  check: {
    '307': (b, ctx) =>
      stopsMetVoorgangers(b, ctx).flatMap(({ regel, pad, eerder }): RuleFinding[] => {
        if (regel.redenBeeindiging !== TIJDELIJK_BEEINDIGD) return [];
        const tijdelijk = eerder.find((s) => s.redenBeeindiging === TIJDELIJK_BEEINDIGD);
        if (!tijdelijk) return [];
        return [
          {
            path: `${pad}/RedenBeeindiging`,
            message: `De levering (${sleutelTekst(regel)}) is al tijdelijk beëindigd per ${datumTekst(tijdelijk.einddatum)} (reden 20); een volgende stop moet een andere reden beëindiging hebben.`,
          },
        ];
      }),
  },
});
