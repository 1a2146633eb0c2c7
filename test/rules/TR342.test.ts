import TR342 from '../../src/rules/declaratie/TR342.js';
import { voorbeeldBericht } from '../berichten.js';
import { met } from './met.js';
import { ruleTester } from './rule-tester.js';

const antwoord = () => voorbeeldBericht('JW325');

ruleTester(TR342, {
  valid: [
    { name: 'the example: € 580,00 C ingediend, € 340,00 C toegekend, € 240,00 C rejected', type: 'JW325', bericht: antwoord() },
    {
      name: 'a whole declaratie approved: no prestaties, toegekend equal to ingediend',
      type: 'JW325',
      bericht: met(antwoord(), (b) => {
        const a = b.DeclaratieAntwoord!;
        delete a.Clienten;
        a.TotaalToegekendBedrag = { ...a.TotaalIngediendBedrag };
      }),
    },
    {
      name: 'a DeclaratieAntwoord rejected itself: no prestaties and € 0,00 toegekend',
      type: 'JW325',
      bericht: met(antwoord(), (b) => {
        const a = b.DeclaratieAntwoord!;
        delete a.Clienten;
        a.TotaalToegekendBedrag = { TotaalBedrag: 0, DebetCredit: 'D' };
        a.RetourCodes = { RetourCode: ['9333'] };
      }),
    },
    {
      name: 'a declaratie rejected in the header, without DeclaratieAntwoord',
      type: 'JW325',
      bericht: met(antwoord(), (b) => {
        delete b.DeclaratieAntwoord;
        b.Header.RetourCodes = { RetourCode: ['0001'] };
      }),
    },
    {
      name: 'a debet declaratie partly rejected, the rejections mixing debet and credit',
      type: 'JW325',
      bericht: met(antwoord(), (b) => {
        const a = b.DeclaratieAntwoord!;
        // Rejected: 5000 D + 14000 C + 5000 C = 14000 C; ingediend 10000 D, so toegekend 24000 D.
        a.Clienten![0]!.Prestaties[0]!.IngediendBedrag.DebetCredit = 'D';
        delete a.Clienten![0]!.Prestaties[0]!.ProductReferentie.VorigReferentieNummer;
        a.TotaalIngediendBedrag = { TotaalBedrag: 10000, DebetCredit: 'D' };
        a.TotaalToegekendBedrag = { TotaalBedrag: 24000, DebetCredit: 'D' };
      }),
    },
  ],
  invalid: [
    {
      name: 'a toegekend bedrag one cent off',
      type: 'JW325',
      bericht: met(antwoord(), (b) => void (b.DeclaratieAntwoord!.TotaalToegekendBedrag.TotaalBedrag = 34001)),
      paths: ['/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag'],
    },
    {
      name: 'the right amounts with the wrong sign',
      type: 'JW325',
      bericht: met(antwoord(), (b) => void (b.DeclaratieAntwoord!.TotaalToegekendBedrag.DebetCredit = 'D')),
      paths: ['/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag'],
    },
    {
      name: 'a rejected prestatie left out of the answer',
      type: 'JW325',
      bericht: met(antwoord(), (b) => void b.DeclaratieAntwoord!.Clienten!.pop()),
      paths: ['/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag'],
    },
    {
      name: 'an approved prestatie (only 0200) in the answer',
      type: 'JW325',
      bericht: met(antwoord(), (b) => void (b.DeclaratieAntwoord!.Clienten![1]!.Prestaties[0]!.RetourCodes = { RetourCode: ['0200'] })),
      paths: ['/Bericht/DeclaratieAntwoord/Clienten/Client[2]/Prestaties/Prestatie[1]/RetourCodes'],
    },
    {
      name: 'a rejected DeclaratieAntwoord with a toegekend bedrag and its prestaties',
      type: 'JW325',
      bericht: met(antwoord(), (b) => void (b.DeclaratieAntwoord!.RetourCodes = { RetourCode: ['8214'] })),
      paths: ['/Bericht/DeclaratieAntwoord/TotaalToegekendBedrag', '/Bericht/DeclaratieAntwoord/Clienten'],
    },
  ],
});
