import { defineRule } from '../rule.js';
import { toegewezenProducten } from '../paden.js';
import { looptNa2020 } from './overgang2021.js';

/** A generic (category-only) toewijzing running into 2021 or later carries no Omvang. */
export default defineRule({
  code: 'CD080',
  retourcode: '0001',
  level: 'bericht',
  description:
    'Indien Code in Product leeg is en Einddatum van het ToegewezenProduct groter dan 31-12-2020 of leeg is, dan leeg laten',
  check: {
    '301': (b) =>
      [...toegewezenProducten(b)]
        .filter((p) => p.item.Omvang !== undefined && p.item.Product?.Code === undefined && looptNa2020(p.item.Einddatum))
        .map((p) => ({
          path: `${p.pad}/Omvang`,
          message: 'Omvang is gevuld zonder productcode; een toegewezen product zonder productcode dat na 31-12-2020 eindigt of geen einddatum heeft, heeft geen omvang.',
        })),
  },
});
