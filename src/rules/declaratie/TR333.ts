import type { ControlContext } from '../../control/context.js';
import { periodeTekst } from '../../control/kalender.js';
import { defineRule } from '../rule.js';
import { met303 } from '../legacy/als323.js';

/**
 * TR333: a DeclaratieNummer is used once per aanbieder within the wettelijk domein (the context holds
 * one domein's facts). Any earlier declaratie of the aanbieder with the number counts, whatever
 * gemeente it went to; a declaratie that counts as not sent (rejected in its header) is not a fact.
 */
export default defineRule<ControlContext>({
  code: 'TR333',
  retourcode: '9333',
  level: 'berichtoverstijgend',
  description:
    'DeclaratieNummer van de Declaratie moet uniek zijn voor de aanbieder binnen het wettelijk domein waarop de Declaratie betrekking heeft.',
  check: met303({
    '323': (b, ctx) => {
      const nummer = b.Declaratie.DeclaratieNummer;
      const eerder = ctx.geheugen.declaratie(b.Header.Afzender, nummer);
      if (!eerder) return [];
      return [
        {
          path: '/Bericht/Declaratie/DeclaratieNummer',
          message: `DeclaratieNummer ${nummer} is al gebruikt in een eerdere declaratie van deze aanbieder (aan gemeente ${eerder.gemeente}, declaratieperiode ${periodeTekst({ begin: eerder.periodeBegin, eind: eerder.periodeEind })}); een DeclaratieNummer mag maar één keer worden gebruikt.`,
        },
      ];
    },
  }),
});
