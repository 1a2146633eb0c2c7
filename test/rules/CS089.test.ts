import CS089, { NEDERLANDSE_POSTCODE } from '../../src/rules/contact/CS089.js';
import { describe, expect, it } from 'vitest';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

describe('the format of a Dutch postcode', () => {
  it('is four digits not starting with 0, directly followed by two letters', () => {
    for (const p of ['1000AA', '9999XX', '1234ab', '5611Zz']) expect(NEDERLANDSE_POSTCODE.test(p), p).toBe(true);
    for (const p of ['0123AB', '1234 AB', '123AB', '12345A', '1234ABC', 'AB1234', '1234A1', ' 1234AB']) {
      expect(NEDERLANDSE_POSTCODE.test(p), p).toBe(false);
    }
  });
});

const postcode = (naam: 'JW301' | 'WMO301', p: string, landCode = 'NL') =>
  variant(naam, (b) => {
    const a = b.Client.Contactgegevens[0]!.Adres!;
    a.Postcode = p;
    a.LandCode = landCode;
  });

ruleTester(CS089, {
  valid: [
    { name: 'the example toewijzing (9999XX)', type: 'JW301', bericht: voorbeeldBericht('JW301') },
    { name: 'the example toewijzing (foreign addresses)', type: 'WMO301', bericht: voorbeeldBericht('WMO301') },
    { name: 'the lowest Dutch postcode, 1000AA', type: 'JW301', bericht: postcode('JW301', '1000AA') },
    { name: 'a Dutch postcode in lower case', type: 'WMO301', bericht: postcode('WMO301', '1234ab') },
    { name: 'a Belgian postcode (landcode BE)', type: 'WMO301', bericht: postcode('WMO301', '1000', 'BE') },
    { name: 'a postcode with a space outside the Netherlands', type: 'JW301', bericht: postcode('JW301', '1234 AB', 'DE') },
  ],
  invalid: [
    { name: 'a Dutch postcode with a space', type: 'JW301', bericht: postcode('JW301', '1234 AB'), paths: ['/Bericht/Client/Contactgegevens/Contact[1]/Adres/Postcode'] },
    { name: 'a Dutch postcode starting with 0', type: 'WMO301', bericht: postcode('WMO301', '0123AB'), paths: ['/Bericht/Client/Contactgegevens/Contact[1]/Adres/Postcode'] },
    { name: 'a Dutch postcode with three digits', type: 'JW301', bericht: postcode('JW301', '123AB'), paths: ['/Bericht/Client/Contactgegevens/Contact[1]/Adres/Postcode'] },
    { name: 'a Dutch postcode with one letter', type: 'WMO301', bericht: postcode('WMO301', '12345A'), paths: ['/Bericht/Client/Contactgegevens/Contact[1]/Adres/Postcode'] },
    {
      name: 'a relation with a Dutch postcode of another format',
      type: 'JW301',
      bericht: variant('JW301', (b) => {
        b.Client.Relaties![1]!.Contact.Adres!.Postcode = 'B-1000';
      }),
      paths: ['/Bericht/Client/Relaties/Relatie[2]/Contact/Adres/Postcode'],
    },
  ],
});
