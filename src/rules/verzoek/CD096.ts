import { defineRule } from '../rule.js';
import { nieuweProducten } from '../paden.js';
import { looptNa2020 } from '../toewijzing/overgang2021.js';

/** CD080's twin for a NieuwProduct in a verzoek om wijziging. */
export default defineRule({
  code: 'CD096',
  retourcode: '0001',
  level: 'bericht',
  description: 'Indien Code in NieuwProduct leeg is en Einddatum groter dan 31-12-2020 of leeg is, dan leeg laten',
  check: {
    '317': (b) =>
      [...nieuweProducten(b)]
        .filter((p) => p.item.Omvang !== undefined && p.item.Product?.Code === undefined && looptNa2020(p.item.Einddatum))
        .map((p) => ({
          path: `${p.pad}/Omvang`,
          message: 'Omvang is gevuld zonder productcode; een nieuw product zonder productcode dat na 31-12-2020 eindigt of geen einddatum heeft, heeft geen omvang.',
        })),
  },
});
