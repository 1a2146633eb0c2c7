import { defineRule, type RuleFinding } from '../rule.js';
import { clienten303, clienten323, clienten325 } from '../paden.js';

/** The elfproef for a BSN: 9 digits, weights 9..2 and -1, sum divisible by 11. */
export function voldoetAanElfproef(bsn: string): boolean {
  if (!/^[0-9]{9}$/.test(bsn)) return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += (9 - i) * (bsn.charCodeAt(i) - 48);
  som -= bsn.charCodeAt(8) - 48;
  return som % 11 === 0;
}

const melding = 'Het BSN van de cliënt voldoet niet aan de elfproef; controleer het burgerservicenummer.';
const bsn = (waarde: string, pad: string): RuleFinding[] =>
  voldoetAanElfproef(waarde) ? [] : [{ path: `${pad}/Bsn`, message: melding }];

export default defineRule({
  code: 'CS002',
  retourcode: '0001',
  level: 'bericht',
  description: 'De waarde moet voldoen aan de 11-proef.',
  check: {
    '301': (b) => bsn(b.Client.Bsn, '/Bericht/Client'),
    '305': (b) => bsn(b.Client.Bsn, '/Bericht/Client'),
    '307': (b) => bsn(b.Client.Bsn, '/Bericht/Client'),
    '315': (b) => bsn(b.Client.Bsn, '/Bericht/Client'),
    '317': (b) => bsn(b.Client.Bsn, '/Bericht/Client'),
    '323': (b) => [...clienten323(b)].flatMap((c) => bsn(c.item.Bsn, c.pad)),
    // The legacy declaratie/factuur of release 3.0.
    '303': (b) => [...clienten303(b)].flatMap((c) => bsn(c.item.Bsn, c.pad)),
    // The 325 is ours: checked as a self-check of the declaratie-antwoord we generate.
    '325': (b) => [...clienten325(b)].flatMap((c) => bsn(c.item.Bsn, c.pad)),
  },
});
