import type { Geboortedatum } from '../../standard/berichten.generated.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { geboortedatums301 } from '../paden.js';

/**
 * The same calendar date `jaren` years later, as ISO text. A 29 February stays 29 February even when
 * that year has none: as text it still sorts after the 28th and before 1 March, which is exactly
 * where the birthday falls, so comparing the result with another date as text needs no calendar.
 */
export function jarenLater(datum: string, jaren: number): string {
  const jaar = Number(datum.slice(0, -6)) + jaren;
  return `${String(jaar).padStart(4, '0')}${datum.slice(-6)}`;
}

/** Unknown birth date, by the standard's definition: DatumGebruik 3 and Datum 1900-01-01. */
export const isOnbekend = (g: Geboortedatum): boolean => g.DatumGebruik === '3' && g.Datum === '1900-01-01';

const melding =
  'De geboortedatum ligt meer dan 120 jaar voor de dagtekening van het bericht; vul de juiste geboortedatum in, of geef een onbekende geboortedatum aan met DatumGebruik 3 en datum 01-01-1900.';

/**
 * "Niet meer dan 120 jaar voor de Dagtekening": exactly 120 years (the 120th birthday on the
 * Dagtekening itself) is allowed, one day more is not.
 */
function controleer(g: Geboortedatum, pad: string, dagtekening: string): RuleFinding[] {
  if (isOnbekend(g) || jarenLater(g.Datum, 120) >= dagtekening) return [];
  return [{ path: `${pad}/Datum`, message: melding }];
}

export default defineRule({
  code: 'TR002',
  retourcode: '0001',
  level: 'bericht',
  description: 'Geboortedatum mag niet meer dan 120 jaar voor de Dagtekening liggen, tenzij Geboortedatum onbekend is.',
  check: {
    '301': (b) => [...geboortedatums301(b)].flatMap((g) => controleer(g.item, g.pad, b.Header.BerichtIdentificatie.Dagtekening)),
    '305': (b) => controleer(b.Client.Geboortedatum, '/Bericht/Client/Geboortedatum', b.Header.BerichtIdentificatie.Dagtekening),
    '307': (b) => controleer(b.Client.Geboortedatum, '/Bericht/Client/Geboortedatum', b.Header.BerichtIdentificatie.Dagtekening),
    '315': (b) => controleer(b.Client.Geboortedatum, '/Bericht/Client/Geboortedatum', b.Header.BerichtIdentificatie.Dagtekening),
  },
});
