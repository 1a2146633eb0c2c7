import TR377 from '../../src/rules/verzoek/TR377.js';
import { describe, expect, it } from 'vitest';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

describe('TR377 in iWmo', () => {
  it('does not apply: the iWmo 319 has no berichtklasse Woonplaatsbeginsel', () => {
    expect(TR377.appliesTo).toEqual(['JW319']);
  });
});

ruleTester(TR377, {
  valid: [
    { name: 'the example antwoord (woonplaatsbeginsel with a gemeente)', type: 'JW319', bericht: voorbeeldBericht('JW319') },
    {
      name: 'another reason without Woonplaatsbeginsel',
      type: 'JW319',
      bericht: variant('JW319', (b) => {
        b.Antwoord.RedenAfwijzingVerzoek = '7';
        delete b.Antwoord.Woonplaatsbeginsel;
      }),
    },
    { name: 'an iWmo antwoord with reason 8 (nothing to check)', type: 'WMO319', bericht: variant('WMO319', (b) => { b.Antwoord.RedenAfwijzingVerzoek = '8'; }) },
  ],
  invalid: [
    {
      name: 'reason 8 (woonplaatsbeginsel) without Woonplaatsbeginsel',
      type: 'JW319',
      bericht: variant('JW319', (b) => {
        delete b.Antwoord.Woonplaatsbeginsel;
      }),
      paths: ['/Bericht/Antwoord/Woonplaatsbeginsel'],
    },
  ],
});
