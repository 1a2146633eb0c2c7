import { defineRule } from '../rule.js';

/** Only iJw has the berichtklasse Woonplaatsbeginsel in its 319. */
export default defineRule({
  code: 'TR377',
  retourcode: '0001',
  level: 'bericht',
  description: 'Indien RedenAfwijzingVerzoek de waarde 8 (Woonplaatsbeginsel) heeft, dan berichtklasse Woonplaatsbeginsel opnemen',
  standaarden: ['iJw'],
  check: {
    '319': (b) =>
      b.Antwoord.RedenAfwijzingVerzoek === '8' && b.Antwoord.Woonplaatsbeginsel === undefined
        ? [{ path: '/Bericht/Antwoord/Woonplaatsbeginsel', message: 'Bij afwijzing wegens het woonplaatsbeginsel (reden 8) moet de gemeente worden opgegeven die volgens het woonplaatsbeginsel verantwoordelijk is.' }]
        : [],
  },
});
