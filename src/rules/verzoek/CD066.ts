import { defineRule } from '../rule.js';
import { aangevraagdeProducten } from '../paden.js';
import { VERWIJZERS_MET_AGB } from './verwijzer.js';

export default defineRule({
  code: 'CD066',
  retourcode: '0001',
  level: 'bericht',
  description: 'Als type verwijzer gelijk is aan 02, 03, 04 of 05 en ZorgverlenerCode is gevuld, dan is Naamverwijzer leeg.',
  check: {
    '315': (b) =>
      [...aangevraagdeProducten(b)]
        .filter((p) => {
          const v = p.item.Verwijzer;
          return VERWIJZERS_MET_AGB.has(v.Type) && v.ZorgverlenerCode !== undefined && v.Naam !== undefined;
        })
        .map((p) => ({
          path: `${p.pad}/Verwijzer/Naam`,
          message: `De naam van de verwijzer is gevuld naast de zorgverlenercode; bij verwijzertype ${p.item.Verwijzer.Type} met zorgverlenercode blijft de naam leeg.`,
        })),
  },
});
