import { defineRule } from '../rule.js';
import { contacten } from '../paden.js';

export default defineRule({
  code: 'TR006',
  retourcode: '0001',
  level: 'bericht',
  description: 'De berichtklasse Contact moet een berichtelement Telefoon, en/of de combinatie Huis en Postcode bevatten.',
  check: {
    '301': (b) =>
      [...contacten(b)]
        .filter((c) => c.item.Telefoon === undefined && (c.item.Adres?.Huis === undefined || c.item.Adres.Postcode === undefined))
        .map((c) => ({
          path: c.pad,
          message: 'Dit contact heeft geen telefoonnummer en geen adres met huisnummer én postcode; geef minstens een telefoonnummer of een huisnummer met postcode op.',
        })),
  },
});
