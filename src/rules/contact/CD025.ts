import { defineRule } from '../rule.js';
import { contacten } from '../paden.js';

/** A Dutch address needs Huis (and so its Huisnummer, which Huis always carries). */
export default defineRule({
  code: 'CD025',
  retourcode: '0001',
  level: 'bericht',
  description: 'Als Adres / LandCode de waarde NL (Nederland) heeft, dan verplicht vullen.',
  check: {
    '301': (b) =>
      [...contacten(b)]
        .filter((c) => c.item.Adres?.LandCode === 'NL' && c.item.Adres.Huis === undefined)
        .map((c) => ({
          path: `${c.pad}/Adres/Huis`,
          message: 'Huis (met huisnummer) ontbreekt; bij een Nederlands adres (landcode NL) is het huisnummer verplicht.',
        })),
  },
});
