import { defineRule } from '../rule.js';
import { contacten } from '../paden.js';

export default defineRule({
  code: 'CD009',
  retourcode: '0001',
  level: 'bericht',
  description: 'Alleen als Soort adres de waarde 04 (tijdelijk adres) heeft, is vullen toegestaan.',
  check: {
    '301': (b) =>
      [...contacten(b)]
        .filter((c) => c.item.Periode !== undefined && c.item.Soort !== '04')
        .map((c) => ({
          path: `${c.pad}/Periode`,
          message: `Een periode is opgegeven bij adressoort ${c.item.Soort}; alleen een tijdelijk adres (soort 04) heeft een periode.`,
        })),
  },
});
