import CD085 from '../../src/rules/verzoek/CD085.js';
import { variant, voorbeeldBericht } from '../berichten.js';
import { ruleTester } from './rule-tester.js';

ruleTester(CD085, {
  valid: [
    { name: 'the example antwoord (afgewezen with a reason)', type: 'WMO319', bericht: voorbeeldBericht('WMO319') },
    { name: 'the example antwoord', type: 'JW319', bericht: voorbeeldBericht('JW319') },
    {
      name: 'in onderzoek without a reason',
      type: 'WMO319',
      bericht: variant('WMO319', (b) => {
        b.Antwoord.VerzoekAntwoord = '2';
        delete b.Antwoord.RedenAfwijzingVerzoek;
      }),
    },
  ],
  invalid: [
    {
      name: 'afgewezen without a reason',
      type: 'WMO319',
      bericht: variant('WMO319', (b) => {
        delete b.Antwoord.RedenAfwijzingVerzoek;
      }),
      paths: ['/Bericht/Antwoord/RedenAfwijzingVerzoek'],
    },
    {
      name: 'afgewezen without a reason',
      type: 'JW319',
      bericht: variant('JW319', (b) => {
        delete b.Antwoord.RedenAfwijzingVerzoek;
        delete b.Antwoord.Woonplaatsbeginsel;
      }),
      paths: ['/Bericht/Antwoord/RedenAfwijzingVerzoek'],
    },
  ],
});
