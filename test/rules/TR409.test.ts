import TR409 from '../../src/rules/verzoek/TR409.js';
import { describe, expect, it } from 'vitest';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

describe('TR409 in iWmo', () => {
  it('does not apply: the iWmo 319 has no berichtklasse Woonplaatsbeginsel', () => {
    expect(TR409.appliesTo).toEqual(['JW319']);
  });
});

ruleTester(TR409, {
  valid: [
    { name: 'the example antwoord (reason 8 with Woonplaatsbeginsel)', type: 'JW319', bericht: voorbeeldBericht('JW319') },
    {
      name: 'another reason without Woonplaatsbeginsel',
      type: 'JW319',
      bericht: variant('JW319', (b) => {
        b.Antwoord.RedenAfwijzingVerzoek = '5';
        delete b.Antwoord.Woonplaatsbeginsel;
      }),
    },
  ],
  invalid: [
    {
      name: 'reason 5 (andere gemeente) with Woonplaatsbeginsel',
      type: 'JW319',
      bericht: variant('JW319', (b) => {
        b.Antwoord.RedenAfwijzingVerzoek = '5';
      }),
      paths: ['/Bericht/Antwoord/Woonplaatsbeginsel'],
    },
    {
      name: 'in onderzoek, no reason, with Woonplaatsbeginsel',
      type: 'JW319',
      bericht: variant('JW319', (b) => {
        b.Antwoord.VerzoekAntwoord = '2';
        delete b.Antwoord.RedenAfwijzingVerzoek;
      }),
      paths: ['/Bericht/Antwoord/Woonplaatsbeginsel'],
    },
  ],
});
