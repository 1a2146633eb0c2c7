import type { Product } from '../../standard/berichten.generated.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { aangevraagdeProducten, nieuweProducten, toegewezenProducten } from '../paden.js';

function controleer(p: { Budget?: number; Product?: Product }, pad: string, wat: string): RuleFinding[] {
  if (p.Budget !== undefined || p.Product !== undefined) return [];
  return [{ path: `${pad}/Product`, message: `Product ontbreekt; een ${wat} zonder budget moet een product (productcategorie) hebben.` }];
}

export default defineRule({
  code: 'CD079',
  retourcode: '0001',
  level: 'bericht',
  description: 'Indien Budget leeg is, dan verplicht vullen',
  check: {
    '301': (b) => [...toegewezenProducten(b)].flatMap((p) => controleer(p.item, p.pad, 'toegewezen product')),
    '315': (b) => [...aangevraagdeProducten(b)].flatMap((p) => controleer(p.item, p.pad, 'aangevraagd product')),
    '317': (b) => [...nieuweProducten(b)].flatMap((p) => controleer(p.item, p.pad, 'nieuw product')),
  },
});
