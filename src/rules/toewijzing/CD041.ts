import type { Omvang, Product } from '../../standard/berichten.generated.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { aangevraagdeProducten, nieuweProducten, toegewezenProducten } from '../paden.js';

function controleer(p: { Product?: Product; Omvang?: Omvang }, pad: string, wat: string): RuleFinding[] {
  if (p.Product?.Code === undefined || p.Omvang !== undefined) return [];
  return [{ path: `${pad}/Omvang`, message: `Omvang ontbreekt; een ${wat} met een productcode moet een omvang hebben.` }];
}

export default defineRule({
  code: 'CD041',
  retourcode: '0001',
  level: 'bericht',
  description: 'Indien Code in Product gevuld is, verplicht vullen.',
  check: {
    '301': (b) => [...toegewezenProducten(b)].flatMap((p) => controleer(p.item, p.pad, 'toegewezen product')),
    '315': (b) => [...aangevraagdeProducten(b)].flatMap((p) => controleer(p.item, p.pad, 'aangevraagd product')),
    '317': (b) => [...nieuweProducten(b)].flatMap((p) => controleer(p.item, p.pad, 'nieuw product')),
  },
});
