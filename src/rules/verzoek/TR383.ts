import { defineRule } from '../rule.js';
import { aangevraagdeProducten } from '../paden.js';

/** Every repeat of a ReferentieAanbieder already used by an earlier AangevraagdProduct is reported. */
export default defineRule({
  code: 'TR383',
  retourcode: '0001',
  level: 'bericht',
  description: 'ReferentieAanbieder is uniek voor elk AangevraagdProduct binnen het bericht',
  check: {
    '315': (b) => {
      const eerder = new Map<string, number>();
      return [...aangevraagdeProducten(b)].flatMap((p, i) => {
        const eerste = eerder.get(p.item.ReferentieAanbieder);
        if (eerste === undefined) {
          eerder.set(p.item.ReferentieAanbieder, i + 1);
          return [];
        }
        return [
          {
            path: `${p.pad}/ReferentieAanbieder`,
            message: `ReferentieAanbieder ${p.item.ReferentieAanbieder} komt al voor bij aangevraagd product ${eerste}; elk aangevraagd product heeft een eigen referentie.`,
          },
        ];
      });
    },
  },
});
