import { defineRule } from '../rule.js';
import { aangevraagdeProducten } from '../paden.js';
import { looptNa2020 } from '../toewijzing/overgang2021.js';

/** CD080's twin for a requested product. "Code in AangevraagdProduct" is its Product/Code. */
export default defineRule({
  code: 'CD095',
  retourcode: '0001',
  level: 'bericht',
  description:
    'Indien Code in AangevraagdProduct leeg is en ToewijzingEinddatum van het AangevraagdProduct groter dan 31-12-2020 of leeg is, dan leeg laten',
  check: {
    '315': (b) =>
      [...aangevraagdeProducten(b)]
        .filter((p) => p.item.Omvang !== undefined && p.item.Product?.Code === undefined && looptNa2020(p.item.ToewijzingEinddatum))
        .map((p) => ({
          path: `${p.pad}/Omvang`,
          message: 'Omvang is gevuld zonder productcode; een aangevraagd product zonder productcode dat na 31-12-2020 eindigt of geen einddatum heeft, heeft geen omvang.',
        })),
  },
});
