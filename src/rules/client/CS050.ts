import type { VolledigeNaam } from '../../standard/berichten.generated.js';
import { defineRule, type RuleFinding } from '../rule.js';
import { namen301 } from '../paden.js';

const metPartnernaam = new Set(['1', '2', '3', '4']);
/** Without Partnernaam: 1 (eigen naam), or 6 (niet-natuurlijk persoon) for an organisation. */
const zonderPartnernaam = new Set(['1', '6']);

function controleer(naam: VolledigeNaam, pad: string): RuleFinding[] {
  const gebruik = naam.NaamGebruik;
  if (naam.Partnernaam !== undefined) {
    return metPartnernaam.has(gebruik)
      ? []
      : [{ path: `${pad}/NaamGebruik`, message: `NaamGebruik ${gebruik} is niet toegestaan als een partnernaam is gevuld; gebruik 1, 2, 3 of 4.` }];
  }
  return zonderPartnernaam.has(gebruik)
    ? []
    : [{ path: `${pad}/NaamGebruik`, message: `NaamGebruik ${gebruik} is niet toegestaan zonder partnernaam; gebruik 1 (eigen naam) of 6 (niet-natuurlijk persoon).` }];
}

export default defineRule({
  code: 'CS050',
  retourcode: '0001',
  level: 'bericht',
  description: 'Als Partnernaam gevuld is, dan NaamGebruik vullen met waarde 1, 2, 3 of 4. Anders waarde 1 of 6 vullen.',
  check: {
    '301': (b) => [...namen301(b)].flatMap((n) => controleer(n.item, n.pad)),
  },
});
