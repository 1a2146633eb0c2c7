import { defineRule } from '../rule.js';
import { aangevraagdeProducten } from '../paden.js';
import { VERWIJZERS_MET_AGB } from './verwijzer.js';

export default defineRule({
  code: 'CD068',
  retourcode: '0001',
  level: 'bericht',
  description: 'Als type verwijzer ongelijk is aan 02, 03, 04 of 05, dan is ZorgverlenerCode leeg.',
  check: {
    '315': (b) =>
      [...aangevraagdeProducten(b)]
        .filter((p) => !VERWIJZERS_MET_AGB.has(p.item.Verwijzer.Type) && p.item.Verwijzer.ZorgverlenerCode !== undefined)
        .map((p) => ({
          path: `${p.pad}/Verwijzer/ZorgverlenerCode`,
          message: `Een zorgverlenercode is alleen toegestaan bij verwijzertype 02, 03, 04 of 05, niet bij type ${p.item.Verwijzer.Type}.`,
        })),
  },
});
