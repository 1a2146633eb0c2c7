/**
 * TR137: the Einddatum of a period is on or after its Begindatum and not after the Dagtekening of
 * the message (Header/BerichtIdentificatie/Dagtekening). The standard attaches it to the Einddatum of
 * the DeclaratiePeriode (323) and of each ProductPeriode (323, 325); the Begindatum of those periods
 * is TR134's. Both halves are checked; one finding per Einddatum names what fails.
 */
import { defineRule, type RuleFinding } from '../rule.js';
import type { GeslotenPeriode } from '../../standard/berichten.generated.js';
import { prestaties, prestaties325 } from '../paden.js';
import { isNa, isVoor } from '../datum.js';
import { met303 } from '../legacy/als323.js';

function einddatum(periode: GeslotenPeriode, pad: string, naam: string, dagtekening: string): RuleFinding[] {
  const voorBegin = isVoor(periode.Einddatum, periode.Begindatum);
  const naDagtekening = isNa(periode.Einddatum, dagtekening);
  if (!voorBegin && !naDagtekening) return [];
  const redenen = [
    ...(voorBegin ? [`ligt voor de Begindatum (${periode.Begindatum})`] : []),
    ...(naDagtekening ? [`ligt na de dagtekening van het bericht (${dagtekening})`] : []),
  ];
  return [{ path: `${pad}/Einddatum`, message: `De Einddatum van de ${naam} (${periode.Einddatum}) ${redenen.join(' en ')}.` }];
}

export default defineRule({
  code: 'TR137',
  retourcode: '0001',
  level: 'bericht',
  description:
    'Vullen met een waarde die groter is dan, of gelijk is aan de Begindatum van de aangeduide periode én die niet groter is dan de Dagtekening van het bericht.',
  check: met303({
    '323': (b) => {
      const dagtekening = b.Header.BerichtIdentificatie.Dagtekening;
      return [
        ...einddatum(b.Declaratie.DeclaratiePeriode, '/Bericht/Declaratie/DeclaratiePeriode', 'DeclaratiePeriode', dagtekening),
        ...[...prestaties(b)].flatMap((p) => einddatum(p.item.ProductPeriode, `${p.pad}/ProductPeriode`, 'ProductPeriode', dagtekening)),
      ];
    },
    // The 325 is ours: checked as a self-check of the declaratie-antwoord we generate.
    '325': (b) => {
      const dagtekening = b.Header.BerichtIdentificatie.Dagtekening;
      return [...prestaties325(b)].flatMap((p) => einddatum(p.item.ProductPeriode, `${p.pad}/ProductPeriode`, 'ProductPeriode', dagtekening));
    },
  }),
});
