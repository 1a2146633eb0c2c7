import { defineRule } from '../rule.js';
import { nieuweProducten } from '../paden.js';

/** Strictly later: a NieuwProduct cannot start on the Dagtekening itself. ISO dates compare as text. */
export default defineRule({
  code: 'TR380',
  retourcode: '0001',
  level: 'bericht',
  description: 'Vullen met een datum die groter is dan de dagtekening van het bericht.',
  check: {
    '317': (b) => {
      const dagtekening = b.Header.BerichtIdentificatie.Dagtekening;
      return [...nieuweProducten(b)]
        .filter((p) => p.item.GewensteIngangsdatum <= dagtekening)
        .map((p) => ({
          path: `${p.pad}/GewensteIngangsdatum`,
          message: `De gewenste ingangsdatum (${p.item.GewensteIngangsdatum}) van een nieuw product moet na de dagtekening van het bericht (${dagtekening}) liggen.`,
        }));
    },
  },
});
