/**
 * CS100: the DeclaratiePeriode and every ProductPeriode of a 323 lie on or after 1 January 2021, the
 * start of declaring under release 3 (earlier periods went by the 303). The standard attaches the
 * rule to the period as a whole; a period qualifies when both its dates do, so the finding is on the
 * period, once.
 */
import { defineRule, type RuleFinding } from '../rule.js';
import type { GeslotenPeriode } from '../../standard/berichten.generated.js';
import { prestaties } from '../paden.js';
import { datumwaarde } from '../datum.js';

const GRENS = datumwaarde('2021-01-01');

function vanaf2021(periode: GeslotenPeriode, pad: string, naam: string): RuleFinding[] {
  if (datumwaarde(periode.Begindatum) >= GRENS && datumwaarde(periode.Einddatum) >= GRENS) return [];
  return [
    {
      path: pad,
      message: `De ${naam} (${periode.Begindatum} t/m ${periode.Einddatum}) ligt (deels) voor 1 januari 2021; perioden vóór 2021 worden niet met dit bericht gedeclareerd.`,
    },
  ];
}

export default defineRule({
  code: 'CS100',
  retourcode: '0001',
  level: 'bericht',
  description: 'Vullen met een datum die groter dan of gelijk is aan 01-01-2021',
  check: {
    '323': (b) => [
      ...vanaf2021(b.Declaratie.DeclaratiePeriode, '/Bericht/Declaratie/DeclaratiePeriode', 'DeclaratiePeriode'),
      ...[...prestaties(b)].flatMap((p) => vanaf2021(p.item.ProductPeriode, `${p.pad}/ProductPeriode`, 'ProductPeriode')),
    ],
  },
});
