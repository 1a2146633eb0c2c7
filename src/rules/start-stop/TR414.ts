import type { ControlContext } from '../../control/context.js';
import { datumTekst } from '../../control/kalender.js';
import { sleutelTekst } from '../../control/zorgsleutel.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { stopsMetVoorgangers } from './stopstand.js';

/**
 * A further stop of the same levering (Bsn, ToewijzingNummer, Begindatum) may not end before the stop
 * in force: its Einddatum must be on or after that one's (the same day is allowed). With more than one
 * stop in force, the latest Einddatum is the measure. StatusAanlevering 1 lines only; see `stopstand.ts`.
 */
export default defineRule<ControlContext>({
  code: 'TR414',
  retourcode: '9414',
  level: 'berichtoverstijgend',
  description:
    'Als er al een StopProduct voor hetzelfde Bsn, ToewijzingNummer en Begindatum is, dan moet Einddatum >= zijn aan Einddatum uit actuele StopProduct.',
  check: {
    '307': (b, ctx) =>
      stopsMetVoorgangers(b, ctx).flatMap(({ regel, pad, eerder }): RuleFinding[] => {
        const laatste = eerder.map((s) => s.einddatum).reduce<string | undefined>((m, d) => (m === undefined || d > m ? d : m), undefined);
        if (laatste === undefined || regel.einddatum >= laatste) return [];
        return [
          {
            path: `${pad}/Einddatum`,
            message: `De einddatum ${datumTekst(regel.einddatum)} ligt vóór de einddatum ${datumTekst(laatste)} van de eerdere stop van deze levering (${sleutelTekst(regel)}).`,
          },
        ];
      }),
  },
});
