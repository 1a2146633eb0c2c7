import { defineRule } from '../rule.js';
import { aangevraagdeProducten } from '../paden.js';

/** BeschikkingIngangsdatum goes with BeschikkingNummer: both filled or both empty. */
export default defineRule({
  code: 'CD043',
  retourcode: '0001',
  level: 'bericht',
  description: 'Indien Beschikkingnummer gevuld is, verplicht vullen, anders leeg laten.',
  check: {
    '315': (b) =>
      [...aangevraagdeProducten(b)]
        .filter((p) => (p.item.BeschikkingNummer !== undefined) !== (p.item.BeschikkingIngangsdatum !== undefined))
        .map((p) => ({
          path: `${p.pad}/BeschikkingIngangsdatum`,
          message:
            p.item.BeschikkingNummer !== undefined
              ? 'BeschikkingIngangsdatum ontbreekt; bij een beschikkingnummer moet ook de ingangsdatum van de beschikking worden gevuld.'
              : 'BeschikkingIngangsdatum is gevuld zonder beschikkingnummer; vul beide of laat beide leeg.',
        })),
  },
});
