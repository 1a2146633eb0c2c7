import { defineRule } from '../rule.js';

const woonOfPostadres = new Set(['01', '02', '03']);

/** Counts the client's own Contactgegevens only; the contacts of relations are not the client's addresses. */
export default defineRule({
  code: 'TR061',
  retourcode: '0001',
  level: 'bericht',
  description:
    "Bij een Client moet minimaal één Adres voorkomen waarvan Soort de waarde '01' (BRP-adres), '02' (Correspondentie-adres) of '03' (Verblijfadres) heeft.",
  check: {
    '301': (b) =>
      b.Client.Contactgegevens.some((c) => woonOfPostadres.has(c.Soort))
        ? []
        : [
            {
              path: '/Bericht/Client',
              message: 'De cliënt heeft geen BRP-adres (01), correspondentie-adres (02) of verblijfadres (03); minstens één daarvan is verplicht.',
            },
          ],
  },
});
