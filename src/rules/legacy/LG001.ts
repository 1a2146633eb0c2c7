import type { ControlContext } from '../../control/context.js';
import { periodeTekst } from '../../control/kalender.js';
import { defineRule } from '../rule.js';

/** The last day a 303 may declare: the chain accepts it only for declaratieperiodes up to this day. */
export const LAATSTE_DAG_303 = '2020-12-31';

/**
 * LG001 (our own): the 303 declaratie/factuur of release 3.0 was phased out in 3.x. The chain still
 * accepts it for declaratieperiodes up to 2020-12-31 only (late corrections of older care); care
 * from 2021 on is declared with the 323 of the current release. A 303 whose DeclaratiePeriode ends
 * after 2020-12-31 is therefore rejected as a whole: the finding is on the header's DeclaratiePeriode.
 *
 * No retourcode: the 304, the 303's retour, is not part of this pipeline; the rejection is recorded
 * with this rule's code and the backoffice tells the aanbieder. A period that only begins before
 * 2021 and runs on into it is rejected too: the whole period must lie in the time of the 303.
 */
export default defineRule<ControlContext>({
  code: 'LG001',
  level: 'eigen',
  gevolg: 'afkeuren',
  description:
    'Een 303 (declaratie/factuur van release 3.0) wordt alleen verwerkt voor een declaratieperiode tot en met 31-12-2020; zorg vanaf 2021 wordt met een 323 gedeclareerd.',
  check: {
    '303': (b, ctx) => {
      const p = b.Header.DeclaratieFactuurIdentificatie.DeclaratiePeriode;
      if (p.Einddatum <= LAATSTE_DAG_303) return [];
      const prefix = ctx.standaard.berichtPrefix;
      return [
        {
          path: '/Bericht/Header/DeclaratieFactuurIdentificatie/DeclaratiePeriode',
          message:
            `De declaratieperiode ${periodeTekst({ begin: p.Begindatum, eind: p.Einddatum })} loopt tot na 31-12-2020. ` +
            `De ${prefix}303 (declaratie/factuur van release 3.0) is uitgefaseerd: hij wordt alleen geaccepteerd voor declaratieperiodes tot en met 31-12-2020. ` +
            `Zorg vanaf 1 januari 2021 wordt gedeclareerd met het declaratiebericht ${prefix}323; het hele bericht is afgekeurd en de aanbieder moet deze prestaties opnieuw indienen met een ${prefix}323.`,
        },
      ];
    },
  },
});
