import { defineRule } from '../rule.js';

export default defineRule({
  code: 'CD085',
  retourcode: '0001',
  level: 'bericht',
  description: 'Als VerzoekAntwoord de waarde 1 (Verzoek afgewezen) heeft, dan vullen',
  check: {
    '319': (b) =>
      b.Antwoord.VerzoekAntwoord === '1' && b.Antwoord.RedenAfwijzingVerzoek === undefined
        ? [{ path: '/Bericht/Antwoord/RedenAfwijzingVerzoek', message: 'De reden van afwijzing ontbreekt; bij een afgewezen verzoek (VerzoekAntwoord 1) moet de reden worden opgegeven.' }]
        : [],
  },
});
