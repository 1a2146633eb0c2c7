import { defineRule } from '../rule.js';
import { contacten } from '../paden.js';

/** LandCode goes with Postcode: filled when Postcode is filled, and left empty when it is not. */
export default defineRule({
  code: 'CD005',
  retourcode: '0001',
  level: 'bericht',
  description: 'Als Postcode gevuld is, dan verplicht vullen, anders leeg laten.',
  check: {
    '301': (b) =>
      [...contacten(b)].flatMap((c) => {
        const a = c.item.Adres;
        if (!a || (a.Postcode !== undefined) === (a.LandCode !== undefined)) return [];
        return [
          {
            path: `${c.pad}/Adres/LandCode`,
            message:
              a.Postcode !== undefined
                ? 'LandCode ontbreekt; als een postcode is gevuld, moet ook de landcode worden gevuld.'
                : 'LandCode is gevuld zonder postcode; een landcode wordt alleen samen met een postcode opgegeven.',
          },
        ];
      }),
  },
});
