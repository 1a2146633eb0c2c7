import { defineRule } from '../rule.js';

export default defineRule({
  code: 'CD086',
  retourcode: '0001',
  level: 'bericht',
  description: 'Als VerzoekAntwoord de waarde 2 (Aanvraag in onderzoek) heeft, dan leeg laten',
  check: {
    '319': (b) =>
      b.Antwoord.VerzoekAntwoord === '2' && b.Antwoord.RedenAfwijzingVerzoek !== undefined
        ? [{ path: '/Bericht/Antwoord/RedenAfwijzingVerzoek', message: 'Een reden van afwijzing is opgegeven terwijl de aanvraag nog in onderzoek is (VerzoekAntwoord 2); laat de reden leeg.' }]
        : [],
  },
});
