import { defineRule, type RuleFinding } from '../rule.js';
import { aangevraagdeProducten, nieuweProducten, teWijzigenProducten, toegewezenProducten } from '../paden.js';

function controleer(budget: number | undefined, eind: string | undefined, pad: string, wat: string): RuleFinding[] {
  if (budget === undefined || eind !== undefined) return [];
  return [{ path: pad, message: `De einddatum ontbreekt; een ${wat} met een budget moet een einddatum hebben.` }];
}

export default defineRule({
  code: 'CD075',
  retourcode: '0001',
  level: 'bericht',
  description: 'Verplicht vullen indien Budget gevuld is',
  check: {
    '301': (b) => [...toegewezenProducten(b)].flatMap((p) => controleer(p.item.Budget, p.item.Einddatum, `${p.pad}/Einddatum`, 'toegewezen product')),
    '315': (b) =>
      [...aangevraagdeProducten(b)].flatMap((p) =>
        controleer(p.item.Budget, p.item.ToewijzingEinddatum, `${p.pad}/ToewijzingEinddatum`, 'aangevraagd product'),
      ),
    '317': (b) => [
      ...[...teWijzigenProducten(b)].flatMap((p) => controleer(p.item.Budget, p.item.Einddatum, `${p.pad}/Einddatum`, 'te wijzigen product')),
      ...[...nieuweProducten(b)].flatMap((p) => controleer(p.item.Budget, p.item.Einddatum, `${p.pad}/Einddatum`, 'nieuw product')),
    ],
  },
});
