/**
 * CS058: StatusAanlevering of a StartProduct (305) or StopProduct (307) is 1 (eerste aanlevering) or
 * 3 (verwijderen aanlevering). The code list COD467 also has 2 (gewijzigde aanlevering) and 9 (niet
 * van toepassing): the schema lets them through, this rule does not. A correction is sent as a
 * removal (3) followed by a new first delivery (1).
 */
import { defineRule, type RuleFinding } from '../rule.js';
import { startProducten, stopProducten, type Op } from '../paden.js';

const TOEGESTAAN = new Set(['1', '3']);

function status(producten: Iterable<Op<{ StatusAanlevering: string }>>): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const p of producten) {
    if (TOEGESTAAN.has(p.item.StatusAanlevering)) continue;
    findings.push({
      path: `${p.pad}/StatusAanlevering`,
      message: `StatusAanlevering ${p.item.StatusAanlevering} is hier niet toegestaan; vul 1 (eerste aanlevering) of 3 (verwijderen aanlevering).`,
    });
  }
  return findings;
}

export default defineRule({
  code: 'CS058',
  retourcode: '0001',
  level: 'bericht',
  description: '1 (eerste aanlevering) of 3 (verwijderen aanlevering) vullen.',
  check: {
    '305': (b) => status(startProducten(b)),
    '307': (b) => status(stopProducten(b)),
  },
});
