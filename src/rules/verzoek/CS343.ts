import { defineRule } from '../rule.js';
import { aangevraagdeProducten } from '../paden.js';
import { controleerFrequentie } from '../toewijzing/CS338.js';

/** CS338's twin for a requested product, on its ToewijzingEinddatum. */
export default defineRule({
  code: 'CS343',
  retourcode: '0001',
  level: 'bericht',
  description:
    'Indien eenheid de waarde 14, 16, 83 of 84 heeft en ToewijzingEinddatum is groter dan 31-12-2020 of leeg, dan Frequentie vullen met waarde 2, 4 of 6',
  check: {
    '315': (b, ctx) =>
      [...aangevraagdeProducten(b)].flatMap((p) => controleerFrequentie(p.item.Omvang, p.item.ToewijzingEinddatum, p.pad, ctx.standaard.id)),
  },
});
