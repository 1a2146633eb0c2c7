import { defineRule } from '../rule.js';

/**
 * Only iJw has the berichtklasse Woonplaatsbeginsel in its 319. An empty RedenAfwijzingVerzoek is
 * also "ongelijk aan 8": Woonplaatsbeginsel belongs with reason 8 only.
 */
export default defineRule({
  code: 'TR409',
  retourcode: '0001',
  level: 'bericht',
  description: 'Als RedenAfwijzingVerzoek ongelijk is aan 8 (Woonplaatsbeginsel), dan berichtklasse Woonplaatsbeginsel weglaten',
  standaarden: ['iJw'],
  check: {
    '319': (b) =>
      b.Antwoord.Woonplaatsbeginsel !== undefined && b.Antwoord.RedenAfwijzingVerzoek !== '8'
        ? [{ path: '/Bericht/Antwoord/Woonplaatsbeginsel', message: 'Woonplaatsbeginsel is opgenomen terwijl de reden van afwijzing niet 8 (woonplaatsbeginsel) is; laat de gemeente van het woonplaatsbeginsel dan weg.' }]
        : [],
  },
});
