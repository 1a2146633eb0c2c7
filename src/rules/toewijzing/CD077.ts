import type { Omvang } from '../../standard/berichten.generated.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { aangevraagdeProducten, nieuweProducten, teWijzigenProducten, toegewezenProducten } from '../paden.js';

function controleer(p: { Budget?: number; Omvang?: Omvang }, pad: string, wat: string): RuleFinding[] {
  if (p.Budget === undefined || p.Omvang === undefined) return [];
  return [{ path: `${pad}/Omvang`, message: `Omvang is gevuld terwijl ook een budget is gevuld; een ${wat} heeft een omvang of een budget, niet beide.` }];
}

export default defineRule({
  code: 'CD077',
  retourcode: '0001',
  level: 'bericht',
  description: 'Indien Budget gevuld is, dan leeg laten',
  check: {
    '301': (b) => [...toegewezenProducten(b)].flatMap((p) => controleer(p.item, p.pad, 'toegewezen product')),
    '315': (b) => [...aangevraagdeProducten(b)].flatMap((p) => controleer(p.item, p.pad, 'aangevraagd product')),
    '317': (b) => [
      ...[...teWijzigenProducten(b)].flatMap((p) => controleer(p.item, p.pad, 'te wijzigen product')),
      ...[...nieuweProducten(b)].flatMap((p) => controleer(p.item, p.pad, 'nieuw product')),
    ],
  },
});
