import { defineRule } from '../rule.js';

export default defineRule({
  code: 'CS318',
  retourcode: '0001',
  level: 'bericht',
  description: 'NaamGebruik 6 (Niet-natuurlijk persoon) niet vullen.',
  check: {
    // Only the client's own name: a relation may be an organisation (CS050 allows 6 there).
    '301': (b) =>
      b.Client.Naam.NaamGebruik === '6'
        ? [{ path: '/Bericht/Client/Naam/NaamGebruik', message: 'NaamGebruik 6 (niet-natuurlijk persoon) is niet toegestaan voor de cliënt; een cliënt is altijd een natuurlijk persoon.' }]
        : [],
  },
});
