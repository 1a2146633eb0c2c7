import { defineRule } from '../rule.js';
import { contacten } from '../paden.js';

const metPostcode = new Set(['01', '03']);

export default defineRule({
  code: 'CD034',
  retourcode: '0001',
  level: 'bericht',
  description: 'Als Soort adres de waarde 1 (BRP-adres) of 3 (verblijfadres) heeft, dan verplicht vullen.',
  check: {
    '301': (b) =>
      [...contacten(b)]
        .filter((c) => metPostcode.has(c.item.Soort) && c.item.Adres?.Postcode === undefined)
        .map((c) => ({
          path: `${c.pad}/Adres/Postcode`,
          message: `Postcode ontbreekt; bij een ${c.item.Soort === '01' ? 'BRP-adres (soort 01)' : 'verblijfadres (soort 03)'} is de postcode verplicht.`,
        })),
  },
});
