import CD086 from '../../src/rules/verzoek/CD086.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CD086, {
  valid: [
    { name: 'the example antwoord (afgewezen with a reason)', type: 'WMO319', bericht: voorbeeldBericht('WMO319') },
    { name: 'the example antwoord', type: 'JW319', bericht: voorbeeldBericht('JW319') },
    {
      name: 'in onderzoek without a reason',
      type: 'JW319',
      bericht: variant('JW319', (b) => {
        b.Antwoord.VerzoekAntwoord = '2';
        delete b.Antwoord.RedenAfwijzingVerzoek;
        delete b.Antwoord.Woonplaatsbeginsel;
      }),
    },
  ],
  invalid: [
    {
      name: 'in onderzoek with a reason',
      type: 'WMO319',
      bericht: variant('WMO319', (b) => {
        b.Antwoord.VerzoekAntwoord = '2';
      }),
      paths: ['/Bericht/Antwoord/RedenAfwijzingVerzoek'],
    },
    {
      name: 'in onderzoek with a reason',
      type: 'JW319',
      bericht: variant('JW319', (b) => {
        b.Antwoord.VerzoekAntwoord = '2';
        b.Antwoord.RedenAfwijzingVerzoek = '6';
        delete b.Antwoord.Woonplaatsbeginsel;
      }),
      paths: ['/Bericht/Antwoord/RedenAfwijzingVerzoek'],
    },
  ],
});
