import { defineRule } from '../rule.js';
import { toegewezenProducten } from '../paden.js';

export default defineRule({
  code: 'CS336',
  retourcode: '0001',
  level: 'bericht',
  description: '01 (Administratieve correctie (vervallen)) niet gebruiken',
  check: {
    '301': (b) =>
      [...toegewezenProducten(b)]
        .filter((p) => p.item.RedenWijziging === '01')
        .map((p) => ({
          path: `${p.pad}/RedenWijziging`,
          message: 'RedenWijziging 01 (administratieve correctie, vervallen) mag niet meer worden gebruikt; gebruik 14 (administratieve correctie).',
        })),
  },
});
