import type { Geboortedatum } from '../../standard/berichten.generated.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { geboortedatums301 } from '../paden.js';

/**
 * DatumGebruik says which part of Datum is unknown; the unknown part must then be filled with the
 * standard's placeholder: 1 (dag onbekend) → day 01; 2 (dag en maand onbekend) → 01-01;
 * 3 (datum onbekend) → 1900-01-01. Without DatumGebruik the whole date is known: nothing to check.
 */
const verwacht: Readonly<Record<string, { past: (datum: string) => boolean; uitleg: string }>> = {
  '1': { past: (d) => d.endsWith('-01'), uitleg: 'bij DatumGebruik 1 (dag onbekend) moet de dag 01 zijn' },
  '2': { past: (d) => d.endsWith('-01-01'), uitleg: 'bij DatumGebruik 2 (dag en maand onbekend) moeten dag en maand 01-01 zijn' },
  '3': { past: (d) => d === '1900-01-01', uitleg: 'bij DatumGebruik 3 (datum onbekend) moet de datum 01-01-1900 zijn' },
};

function controleer(g: Geboortedatum, pad: string): RuleFinding[] {
  const regel = g.DatumGebruik === undefined ? undefined : verwacht[g.DatumGebruik];
  if (!regel || regel.past(g.Datum)) return [];
  return [{ path: `${pad}/DatumGebruik`, message: `De geboortedatum past niet bij DatumGebruik: ${regel.uitleg}.` }];
}

export default defineRule({
  code: 'CS139',
  retourcode: '0001',
  level: 'bericht',
  description: 'Voor Geboortedatum geldt dat DatumGebruik en Datum met elkaar in overeenstemming moeten zijn.',
  check: {
    '301': (b) => [...geboortedatums301(b)].flatMap((g) => controleer(g.item, g.pad)),
    '305': (b) => controleer(b.Client.Geboortedatum, '/Bericht/Client/Geboortedatum'),
    '307': (b) => controleer(b.Client.Geboortedatum, '/Bericht/Client/Geboortedatum'),
    '315': (b) => controleer(b.Client.Geboortedatum, '/Bericht/Client/Geboortedatum'),
  },
});
