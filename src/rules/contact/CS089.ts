import { defineRule } from '../rule.js';
import { contacten } from '../paden.js';

/**
 * The standard defines the format by the regular expression `[1-9][0-9]{3}[a-zA-Z]{2}` (CS089's own
 * documentation): four digits not starting with 0, directly followed by two letters. So no space
 * (`1234 AB` is rejected) and lower-case letters are allowed. A missing Postcode is not a format
 * error: CD005 rejects a LandCode without Postcode.
 */
export const NEDERLANDSE_POSTCODE = /^[1-9][0-9]{3}[a-zA-Z]{2}$/;

export default defineRule({
  code: 'CS089',
  retourcode: '0001',
  level: 'bericht',
  description: 'Als LandCode de waarde NL (Nederland) heeft, dan moet het formaat overeenkomen met dat van een Nederlandse postcode.',
  check: {
    '301': (b) =>
      [...contacten(b)]
        .filter((c) => {
          const a = c.item.Adres;
          return a?.LandCode === 'NL' && a.Postcode !== undefined && !NEDERLANDSE_POSTCODE.test(a.Postcode);
        })
        .map((c) => ({
          path: `${c.pad}/Adres/Postcode`,
          message: 'De postcode heeft niet het formaat van een Nederlandse postcode: vier cijfers (niet beginnend met 0) direct gevolgd door twee letters, zonder spatie (bijvoorbeeld 1234AB).',
        })),
  },
});
